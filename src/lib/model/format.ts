/**
 * Dates in words at their real precision: "15 August 2025", "August 2025", "about 18 to 21 August 2025",
 * "not scheduled". Formatting is in UTC (formatUtc) so the reader's time zone never shifts a day.
 */
import { formatUtc } from './calendar.ts';
import type { DatePoint, DateSpan, IntervalEnd } from './date-span.ts';
import type { DateBasis, EventKind, EventStatus } from './vocabulary.ts';

const PATTERN = { day: 'd MMMM yyyy', month: 'MMMM yyyy', year: 'yyyy' } as const;

function bare(p: DatePoint): string {
	// EDTF years are astronomical (0 is 1 BC); years up to 0 are written with their era.
	const pattern = p.year <= 0 ? PATTERN[p.precision].replace('yyyy', 'y G') : PATTERN[p.precision];
	return formatUtc(p.min, pattern);
}

function qualify(words: string, approximate: boolean, uncertain: boolean): string {
	return `${approximate ? 'about ' : ''}${words}${uncertain ? ' (uncertain)' : ''}`;
}

export function formatPoint(p: DatePoint): string {
	return qualify(bare(p), p.approximate, p.uncertain);
}

/** "18 to 21 August 2025", "30 July to 2 August 2025", "2024 to March 2025": shares what both ends share. */
function compactRange(a: DatePoint, b: DatePoint): string {
	if (a.precision === 'day' && b.precision === 'day' && a.year === b.year) {
		if (a.month === b.month) return `${a.day} to ${bare(b)}`;
		return `${formatUtc(a.min, 'd MMMM')} to ${bare(b)}`;
	}
	if (a.precision === 'month' && b.precision === 'month' && a.year === b.year)
		return `${formatUtc(a.min, 'MMMM')} to ${bare(b)}`;
	return `${bare(a)} to ${bare(b)}`;
}

function formatEnd(end: IntervalEnd): string {
	return typeof end === 'string' ? end : formatPoint(end);
}

export function formatSpan(span: DateSpan): string {
	if (span.type === 'unscheduled') return 'not scheduled';
	if (span.type === 'point') return formatPoint(span.point);
	const { from, to } = span;
	if (typeof from !== 'string' && typeof to !== 'string') {
		if (from.approximate === to.approximate && from.uncertain === to.uncertain)
			return qualify(compactRange(from, to), from.approximate, from.uncertain);
		return `${formatPoint(from)} to ${formatPoint(to)}`;
	}
	if (typeof from !== 'string') return to === 'open' ? `from ${formatPoint(from)} onward` : `from ${formatPoint(from)}, end unknown`;
	return from === 'open' ? `until ${formatEnd(to)}` : `start unknown, until ${formatEnd(to)}`;
}

/** One sentence on how the date is known, for the details panel. */
export function describeBasis(basis: DateBasis, phrase?: string, note?: string): string {
	const tail = note ? ` ${note}` : '';
	switch (basis) {
		case 'stated':
			return `Stated in the source.${tail}`;
		case 'relative':
			return `Worked out from the source’s “${phrase ?? ''}”, counted from its publication date.${tail}`;
		case 'external':
			return `From other reporting.${tail}`;
	}
}

/** One sentence on how precise the date is, for the details panel ("Known only to the month: …"). */
export function describePrecision(span: DateSpan): string {
	if (span.type === 'unscheduled') return 'No date has been set.';
	const points = span.type === 'point' ? [span.point] : [span.from, span.to].filter((p): p is DatePoint => typeof p !== 'string');
	const parts: string[] = [];
	const coarsest = points.some((p) => p.precision === 'year') ? 'year' : points.some((p) => p.precision === 'month') ? 'month' : 'day';
	if (span.type === 'point' && coarsest !== 'day')
		parts.push(`Known only to the ${coarsest}: some time in ${formatUtc(span.point.min, PATTERN[coarsest])}.`);
	else if (span.type === 'interval' && typeof span.from !== 'string' && typeof span.to !== 'string')
		parts.push(coarsest === 'day' ? 'A span of days, or one day within it.' : `A span known only to the ${coarsest}.`);
	else if (span.type === 'point' && !span.point.approximate && !span.point.uncertain) parts.push('Known to the day.');
	if (span.type === 'interval' && span.to === 'open') parts.push('Still going when reported.');
	if (span.type === 'interval' && (span.to === 'unknown' || span.from === 'unknown')) parts.push('One end is not known.');
	if (points.some((p) => p.approximate)) parts.push('Approximate: around this date, not exactly.');
	if (points.some((p) => p.uncertain)) parts.push('Uncertain: the reporting does not settle it.');
	return parts.join(' ');
}

/** A kind of event in words, capitalised for a label: "Press conference". */
export function kindLabel(kind: EventKind): string {
	const words = kind.replace(/-/g, ' ');
	return words.charAt(0).toUpperCase() + words.slice(1);
}

/** An event's status in words. */
export const STATUS_WORDS: Record<EventStatus, string> = {
	occurred: 'Happened',
	planned: 'Planned',
	proposed: 'Proposed, not scheduled'
};
