/**
 * The dated events of a timeline as an iCalendar file (RFC 5545): one all-day VEVENT per event,
 * from its earliest day (DTSTART;VALUE=DATE) to the day after its latest (DTEND is exclusive).
 * A month-precise date covers the whole month; an open or unknown end covers only the known end.
 * How precise the date is (approximate, uncertain, known only to the month, still going) is said in
 * the DESCRIPTION, since a calendar has no way to show it.
 *
 * iCalendar has no comments, so the events left out (unscheduled ones, and dates outside the years
 * 1 to 9999 that a calendar DATE can hold) are counted in an extension property on the calendar:
 * `X-DATELINE-OMITTED:3 unscheduled events`. Lines end with CRLF and are folded at 75 octets.
 */
import { DAY } from '../model/date-span.ts';
import { describePrecision, formatSpan, kindLabel } from '../model/format.ts';
import type { Timeline, TimelineEvent } from '../model/model.ts';
import { actorNames, firstSource } from './fields.ts';

export interface IcsOptions {
	/** When the file is made (DTSTAMP). */
	now: Date;
	/** The domain part of each UID, e.g. the site's host name. */
	uidDomain: string;
	/** The web page of one event (URL), or null for none. */
	eventUrl?: (id: string) => string | null;
}

/** Escapes a TEXT value: backslash, semicolon, comma and line breaks (RFC 5545 3.3.11). */
export function escapeText(value: string): string {
	return value
		.replace(/\\/g, '\\\\')
		.replace(/;/g, '\\;')
		.replace(/,/g, '\\,')
		.replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/**
 * Folds one content line into lines of at most 75 octets (UTF-8), each continuation starting with
 * a space, never splitting a character; joined with CRLF.
 */
export function foldLine(line: string): string {
	const out: string[] = [];
	let current = '';
	let octets = 0;
	for (const ch of line) {
		const size = encoder.encode(ch).length;
		// A continuation line's leading space counts towards its 75.
		if (octets + size > 75) {
			out.push(current);
			current = ' ';
			octets = 1;
		}
		current += ch;
		octets += size;
	}
	out.push(current);
	return out.join('\r\n');
}

/** A DATE value (YYYYMMDD) of a UTC instant, or null outside the years 1 to 9999. */
export function icsDate(ms: number): string | null {
	const d = new Date(ms);
	const y = d.getUTCFullYear();
	if (y < 1 || y > 9999) return null;
	return `${String(y).padStart(4, '0')}${String(d.getUTCMonth() + 1).padStart(2, '0')}${String(d.getUTCDate()).padStart(2, '0')}`;
}

/** A UTC DATE-TIME value (YYYYMMDDTHHMMSSZ). */
export function icsDateTime(date: Date): string {
	return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** The day range a calendar entry covers: [first day, day after the last), UTC ms, or null. */
export function calendarRange(event: TimelineEvent): { start: number; end: number } | null {
	const s = event.span;
	if (s.type === 'unscheduled') return null;
	// An open or unknown end has no day: the entry covers the known end only (span min/max do so).
	return { start: s.min, end: Math.max(s.max, s.min + DAY) };
}

function describe(timeline: Timeline, event: TimelineEvent): string {
	const parts = [event.summary, '', `Date: ${formatSpan(event.span)} (as written: ${event.span.edtf}). ${describePrecision(event.span)}`];
	const who = actorNames(timeline, event);
	if (who.length > 0) parts.push(`Who: ${who.join(', ')}.`);
	const source = firstSource(timeline, event);
	if (source) parts.push(`Source: ${source.publisher}, ${source.title}, ${source.url}`);
	if (event.citations[0]) parts.push(`“${event.citations[0].quote}”`);
	return parts.join('\n');
}

function plural(n: number, one: string, many: string): string {
	return `${n} ${n === 1 ? one : many}`;
}

export function eventsIcs(timeline: Timeline, options: IcsOptions): string {
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		'PRODID:-//Dateline//Timeline export//EN',
		'CALSCALE:GREGORIAN',
		'METHOD:PUBLISH',
		`X-WR-CALNAME:${escapeText(timeline.title)}`
	];
	const stamp = icsDateTime(options.now);
	let unscheduled = 0;
	let outside = 0;
	const events: string[][] = [];
	for (const e of timeline.events) {
		const range = calendarRange(e);
		if (!range) {
			unscheduled++;
			continue;
		}
		const start = icsDate(range.start);
		const end = icsDate(range.end);
		if (start === null || end === null) {
			outside++;
			continue;
		}
		const url = options.eventUrl?.(e.id) ?? null;
		events.push([
			'BEGIN:VEVENT',
			`UID:${timeline.id}--${e.id}@${options.uidDomain}`,
			`DTSTAMP:${stamp}`,
			`DTSTART;VALUE=DATE:${start}`,
			`DTEND;VALUE=DATE:${end}`,
			`SUMMARY:${escapeText(e.title)}`,
			`DESCRIPTION:${escapeText(describe(timeline, e))}`,
			`CATEGORIES:${escapeText(kindLabel(e.kind))}`,
			// Planned and proposed events may not happen as dated.
			`STATUS:${e.status === 'occurred' ? 'CONFIRMED' : 'TENTATIVE'}`,
			'TRANSP:TRANSPARENT',
			...(e.place ? [`LOCATION:${escapeText(e.place)}`] : []),
			...(url ? [`URL:${url}`] : []),
			'END:VEVENT'
		]);
	}
	const omitted = [
		...(unscheduled > 0 ? [plural(unscheduled, 'unscheduled event', 'unscheduled events')] : []),
		...(outside > 0 ? [plural(outside, 'event', 'events') + ' outside the years 1 to 9999'] : [])
	];
	if (omitted.length > 0) lines.push(`X-DATELINE-OMITTED:${escapeText(omitted.join(' and '))}`);
	for (const e of events) lines.push(...e);
	lines.push('END:VCALENDAR');
	return lines.map(foldLine).join('\r\n') + '\r\n';
}
