import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { escapeText, eventsIcs, foldLine } from './ics.ts';
import { testTimeline } from './test-timeline.ts';

const options = { now: new Date(Date.UTC(2025, 8, 1, 12, 30, 5)), uidDomain: 'example.org', eventUrl: (id: string) => `https://example.org/t/test-export?event=${id}` };
const text = eventsIcs(testTimeline, options);
const calendar = new ICAL.Component(ICAL.parse(text));
const vevents = calendar.getAllSubcomponents('vevent');
const byUid = new Map(vevents.map((v) => [String(v.getFirstPropertyValue('uid')), new ICAL.Event(v)]));
const get = (id: string) => byUid.get(`test-export--${id}@example.org`)!;

describe('escapeText', () => {
	it('escapes backslash, semicolon, comma and line breaks', () => {
		expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
	});
});

describe('foldLine', () => {
	it('keeps short lines whole and folds long ones at 75 octets without splitting a character', () => {
		expect(foldLine('SUMMARY:short')).toBe('SUMMARY:short');
		const long = 'DESCRIPTION:' + 'Київ — «переговори» '.repeat(12);
		const folded = foldLine(long);
		const parts = folded.split('\r\n');
		expect(parts.length).toBeGreaterThan(1);
		for (const p of parts) expect(new TextEncoder().encode(p).length).toBeLessThanOrEqual(75);
		for (const p of parts.slice(1)) expect(p.startsWith(' ')).toBe(true);
		expect(parts.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(long);
		expect(folded).not.toContain('\uFFFD');
	});
});

describe('eventsIcs', () => {
	it('is CRLF text whose lines are at most 75 octets', () => {
		expect(text.endsWith('\r\n')).toBe(true);
		expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
		for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
	});

	it('has one all-day event per dated event, with a unique UID, and counts the others', () => {
		// 9 events: 2 unscheduled, 1 before year 1.
		expect(vevents.length).toBe(6);
		expect(byUid.size).toBe(6);
		expect(calendar.getFirstPropertyValue('x-dateline-omitted')).toBe('2 unscheduled events and 1 event outside the years 1 to 9999');
		// ical.js does not know X- properties are TEXT, so it hands them back still escaped.
		expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(escapeText(testTimeline.title));
		expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
		for (const v of vevents) expect(v.getFirstPropertyValue('dtstamp')!.toString()).toBe('2025-09-01T12:30:05Z');
	});

	it('runs from the earliest day to the day after the latest (DTEND exclusive)', () => {
		const dates = (id: string) => {
			const e = get(id);
			expect(e.startDate.isDate).toBe(true);
			expect(e.endDate.isDate).toBe(true);
			return [e.startDate.toString(), e.endDate.toString()];
		};
		expect(dates('summit')).toEqual(['2025-08-15', '2025-08-16']);
		expect(dates('talks')).toEqual(['2025-08-18', '2025-08-22']);
		expect(dates('month')).toEqual(['2025-08-01', '2025-09-01']);
		expect(dates('ongoing')).toEqual(['2025-08-22', '2025-08-23']);
		expect(text).toContain('DTSTART;VALUE=DATE:20250815\r\n');
	});

	it('says in the description when a date is approximate, uncertain, coarse or still going', () => {
		expect(get('about').description).toContain('Approximate: around this date');
		expect(get('about').description).toContain('about 19 August 2025');
		expect(get('maybe').description).toContain('Uncertain: the reporting does not settle it');
		expect(get('month').description).toContain('Known only to the month');
		expect(get('ongoing').description).toContain('Still going when reported');
		expect(get('summit').description).toContain('Known to the day');
	});

	it('round-trips text with commas, semicolons, backslashes and line breaks', () => {
		const summit = get('summit');
		expect(summit.summary).toBe('Summit, in "Alaska"');
		expect(summit.description).toContain('Line one,\nline two; with a backslash \\ and “quotes”.');
		expect(summit.description).toContain('Source: Test Gazette, Leaders meet, again, https://example.com/news/leaders-meet?a=1&b=2');
		expect(summit.description).toContain('He said, "we met"\nand left.');
		expect(summit.component.getFirstPropertyValue('url')).toBe('https://example.org/t/test-export?event=summit');
		expect(summit.component.getFirstPropertyValue('status')).toBe('CONFIRMED');
	});

	it('leaves out the omitted-count line when every event is on the calendar', () => {
		const dated = { ...testTimeline, events: testTimeline.events.filter((e) => e.id === 'summit') };
		expect(eventsIcs(dated, options)).not.toContain('X-DATELINE-OMITTED');
	});
});
