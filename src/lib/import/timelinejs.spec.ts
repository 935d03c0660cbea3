import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDate } from '../model/dates.ts';
import { KEBAB, timelineSchema } from '../model/schema.ts';
import { validateTimeline } from '../model/validate.ts';
import { sha256 } from '../server/files.ts';
import {
	convertTimelineJs,
	decodeEntities,
	edtfDate,
	formatReportItem,
	GROUP_ROLE,
	htmlToPlainText,
	OTHER_ROLE,
	slugify,
	TimelineJsError,
	UNKNOWN_PUBLISHER,
	type ImportedTimeline,
	type ImportOptions,
	type ReportItem
} from './timelinejs.ts';

const here = import.meta.dirname;
const fixtures = join(here, 'fixtures');
const root = resolve(here, '../../..');
const fixture = (name: string): unknown => JSON.parse(readFileSync(join(fixtures, name), 'utf8'));

function convert(name: string, options: Partial<ImportOptions> = {}) {
	return convertTimelineJs(fixture(name), { fileName: name, ...options });
}

const full = () => convert('full.json');
const event = (t: ImportedTimeline, id: string) => {
	const e = t.events.find((x) => x.id === id);
	expect(e, `event ${id}`).toBeDefined();
	return e!;
};
const at = (report: ReportItem[], path: string) => report.filter((r) => r.path === path);

/** Whether the project's date parser accepts a date. */
function parses(edtf: string): boolean {
	try {
		parseDate(edtf);
		return true;
	} catch {
		return false;
	}
}

describe('htmlToPlainText', () => {
	it('drops script and style elements together with their content', () => {
		const p = htmlToPlainText('Before<script type="text/javascript">alert(1)</script> after<style>p { color: red }</style>.');
		expect(p.text).toBe('Before after.');
		expect(p.removed).toEqual(['script', 'style']);
	});

	it('drops tags with their attributes: event handlers and javascript: links go with them', () => {
		expect(htmlToPlainText('a <img src=x onerror="alert(1)"> b')).toMatchObject({ text: 'a b', images: 1 });
		const link = htmlToPlainText('see <a href="javascript:alert(1)" onclick="alert(2)">this</a>!');
		expect(link.text).toBe('see this!');
		expect(link.links).toEqual(['javascript:alert(1)']);
		expect(htmlToPlainText('<img alt="a > b" onerror="alert(1)">text').text).toBe('text');
		expect(htmlToPlainText("<svg onload='alert(1)'>x</svg>").text).toBe('x');
	});

	it('drops unterminated tags and scripts, comments, odd case and spaced closing tags', () => {
		expect(htmlToPlainText('a<script>alert(1)').text).toBe('a');
		expect(htmlToPlainText('a <img src=x onerror=alert(1)').text).toBe('a');
		expect(htmlToPlainText('a<!-- <script>alert(1)</script> -->b').text).toBe('ab');
		expect(htmlToPlainText('<SCRIPT>alert(1)</SCRIPT >ok').text).toBe('ok');
		expect(htmlToPlainText('<!DOCTYPE html><?xml x?>ok').text).toBe('ok');
	});

	it('flattens nested tags, joining inline ones and spacing block ones', () => {
		expect(htmlToPlainText('<div><p>One <b>two <i>three</i></b></p><ul><li>four</li><li>five</li></ul></div>').text).toBe(
			'One two three four five'
		);
		expect(htmlToPlainText('Hel<b>lo</b><br>world').text).toBe('Hello world');
	});

	it('decodes entities once and keeps a lone "<" as text', () => {
		expect(htmlToPlainText('&amp; &lt; &gt; &quot; &#39; &#233; &#xE9; &#X201C;').text).toBe('& < > " \' é é “');
		expect(htmlToPlainText('a&nbsp;&nbsp;b').text).toBe('a b');
		expect(htmlToPlainText('&amp;lt;b&amp;gt;').text).toBe('&lt;b&gt;');
		expect(htmlToPlainText('a < b').text).toBe('a < b');
		// Encoded markup is text: the result is never parsed as HTML again.
		expect(htmlToPlainText('&lt;script&gt;').text).toBe('<script>');
	});

	it('replaces invalid character references and keeps unknown names', () => {
		expect(decodeEntities('&#0;&#xD800;&#x110000;')).toBe('\ufffd\ufffd\ufffd');
		expect(decodeEntities('&bogus; &amp')).toBe('&bogus; &amp');
	});

	it('collapses whitespace and removes control characters', () => {
		expect(htmlToPlainText('  a\n\t b \u0007 c  ').text).toBe('a b c');
	});
});

describe('edtfDate', () => {
	it('keeps the precision given: year, month or day', () => {
		expect(edtfDate({ year: 2025 })).toMatchObject({ edtf: '2025', time: null });
		expect(edtfDate({ year: 2025, month: 8 })).toMatchObject({ edtf: '2025-08' });
		expect(edtfDate({ year: '2025', month: '8', day: '5' })).toMatchObject({ edtf: '2025-08-05' });
		expect(edtfDate({ year: '1969', month: '', day: '' })).toMatchObject({ edtf: '1969' });
	});

	it('writes years before 1 with a minus, padded to four digits; year 0 is 1 BC', () => {
		expect(edtfDate({ year: -44 })).toMatchObject({ edtf: '-0044' });
		expect(edtfDate({ year: -44, month: 3, day: 15 })).toMatchObject({ edtf: '-0044-03-15' });
		expect(edtfDate({ year: -1 })).toMatchObject({ edtf: '-0001' });
		expect(edtfDate({ year: 0 })).toMatchObject({ edtf: '0000' });
		expect(edtfDate({ year: '-9999' })).toMatchObject({ edtf: '-9999' });
	});

	it('refuses years with more than four digits (they would need a Y prefix)', () => {
		expect(edtfDate({ year: 1000000 })).toEqual({ error: expect.stringMatching(/year 1000000 .*"Y1000000"/) });
		expect(edtfDate({ year: -10000 })).toEqual({ error: expect.stringContaining('more than four digits') });
		expect(edtfDate({ year: 9999 })).toMatchObject({ edtf: '9999' });
	});

	it('leaves the time of day out and describes it', () => {
		expect(edtfDate({ year: 2025, month: 8, day: 18, hour: 14, minute: 30 })).toEqual({
			edtf: '2025-08-18',
			label: '',
			time: 'hour 14, minute 30'
		});
	});

	it('refuses what is no date', () => {
		expect(edtfDate({ year: 2025, month: 13 })).toEqual({ error: 'month 13 is not 1 to 12' });
		expect(edtfDate({ year: 2025, day: 3 })).toEqual({ error: 'has a day (3) but no month' });
		expect(edtfDate({ year: '20x5' })).toEqual({ error: 'year 20x5 is not a whole number' });
		expect(edtfDate({ year: 2025.5 })).toEqual({ error: 'year 2025.5 is not a whole number' });
		expect(edtfDate({ month: 3 })).toEqual({ error: 'has no year' });
		expect(edtfDate('2025')).toEqual({ error: 'is not a date object (2025)' });
	});
});

describe('slugify', () => {
	it('makes ASCII kebab-case, shortened at a hyphen', () => {
		expect(slugify('Élysée Palace — Talks, Day 2!')).toBe('elysee-palace-talks-day-2');
		expect(slugify('日本')).toBe('');
		expect(slugify('one two three', 9)).toBe('one-two');
	});
});

describe('convertTimelineJs: the timeline', () => {
	it('takes id from the file name, title and description from the title slide, and marks the draft unverified', () => {
		const { timeline } = full();
		expect(timeline).toMatchObject({
			version: 1,
			id: 'full',
			title: 'Summit season & after',
			description: 'How the talks of August 2025 unfolded, as shown in a TimelineJS3 timeline.',
			language: 'en',
			unverified: true
		});
		expect(convert('full.json', { fileName: 'exports/My TimelineJS Export.JSON' }).timeline.id).toBe('my-timelinejs-export');
		expect(convert('full.json', { language: 'de' }).timeline.language).toBe('de');
	});

	it('falls back for a missing title slide and asks for them to be filled in', () => {
		const { timeline, report } = convert('sheet-export.json');
		expect(timeline.title).toBe('Imported from TimelineJS3: sheet-export.json');
		expect(timeline.description).toBe('Imported from the TimelineJS3 file sheet-export.json.');
		expect(at(report, 'title')).toEqual([{ path: 'title', action: 'fill-in', message: expect.stringContaining('no title headline') }]);
		expect(at(report, 'description')).toEqual([{ path: 'description', action: 'fill-in', message: expect.any(String) }]);
	});

	it('refuses input that is not TimelineJS3-shaped', () => {
		const bad: [unknown, RegExp][] = [
			[[], /holds an array/],
			[null, /holds a null/],
			['events', /holds a string/],
			[{ items: [] }, /has no "events" \(its fields: items\)/],
			[{ events: {} }, /"events" is not an array/],
			[{ events: [] }, /has no events to import/],
			[{ events: [{ start_date: { year: 2025 } }, 3] }, /events\[1\] is not an object/],
			[{ events: [{ date: '2025' }] }, /no event has a "start_date"/]
		];
		for (const [input, message] of bad) expect(() => convertTimelineJs(input, { fileName: 'x.json' }), String(message)).toThrow(message);
		expect(() => convertTimelineJs({ events: [] }, { fileName: 'x.json' })).toThrow(TimelineJsError);
		expect(() => convert('full.json', { language: 'English' })).toThrow(/BCP 47/);
		expect(() => convert('full.json', { source: 'Not_Kebab' })).toThrow(/kebab-case/);
	});
});

describe('convertTimelineJs: events', () => {
	it('makes every event a statement that occurred, dated externally, with no citations yet', () => {
		const { timeline } = full();
		expect(timeline.events).toHaveLength(12);
		for (const e of timeline.events) {
			expect(e).toMatchObject({ kind: 'statement', status: 'occurred', dateBasis: 'external', citations: [] });
			expect(e.dateNote).toMatch(/^Imported from the TimelineJS3 file full\.json \(events\[\d+\]\), which names no source for this date\./);
		}
	});

	it('takes title from the headline and summary from the text, as plain text', () => {
		const { timeline } = full();
		const talks = event(timeline, 'talks-continue-quoted-plain-single');
		expect(talks.title).toBe('Talks <continue> — “quoted” "plain" \'single\'');
		expect(talks.summary).toBe('Before after and a link. One Two nested &lt;not a tag&gt; a < b');
		for (const e of timeline.events)
			for (const s of [e.title, e.summary]) expect(s).not.toMatch(/alert|onerror|onclick|javascript|<script|<img|color: red/i);
	});

	it('falls back: title from the first 60 characters of the text, else "Untitled event N"; summary from the title', () => {
		const { timeline } = full();
		const lavrov = timeline.events.find((e) => e.dateNote.includes('(events[3])'))!;
		expect(lavrov.title).toBe('Lavrov says any meeting of the leaders must be prepared step…');
		expect(Array.from(lavrov.title.slice(0, -1))).toHaveLength(60);
		expect(lavrov.summary).toBe('Lavrov says any meeting of the leaders must be prepared step by step by experts first.');
		expect(event(timeline, 'untitled-event-5')).toMatchObject({ title: 'Untitled event 5', summary: 'Untitled event 5', date: '2025-08' });
		expect(event(timeline, 'year-zero').summary).toBe('Year zero');
	});

	it('makes intervals from end_date, at each end’s precision', () => {
		const { timeline } = full();
		expect(event(timeline, 'talks-continue-quoted-plain-single').date).toBe('2025-08-18/2025-08-21');
		expect(event(timeline, 'preparations').date).toBe('2025-07/2025-08');
		expect(event(timeline, 'alaska-summit').date).toBe('2025-08-15');
	});

	it('keeps display dates as a label in dateNote', () => {
		const { timeline } = full();
		expect(event(timeline, 'white-house-meeting').dateNote).toMatch(/ Shown in the original as “Monday afternoon”\.$/);
		expect(event(timeline, 'preparations').dateNote).toMatch(/ Shown in the original as “Early summer” – “August”\.$/);
		expect(event(timeline, 'alaska-summit').dateNote).not.toContain('Shown');
	});

	it('drops times of day from the date and reports them', () => {
		const { timeline, report } = full();
		expect(event(timeline, 'white-house-meeting').date).toBe('2025-08-18');
		expect(at(report, 'events[2].start_date')).toEqual([
			{ path: 'events[2].start_date', action: 'dropped', message: 'time of day (hour 14, minute 30) dropped: format v1 holds calendar dates only' }
		]);
		expect(event(timeline, 'alaska-summit-3').date).toBe('2025-08-16/2025-08-17');
		expect(at(report, 'events[14].start_date')[0]?.message).toContain('hour 9');
		expect(at(report, 'events[14].end_date')[0]?.message).toContain('hour 18, minute 0, second 5');
	});

	it('keeps year 0 and years before 0, which the date parser accepts', () => {
		const { timeline, report } = full();
		expect(event(timeline, 'year-zero').date).toBe('0000');
		for (const [index, id, date] of [
			[6, 'ides-of-march', '-0044-03-15'],
			[8, 'from-2-bc-to-ad-14', '-0001/0014']
		] as const) {
			expect(parses(date)).toBe(true);
			expect(event(timeline, id).date).toBe(date);
			expect(at(report, `events[${index}]`)).toEqual([]);
		}
	});

	it('reports a year beyond four digits, and dates the parser rejects, instead of dropping them silently', () => {
		const { timeline, report } = full();
		expect(timeline.events.map((e) => e.title)).not.toContain('A million years on');
		expect(at(report, 'events[9].start_date')).toEqual([
			{ path: 'events[9].start_date', action: 'skipped', message: expect.stringMatching(/^events\[9\] not imported: start_date year 1000000 has more than four digits/) }
		]);
		expect(at(report, 'events[10]')[0]).toMatchObject({ action: 'skipped', message: expect.stringContaining('"2019-02-30"') });
		expect(at(report, 'events[13]')[0]).toMatchObject({ action: 'skipped', message: expect.stringContaining('ends before it starts') });
	});

	it('accounts for every input event: imported, or reported as skipped', () => {
		const input = fixture('full.json') as { events: unknown[] };
		const { timeline, report } = full();
		input.events.forEach((_, i) => {
			const imported = timeline.events.filter((e) => e.dateNote.includes(`(events[${i}])`)).length;
			const skipped = report.filter((r) => r.action === 'skipped' && (r.path === `events[${i}]` || r.path.startsWith(`events[${i}].`))).length;
			expect(imported + skipped, `events[${i}]`).toBe(1);
		});
	});

	it('makes unique kebab-case ids: unique_id when valid, else from the headline, with -2, -3 suffixes', () => {
		const { timeline, report } = full();
		const ids = timeline.events.map((e) => e.id);
		expect(ids).toEqual([
			'alaska-summit',
			'talks-continue-quoted-plain-single',
			'white-house-meeting',
			'lavrov-says-any-meeting-of-the-leaders-must-be-prepared-step',
			'untitled-event-5',
			'alaska-summit-2',
			'ides-of-march',
			'year-zero',
			'from-2-bc-to-ad-14',
			'embedded-media',
			'preparations',
			'alaska-summit-3'
		]);
		expect(new Set(ids).size).toBe(ids.length);
		for (const id of ids) expect(id).toMatch(KEBAB);
		expect(at(report, 'events[3].unique_id')[0]?.message).toContain('"Not Kebab Case" is not kebab-case');
		expect(at(report, 'events[14].unique_id')[0]?.message).toContain('"alaska-summit" is already used by an earlier event; the id is "alaska-summit-3"');
	});
});

describe('convertTimelineJs: groups, media, eras, sources', () => {
	it('makes a party per group in order of first appearance, and "other" for events without one', () => {
		const { timeline } = full();
		const lanes = timeline.parties.map((p) => [p.id, p.label, p.order]);
		expect(lanes).toEqual([
			['white-house', 'White House', 0],
			['kremlin', 'Kremlin', 1],
			['other', 'Other', 2],
			['rome', 'Rome', 3],
			['elysee-palace', 'Élysée Palace', 4]
		]);
	});

	it('gives each party one actor named after the group, and events their group’s actor', () => {
		const { timeline } = full();
		expect(timeline.actors).toEqual(
			timeline.parties.map((p) => ({ id: p.id, name: p.label, role: p.id === 'other' ? OTHER_ROLE : GROUP_ROLE, party: p.id }))
		);
		expect(event(timeline, 'alaska-summit').actors).toEqual(['white-house']);
		expect(event(timeline, 'alaska-summit-2').actors).toEqual(['kremlin']);
		expect(event(timeline, 'untitled-event-5').actors).toEqual(['other']);
		expect(event(timeline, 'preparations').actors).toEqual(['elysee-palace']);
	});

	it('puts a group named "Other" into the lane of events without a group', () => {
		const { timeline } = convertTimelineJs(
			{ events: [{ start_date: { year: 2020 } }, { start_date: { year: 2021 }, group: 'Other' }] },
			{ fileName: 'x.json' }
		);
		expect(timeline.parties).toEqual([{ id: 'other', label: 'Other', order: 0 }]);
		expect(timeline.events.map((e) => e.actors)).toEqual([['other'], ['other']]);
	});

	it('keeps web media as a line of text at the end of the summary, and reports it', () => {
		const { timeline, report } = full();
		expect(event(timeline, 'alaska-summit').summary).toBe(
			'Trump and Putin meet in Anchorage. Media: Photo: A. Photographer — The leaders at the base (https://example.org/photos/anchorage.jpg)'
		);
		expect(at(report, 'events[0].media')).toEqual([{ path: 'events[0].media', action: 'kept-as-text', message: expect.stringContaining('summary') }]);
		const bare = convertTimelineJs({ events: [{ start_date: { year: 2020 }, text: { headline: 'A' }, media: { url: 'http://example.org/a.png' } }] }, { fileName: 'x.json' });
		expect(bare.timeline.events[0]!.summary).toBe('A Media: http://example.org/a.png');
	});

	it('does not keep media whose URL is not http(s), and reports it', () => {
		const { timeline, report } = full();
		expect(event(timeline, 'embedded-media').summary).toBe('Embedded media');
		expect(at(report, 'events[11].media')).toEqual([
			{ path: 'events[11].media', action: 'dropped', message: 'not carried over: its url "javascript:alert(5)" is not an http(s) address' }
		]);
	});

	it('reports eras as not carried over when the format has no eras', () => {
		const { timeline, report } = convert('full.json', { eras: false });
		expect('eras' in timeline).toBe(false);
		expect(report.filter((r) => r.path.startsWith('eras'))).toEqual([
			{ path: 'eras[0]', action: 'skipped', message: 'era “Alaska and after” not carried over: format v1 has no eras' },
			{ path: 'eras[1]', action: 'skipped', message: 'era “Late August” not carried over: format v1 has no eras' },
			{ path: 'eras[2]', action: 'skipped', message: 'era “Open-ended” not carried over: format v1 has no eras' }
		]);
	});

	it('converts eras to {id, label, date} when the format has them', () => {
		const { timeline, report } = convert('full.json', { eras: true });
		expect(timeline.eras).toEqual([
			{ id: 'alaska-and-after', label: 'Alaska and after', date: '2025-08-15/2025-08-21' },
			{ id: 'late-august', label: 'Late August', date: '2025-08-22/2025-08-31' }
		]);
		expect(at(report, 'eras[0].text.text')[0]?.action).toBe('dropped');
		expect(at(report, 'eras[2].end_date')[0]).toMatchObject({ action: 'skipped', message: expect.stringContaining('needs an end_date') });
	});

	it('decides about eras by the schema at run time', () => {
		const hasEras = 'eras' in timelineSchema.shape;
		expect(full()).toEqual(convert('full.json', { eras: hasEras }));
		expect(full()).not.toEqual(convert('full.json', { eras: !hasEras }));
	});

	it('adds a source stub with --source: title from the title slide, url from the first web media', () => {
		const { timeline, report } = convert('full.json', { source: 'original-story' });
		expect(timeline.sources).toEqual([
			{ id: 'original-story', title: 'Summit season & after', publisher: UNKNOWN_PUBLISHER, url: 'https://example.org/title.jpg' }
		]);
		expect(at(report, 'sources[0].url')[0]).toMatchObject({ action: 'fill-in', message: expect.stringContaining('title.media.url') });
		expect(at(report, 'sources[0]')[0]?.message).toBe(
			'fill in publisher, published (EDTF), file (the verbatim snapshot under data/sources/), sha256; check the title'
		);
		const noMedia = convert('sheet-export.json', { source: 'story' });
		expect(noMedia.timeline.sources).toEqual([{ id: 'story', title: 'Imported from TimelineJS3: sheet-export.json', publisher: UNKNOWN_PUBLISHER }]);
		expect(at(noMedia.report, 'sources[0]')[0]?.message).toMatch(/^fill in publisher, url, published/);
	});

	it('leaves sources empty without --source and asks for them', () => {
		const { timeline, report } = full();
		expect(timeline.sources).toEqual([]);
		expect(at(report, 'sources')).toEqual([{ path: 'sources', action: 'fill-in', message: expect.stringContaining('--source') }]);
	});
});

describe('convertTimelineJs: the report', () => {
	it('lists everything not carried over, and nothing else', () => {
		const { report } = convert('full.json', { eras: true });
		expect(report.map((r) => `${r.path}: ${r.action}`)).toEqual([
			'scale: dropped',
			'title.text.text: dropped',
			'title.media: dropped',
			'events[0].media: kept-as-text',
			'events[1].text.text: dropped',
			'events[2].start_date: dropped',
			'events[2].background: dropped',
			'events[2].autolink: dropped',
			'events[3].unique_id: dropped',
			'events[9].start_date: skipped',
			'events[10]: skipped',
			'events[11].media: dropped',
			'events[12].end_date.format: dropped',
			'events[13]: skipped',
			'events[14].start_date: dropped',
			'events[14].end_date: dropped',
			'events[14].unique_id: dropped',
			'eras[0].text.text: dropped',
			'eras[2].end_date: skipped',
			'sources: fill-in',
			'events: fill-in'
		]);
		expect(at(report, 'title.text.text')[0]?.message).toBe('HTML reduced to plain text; removed link target https://example.org/story');
		expect(at(report, 'events[1].text.text')[0]?.message).toBe(
			'HTML reduced to plain text; removed 1 script element with its content; 1 style element with its content; 1 link to a non-web address; 1 image'
		);
		expect(at(report, 'events[2].background')[0]?.message).toBe('not carried over ({"color":"#123456"})');
	});

	it('stays quiet about the empty fields of a spreadsheet export', () => {
		const { timeline, report } = convert('sheet-export.json');
		expect(timeline.events.map((e) => [e.id, e.date])).toEqual([
			['moon-landing', '1969-07-20'],
			['untitled-event-2', '1969']
		]);
		expect(report.map((r) => r.action)).toEqual(['fill-in', 'fill-in', 'fill-in', 'fill-in']);
	});

	it('formats an item as one line', () => {
		expect(formatReportItem({ path: 'events[2].start_date', action: 'dropped', message: 'm' })).toBe('events[2].start_date: dropped: m');
		expect(formatReportItem({ path: '', action: 'dropped', message: 'm' })).toBe('(top level): dropped: m');
	});
});

describe('the converted structure against the validator', () => {
	/** What an editor does to the draft: add a source with its snapshot, cite a passage per event, drop `unverified`. */
	function complete(timeline: ImportedTimeline) {
		const text = timeline.events.map((e) => `[[${e.id}]] reported.`).join('\n') + '\n';
		const { unverified: _u, ...rest } = structuredClone(timeline);
		const patched = {
			...rest,
			sources: [
				{
					id: 'tiny',
					title: 'A tiny source',
					publisher: 'Test',
					url: 'https://example.org/tiny',
					published: '2025-08-22',
					file: 'tiny.txt',
					sha256: sha256(text)
				}
			],
			events: rest.events.map((e) => ({ ...e, citations: [{ source: 'tiny', quote: `[[${e.id}]]` }] }))
		};
		return { patched, store: new Map([['tiny.txt', { text, sha256: sha256(text) }]]) };
	}

	it('passes validateTimeline once sources and citations are added and unverified is dropped', () => {
		for (const name of ['full.json', 'sheet-export.json']) {
			const { timeline } = convert(name);
			const { patched, store } = complete(timeline);
			const result = validateTimeline(patched, name, store);
			expect(result.issues, name).toEqual([]);
			expect(result.timeline?.events.map((e) => e.id).sort()).toEqual(timeline.events.map((e) => e.id).sort());
		}
	});

	it('is not accepted as it is: the draft needs sources and citations', () => {
		const { timeline } = convert('full.json', { source: 'original-story' });
		const result = validateTimeline(timeline, 'full.json', new Map());
		expect(result.timeline).toBeNull();
		expect(result.issues.length).toBeGreaterThan(0);
	});
});

describe('scripts/import-timelinejs.ts', () => {
	const tsx = join(root, 'node_modules/.bin/tsx');
	const script = join(root, 'scripts/import-timelinejs.ts');
	const run = (...args: string[]) => spawnSync(tsx, [script, ...args], { cwd: root, encoding: 'utf8' });
	const tmp = mkdtempSync(join(tmpdir(), 'import-timelinejs-'));
	afterAll(() => rmSync(tmp, { recursive: true, force: true }));

	it('prints the converted timeline, the report and the draft notice', { timeout: 30_000 }, () => {
		const r = run(join(fixtures, 'full.json'));
		expect(r.status).toBe(0);
		expect(JSON.parse(r.stdout)).toEqual(full().timeline);
		expect(r.stderr).toContain('Imported 12 of 15 events');
		expect(r.stderr).toContain('  events[9].start_date: skipped: events[9] not imported: start_date year 1000000');
		expect(r.stderr).toContain('  events[0].media: kept-as-text:');
		expect(r.stderr).toContain('This is a DRAFT');
	});

	it('writes --out and adds the --source stub', { timeout: 30_000 }, () => {
		const out = join(tmp, 'out.json');
		const r = run(join(fixtures, 'full.json'), '--source', 'original-story', '--out', out);
		expect(r.status).toBe(0);
		expect(r.stdout).toBe('');
		expect(existsSync(out)).toBe(true);
		expect(JSON.parse(readFileSync(out, 'utf8')).sources[0].id).toBe('original-story');
	});

	it('exits 1 with a clear message for input that is not JSON or not TimelineJS3', { timeout: 30_000 }, () => {
		const notJson = run(join(fixtures, 'not-json.json'));
		expect(notJson.status).toBe(1);
		expect(notJson.stdout).toBe('');
		expect(notJson.stderr).toMatch(/not-json\.json is not valid JSON \(line 3, column \d+\)/);
		const notTl = run(join(fixtures, 'not-timelinejs.json'));
		expect(notTl.status).toBe(1);
		expect(notTl.stdout).toBe('');
		expect(notTl.stderr).toContain('expected a TimelineJS3 timeline');
		const none = run();
		expect(none.status).toBe(1);
		expect(none.stderr).toContain('usage: npm run import:timelinejs');
		const badSource = run(join(fixtures, 'full.json'), '--source', 'Bad_Id');
		expect(badSource.status).toBe(1);
		expect(badSource.stderr).toContain('must be kebab-case');
	});
});
