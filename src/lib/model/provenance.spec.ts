import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSources } from '../server/files.ts';
import { parseDate } from './dates.ts';
import { formatSpan } from './format.ts';
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
		['an empty time zone note', (j: any) => (j.events[0].timeZone = ''), 'events[0].timeZone', /expected string to have >=1 characters|Too small/],
		['a prefix over 32 characters', (j: any) => (j.events[0].citations[0].prefix = 'x'.repeat(33)), 'events[0].citations[0].prefix', /<=32 characters|Too big/],
		['a forecast with a bad date', (j: any) => (j.events[0].forecast = { date: 'soon', label: 'A meeting' }), 'events[0].forecast.date', /"soon" is not a valid EDTF date/],
		['a forecast of no date', (j: any) => (j.events[0].forecast = { date: null, label: 'A meeting' }), 'events[0].forecast.date', /expected string/]
	])('reports %s', (_, edit, path, message) => {
		const errors = errorsAfter(edit);
		expect(errors.map((e) => e.path)).toContain(path);
		expect(errors.find((e) => e.path === path)!.message).toMatch(message);
	});
});

describe('relative dates are checked against the publication date', () => {
	const index = (json: any, id: string) => json.events.findIndex((e: any) => e.id === id);

	it('accepts the article’s relative dates, with a note where only one publication day fits', () => {
		const { issues } = validateTimeline(fresh(), FILE, sources);
		expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
		const notes = issues.filter((i) => i.severity === 'note');
		expect(notes.map((n) => n.message)).toEqual([expect.stringMatching(/^fits if published on 21 August 2025/)]);
	});

	it.each([
		['levin-interview', '2025-08-12', /"Tuesday" means 19 August 2025 \(the latest Tuesday before publication, 20 or 21 August 2025\), but the date is 2025-08-12/],
		['white-house-meetings', '2025-08-11', /"Monday"/],
		['trump-24-hours-claim', '2023', /"last year"/]
	])('fails %s dated %s', (id, date, message) => {
		const json = fresh();
		const i = index(json, id);
		json.events[i].date = date;
		const errors = validateTimeline(json, FILE, sources).issues.filter((x) => x.severity === 'error');
		expect(errors).toEqual([expect.objectContaining({ path: `events[${i}].date`, message: expect.stringMatching(message) })]);
	});

	it('fails a phrase it does not know, naming it', () => {
		const json = fresh();
		const i = index(json, 'levin-interview');
		json.events[i].datePhrase = 'interview Tuesday';
		const ok = validateTimeline(json, FILE, sources).issues.filter((x) => x.severity === 'error');
		expect(ok).toEqual([]);
		json.events[i].datePhrase = 'phone';
		const errors = validateTimeline(json, FILE, sources).issues.filter((x) => x.severity === 'error');
		expect(errors.map((e) => e.path)).toEqual([`events[${i}].date`]);
		expect(errors[0]!.message).toMatch(/"phone"/);
	});
});

describe('citations as text-quote selectors with position hints', () => {
	it('gives every citation of the real timeline a text fragment and checks its code point hints', () => {
		const { timeline, issues } = validateTimeline(fresh(), FILE, sources);
		expect(issues.filter((i) => i.severity === 'warning')).toEqual([]);
		for (const e of timeline!.events) for (const c of e.citations) expect(c.textFragment).toMatch(/^:~:text=/);
	});

	it('warns about a stale code point offset and gives the right one', () => {
		const json = fresh();
		const c = json.events[3].citations[0];
		const right = c.startCodePoint;
		c.startCodePoint = right + 5;
		const { timeline, issues } = validateTimeline(json, FILE, sources);
		expect(timeline).not.toBeNull();
		expect(issues.filter((i) => i.severity === 'warning')).toEqual([
			expect.objectContaining({ path: 'events[3].citations[0].startCodePoint', message: `is ${right + 5} but the quote is at ${right} (code points); set it to ${right}` })
		]);
	});

	it('refuses a quote that is unique as written but not when case and spacing are ignored', () => {
		const text = 'Trump spoke with Putin. Later, TRUMP  SPOKE with Putin again.';
		const store = new Map([['t.txt', { text, sha256: 'a'.repeat(64) }]]);
		const json = fresh();
		json.sources[0] = { ...json.sources[0], file: 't.txt', sha256: 'a'.repeat(64), hidden: undefined };
		delete json.uncited;
		json.events = [{ ...json.events[0], date: '2025-08-18', dateBasis: 'stated', datePhrase: undefined, related: undefined, citations: [{ source: json.sources[0].id, quote: 'Trump spoke with Putin' }] }];
		const errors = validateTimeline(json, FILE, store).issues.filter((i) => i.severity === 'error');
		expect(errors).toEqual([
			expect.objectContaining({ path: 'events[0].citations[0].quote', message: expect.stringMatching(/^matches 2 places .* when case, accents and spacing are ignored/) })
		]);
		json.events[0].citations[0].suffix = '. Later';
		expect(validateTimeline(json, FILE, store).issues.filter((i) => i.severity === 'error')).toEqual([]);
	});
});

describe('years before the common era', () => {
	it.each([
		['-0043-03-15', '15 March 44 BC'],
		['0000', '1 BC'],
		['-0499', '500 BC']
	])('%s reads %s', (edtf, words) => {
		expect(formatSpan(parseDate(edtf))).toBe(words);
	});
});

describe('unverified drafts', () => {
	it('may have events without citations, with a warning that they are drafts', () => {
		const json = fresh();
		json.unverified = true;
		json.events[0].citations = [];
		const { timeline, issues } = validateTimeline(json, FILE, sources);
		expect(timeline).not.toBeNull();
		expect(issues).toContainEqual(expect.objectContaining({ severity: 'warning', path: 'unverified' }));
	});

	it('otherwise need a citation for every event', () => {
		const json = fresh();
		json.events[0].citations = [];
		expect(validateTimeline(json, FILE, sources).issues).toContainEqual(
			expect.objectContaining({ severity: 'error', path: 'events[0].citations', message: expect.stringMatching(/^needs at least one citation \(or mark the timeline "unverified": true/) })
		);
	});
});
