/**
 * Dates in words at their real precision: "15 August 2025", "August 2025", "about 18 to 21 August 2025",
 * "not scheduled", in the language of a DateLocale (English by default, see $lib/i18n/dates).
 * Formatting is in UTC so the reader's time zone never shifts a day.
 */
import { EN_DATES, type DateLocale } from '../i18n/dates.ts';
import { en } from '../i18n/en.ts';
import type { DatePoint, DateSpan, IntervalEnd } from './date-span.ts';
import type { DateBasis, EventKind } from './vocabulary.ts';

// All functions take the language's DateLocale; English (the default) is what the validator, the
// exports and prerendered pages use.

function bare(p: DatePoint, loc: DateLocale): string {
	// EDTF years are astronomical (0 is 1 BC); years up to 0 are written with their era.
	return loc.format(p.min, p.year <= 0 ? `${p.precision}Era` : p.precision);
}

function qualify(words: string, approximate: boolean, uncertain: boolean, loc: DateLocale): string {
	const about = approximate ? loc.words.about(words) : words;
	return uncertain ? loc.words.uncertain(about) : about;
}

export function formatPoint(p: DatePoint, loc: DateLocale = EN_DATES): string {
	return qualify(bare(p, loc), p.approximate, p.uncertain, loc);
}

/** "18 to 21 August 2025", "30 July to 2 August 2025", "2024 to March 2025": shares what both ends share. */
function compactRange(a: DatePoint, b: DatePoint, loc: DateLocale): string {
	const range = loc.words.range;
	if (a.precision === 'day' && b.precision === 'day' && a.year === b.year) {
		if (a.month === b.month) return range(loc.format(a.min, 'dayNumber'), bare(b, loc));
		return range(loc.format(a.min, 'dayMonth'), bare(b, loc));
	}
	if (a.precision === 'month' && b.precision === 'month' && a.year === b.year)
		return range(loc.format(a.min, 'monthName'), bare(b, loc));
	return range(bare(a, loc), bare(b, loc));
}

function formatEnd(end: IntervalEnd, loc: DateLocale): string {
	return typeof end === 'string' ? loc.words[end] : formatPoint(end, loc);
}

export function formatSpan(span: DateSpan, loc: DateLocale = EN_DATES): string {
	const w = loc.words;
	if (span.type === 'unscheduled') return w.notScheduled;
	if (span.type === 'point') return formatPoint(span.point, loc);
	const { from, to } = span;
	if (typeof from !== 'string' && typeof to !== 'string') {
		if (from.approximate === to.approximate && from.uncertain === to.uncertain)
			return qualify(compactRange(from, to, loc), from.approximate, from.uncertain, loc);
		return w.range(formatPoint(from, loc), formatPoint(to, loc));
	}
	if (typeof from !== 'string') return to === 'open' ? w.fromOnward(formatPoint(from, loc)) : w.fromEndUnknown(formatPoint(from, loc));
	return from === 'open' ? w.until(formatEnd(to, loc)) : w.startUnknownUntil(formatEnd(to, loc));
}

/** One sentence on how the date is known, for the details panel. */
export function describeBasis(basis: DateBasis, phrase?: string, note?: string, loc: DateLocale = EN_DATES): string {
	const tail = note ? ` ${note}` : '';
	switch (basis) {
		case 'stated':
			return `${loc.words.basisStated}${tail}`;
		case 'relative':
			return `${loc.words.basisRelative(phrase ?? '')}${tail}`;
		case 'external':
			return `${loc.words.basisExternal}${tail}`;
	}
}

/** One sentence on how precise the date is, for the details panel ("Known only to the month: …"). */
export function describePrecision(span: DateSpan, loc: DateLocale = EN_DATES): string {
	const w = loc.words;
	if (span.type === 'unscheduled') return w.noDate;
	const points = span.type === 'point' ? [span.point] : [span.from, span.to].filter((p): p is DatePoint => typeof p !== 'string');
	const parts: string[] = [];
	const coarsest = points.some((p) => p.precision === 'year') ? 'year' : points.some((p) => p.precision === 'month') ? 'month' : 'day';
	if (span.type === 'point' && coarsest !== 'day')
		parts.push((coarsest === 'month' ? w.onlyToMonth : w.onlyToYear)(loc.format(span.point.min, coarsest)));
	else if (span.type === 'interval' && typeof span.from !== 'string' && typeof span.to !== 'string')
		parts.push(coarsest === 'day' ? w.spanOfDays : coarsest === 'month' ? w.spanToMonth : w.spanToYear);
	else if (span.type === 'point' && !span.point.approximate && !span.point.uncertain) parts.push(w.toTheDay);
	if (span.type === 'interval' && span.to === 'open') parts.push(w.stillGoing);
	if (span.type === 'interval' && (span.to === 'unknown' || span.from === 'unknown')) parts.push(w.oneEndUnknown);
	if (points.some((p) => p.approximate)) parts.push(w.approximate);
	if (points.some((p) => p.uncertain)) parts.push(w.uncertainNote);
	return parts.join(' ');
}

/** A kind of event in words, capitalised for a label: "Press conference" (English; pages use their catalogue). */
export function kindLabel(kind: EventKind): string {
	return en.kinds[kind];
}

