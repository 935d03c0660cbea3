import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSources } from '../server/files.ts';
import { validateTimeline } from './validate.ts';

const root = resolve(import.meta.dirname, '../../..');
const FILE = 'data/timelines/trump-steps-back-2025-08.json';
const sources = readSources(resolve(root, 'data/sources'));
const fresh = () => JSON.parse(readFileSync(resolve(root, FILE), 'utf8'));

function errorsAfter(edit: (json: any) => void) {
	const json = fresh();
	edit(json);
	return validateTimeline(json, FILE, sources).issues.filter((i) => i.severity === 'error');
}

describe('uncited, eras and time zones in the data format', () => {
	it('the real timeline resolves its eras and keeps time zone notes', () => {
		const { timeline } = validateTimeline(fresh(), FILE, sources);
		expect(timeline!.eras).toEqual([{ id: 'alaska-and-after', label: 'Alaska summit and follow-up', min: Date.UTC(2025, 7, 15), max: Date.UTC(2025, 7, 22) }]);
		expect(timeline!.events.find((e) => e.id === 'trump-putin-call')!.timeZone).toMatch(/Washington.*19 August in Moscow/);
	});

	it.each([
		['an uncited quote that is not in the source', (j: any) => (j.uncited[0].quote = 'Not in the article.'), 'uncited[0].quote', /not found in source/],
		['an uncited entry with an unknown source', (j: any) => (j.uncited[0].source = 'elsewhere'), 'uncited[0].source', /unknown source "elsewhere"/],
		['an uncited entry without a reason', (j: any) => delete j.uncited[0].reason, 'uncited[0].reason', /expected string/],
		['an era with a bad date', (j: any) => (j.eras[0].date = 'August'), 'eras[0].date', /not a valid EDTF date/],
		['two eras with one id', (j: any) => j.eras.push({ ...j.eras[0] }), 'eras[1].id', /already the id of eras\[0\]/],
		['an empty time zone note', (j: any) => (j.events[0].timeZone = ''), 'events[0].timeZone', /expected string to have >=1 characters|Too small/]
	])('reports %s', (_, edit, path, message) => {
		const errors = errorsAfter(edit);
		expect(errors.map((e) => e.path)).toContain(path);
		expect(errors.find((e) => e.path === path)!.message).toMatch(message);
	});
});
