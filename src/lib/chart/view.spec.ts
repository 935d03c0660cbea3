/**
 * ChartView draws a chart that opens on its whole extent without the time index (it is built when
 * first asked, or when the page is idle after the first render), and says there what the index
 * would say.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { generateTimeline } from '../../../scripts/bench/generate.ts';
import type { Timeline } from '../model/model.ts';
import { validateTimeline } from '../model/validate.ts';
import { TimeIndex } from '../layout/time-index.ts';
import { FULL_LIMIT, MARK_LIMIT, ChartView } from './view.svelte.ts';

// Counts the time indexes made, to tell when ChartView builds one.
const built = vi.hoisted(() => ({ count: 0 }));
vi.mock('../layout/time-index.ts', async (importOriginal) => {
	const original = await importOriginal<typeof import('../layout/time-index.ts')>();
	class CountedTimeIndex extends original.TimeIndex {
		constructor(...args: ConstructorParameters<typeof original.TimeIndex>) {
			super(...args);
			built.count++;
		}
	}
	return { ...original, TimeIndex: CountedTimeIndex };
});

const valid = (input: unknown): Timeline => {
	const { timeline, issues } = validateTimeline(input, 'https://x.example/generated.json', new Map(), { requireSnapshots: false });
	expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
	return timeline!;
};

const day = (k: number) => new Date(Date.UTC(2020, 0, 1) + k * 86_400_000).toISOString().slice(0, 10);
/** Dates of every shape that reaches far or not at all: open and unknown ends, BCE years, months, none. */
const date = fc.oneof(
	fc.nat(3650).map(day),
	fc.nat(3650).map((k) => day(k).slice(0, 7)),
	fc.tuple(fc.nat(3650), fc.constantFrom('~', '?')).map(([k, q]) => day(k) + q),
	fc.tuple(fc.nat(3650), fc.integer({ min: 1, max: 400 })).map(([k, n]) => `${day(k)}/${day(k + n)}`),
	fc.tuple(fc.nat(3650), fc.constantFrom('..', '')).map(([k, end]) => `${day(k)}/${end}`),
	fc.tuple(fc.nat(3650), fc.constantFrom('..', '')).map(([k, start]) => `${start}/${day(k)}`),
	fc.integer({ min: 1, max: 3000 }).map((y) => `-${String(y).padStart(4, '0')}`),
	fc.constant(null)
);
/** Timelines of a few events to more than MARK_LIMIT: drawn whole, one mark each, compact, or dense. */
const timelines = fc
	.tuple(fc.array(date, { minLength: 1, maxLength: 40 }), fc.constantFrom(1, 3, 8, 15, 30))
	.map(([dates, repeat]) => {
		const all = Array.from({ length: repeat }, () => dates).flat();
		return valid({
			version: 1,
			id: 'generated',
			title: 'Generated',
			description: 'Generated.',
			language: 'en',
			unverified: true,
			sources: [],
			parties: [{ id: 'p', label: 'P', order: 0 }],
			actors: [{ id: 'a', name: 'A', role: 'Envoy', party: 'p' }],
			events: all.map((d, i) => ({
				id: `e${i}`,
				title: `Event ${i}`,
				summary: 'Something happened.',
				kind: 'meeting',
				status: d === null ? 'proposed' : 'occurred',
				date: d,
				dateBasis: 'stated',
				actors: ['a'],
				citations: []
			}))
		});
	});

describe('ChartView at its whole extent', () => {
	it('says what the time index says: which events are in view, whether dense, none before or after', () => {
		fc.assert(
			fc.property(timelines, (timeline) => {
				const view = new ChartView(timeline);
				const [a, b] = view.extent;
				expect(view.window).toEqual(view.extent);
				const index = new TimeIndex(timeline.events);
				const dated = timeline.events.flatMap((e, i) => (e.span.type === 'unscheduled' ? [] : [i]));
				// The premise: every dated event meets the extent, none lies outside it.
				expect(index.count(a, b)).toBe(dated.length);
				expect(index.before(a)).toEqual({ count: 0, nearest: null });
				expect(index.after(b)).toEqual({ count: 0, nearest: null });
				expect(view.dense).toBe(index.count(a, b, MARK_LIMIT + 1) > MARK_LIMIT);
				expect(view.before).toEqual(index.before(a));
				expect(view.after).toEqual(index.after(b));
				if (!view.dense && timeline.events.length > FULL_LIMIT) {
					const margin = (b - a) * 0.1;
					const unscheduled = timeline.events.flatMap((e, i) => (e.span.type === 'unscheduled' ? [i] : []));
					const expected = [...new Set([...index.query(a - margin, b + margin), ...unscheduled, ...view.pinned])].sort((x, y) => x - y);
					expect(view.drawing.indices).toEqual(expected);
				}
			}),
			{ numRuns: 150 }
		);
	});

	it('counts only dated events towards density: unscheduled ones have their own column', () => {
		const file = generateTimeline(MARK_LIMIT + 100);
		file.events.forEach((e, i) => {
			if (i < 150) Object.assign(e, { date: null, status: 'proposed' });
		});
		const view = new ChartView(valid(file));
		expect(view.dense).toBe(false);
		expect(view.drawing.indices).toHaveLength(MARK_LIMIT + 100);
	});

	it('builds the time index only when a narrower window needs it, or when asked to prepare', () => {
		const timeline = valid(generateTimeline(2000));
		built.count = 0;
		const view = new ChartView(timeline);
		expect(view.dense).toBe(true);
		expect(view.drawing.density).not.toBeNull();
		expect(view.before.count + view.after.count).toBe(0);
		expect(built.count).toBe(0);

		view.prepare();
		expect(built.count).toBe(1);
		view.prepare();
		expect(built.count).toBe(1);

		const other = new ChartView(valid(generateTimeline(2000, 7)));
		const [a, b] = other.extent;
		other.window = [a + (b - a) / 2, b];
		expect(other.before.count).toBeGreaterThan(0);
		expect(built.count).toBe(2);
	});
});
