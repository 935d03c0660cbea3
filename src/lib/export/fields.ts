/**
 * What the data exports (CSV, iCalendar) say about one event, in one place: its date as written,
 * its earliest and latest calendar day, its precision in words, who took part and where it is reported.
 */
import { DAY, type DatePoint, type DateSpan, type IntervalEnd } from '../model/date-span.ts';
import type { Timeline, TimelineEvent } from '../model/model.ts';

/**
 * A calendar day as ISO 8601 text, with the year as EDTF writes it: four digits, astronomical and
 * signed before year 1 (`-0043-03-15`). (Date#toISOString writes such years with six digits.)
 */
export function calendarDay(ms: number): string {
	const d = new Date(ms);
	const y = d.getUTCFullYear();
	const year = (y < 0 ? '-' : '') + String(Math.abs(y)).padStart(4, '0');
	return `${year}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
}

/**
 * The first and last calendar day (ISO, inclusive) an event can mean. An open or unknown end has
 * no day: it is null, and the other end is still given. Null as a whole when unscheduled.
 */
export function eventDays(span: DateSpan): { earliest: string | null; latest: string | null } | null {
	if (span.type === 'unscheduled') return null;
	if (span.type === 'point') return { earliest: calendarDay(span.min), latest: calendarDay(span.max - DAY) };
	return {
		earliest: typeof span.from === 'string' ? null : calendarDay(span.from.min),
		latest: typeof span.to === 'string' ? null : calendarDay(span.to.max - DAY)
	};
}

const endWord = (end: IntervalEnd) => (typeof end === 'string' ? end : end.precision);

/**
 * The precision in words: `day`, `month` or `year`; for an interval both ends (`day/month`,
 * `day/open`, `unknown/day`) unless they agree; `unscheduled` with no date. `, approximate` and
 * `, uncertain` are added when the date says so.
 */
export function precisionWords(span: DateSpan): string {
	if (span.type === 'unscheduled') return 'unscheduled';
	const points: DatePoint[] = span.type === 'point' ? [span.point] : [span.from, span.to].filter((p): p is DatePoint => typeof p !== 'string');
	let words: string;
	if (span.type === 'point') words = span.point.precision;
	else {
		const [a, b] = [endWord(span.from), endWord(span.to)];
		words = a === b ? a : `${a}/${b}`;
	}
	if (points.some((p) => p.approximate)) words += ', approximate';
	if (points.some((p) => p.uncertain)) words += ', uncertain';
	return words;
}

/** The labels of an event's parties (lanes), in lane order. */
export function partyLabels(timeline: Timeline, event: TimelineEvent): string[] {
	const label = new Map(timeline.parties.map((p) => [p.id, p.label]));
	return event.parties.map((id) => label.get(id) ?? id);
}

/** The names of an event's actors, as the event lists them. */
export function actorNames(timeline: Timeline, event: TimelineEvent): string[] {
	const name = new Map(timeline.actors.map((a) => [a.id, a.name]));
	return event.actors.map((id) => name.get(id) ?? id);
}

/** The source of the event's first citation, if any (a draft may have none). */
export function firstSource(timeline: Timeline, event: TimelineEvent) {
	const c = event.citations[0];
	return c ? (timeline.sources.find((s) => s.id === c.source) ?? null) : null;
}
