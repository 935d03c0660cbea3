/**
 * No event is dropped silently: for the real timeline and for generated valid ones (fast-check),
 * the chart draws each event once (a timeline of at most 500 is drawn whole), the list lists each
 * once, and both equal the events in the data.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import EventList from '../components/EventList.svelte';
import type { Timeline } from '../model/model.ts';
import { validateTimeline } from '../model/validate.ts';
import { checkFiles } from '../server/check.ts';
import Chart from './Chart.svelte';
import { anyDate, generatedFile } from './generated.ts';

const root = resolve(import.meta.dirname, '../../..');

function counts(timeline: Timeline) {
	const chart = render(Chart, { props: { timeline, selectedId: null, onselect: () => {} } }).body;
	const list = render(EventList, { props: { timeline, selectedId: null, eventHref: (id: string) => `?event=${id}`, onselect: () => {} } }).body;
	const chartIds = [...chart.matchAll(/data-event-id="([^"]*)"/g)].map((m) => m[1]);
	const listIds = [...list.matchAll(/data-list-event-id="([^"]*)"/g)].map((m) => m[1]);
	return { chartIds, listIds };
}

function expectAllShown(timeline: Timeline, raw: number) {
	const { chartIds, listIds } = counts(timeline);
	const ids = timeline.events.map((e) => e.id).sort();
	expect(timeline.events).toHaveLength(raw);
	expect([...chartIds].sort()).toEqual(ids);
	expect([...listIds].sort()).toEqual(ids);
}

const generated = fc
	.record({
		parties: fc.integer({ min: 1, max: 6 }),
		events: fc.array(fc.record({ date: anyDate, actors: fc.uniqueArray(fc.nat(5), { minLength: 1, maxLength: 3 }), title: fc.string({ minLength: 1, maxLength: 60 }) }), { minLength: 1, maxLength: 60 })
	})
	.map(({ parties, events }) => generatedFile(parties, events));

describe('no event is dropped', () => {
	it('the real timeline: chart, list and data hold the same events', () => {
		const { timelines, issues } = checkFiles(root);
		expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
		for (const t of timelines) {
			const raw = JSON.parse(readFileSync(join(root, 'data/timelines', `${t.id}.json`), 'utf8')) as { events: unknown[] };
			expectAllShown(t, raw.events.length);
		}
	});

	it('generated valid timelines: chart, list and data hold the same events', { timeout: 120_000 }, () => {
		fc.assert(
			fc.property(generated, (input) => {
				const { timeline, issues } = validateTimeline(input, 'https://x.example/generated.json', new Map(), { requireSnapshots: false });
				expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
				expectAllShown(timeline!, input.events.length);
			}),
			{ numRuns: 60 }
		);
	});
});
