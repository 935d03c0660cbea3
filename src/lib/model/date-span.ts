/**
 * Dates as layout and wording need them (DateSpan), with no EDTF parser: the browser loads this for
 * prerendered timelines, whose dates are already parsed. All instants are UTC milliseconds: a
 * calendar day is the same day for every reader, whatever their time zone. `parseSimpleDate` reads
 * the common plain forms (a day, month or year, optionally qualified, and intervals of them) the way
 * the full parser (dates.ts, with the `edtf` package) does; anything else is left to that parser.
 */

export type Precision = 'day' | 'month' | 'year';

/** One calendar date of an EDTF string (a point, or one end of an interval). */
export interface DatePoint {
	/** Year, month (1-12) and day as far as they are specified. */
	year: number;
	month: number | null;
	day: number | null;
	precision: Precision;
	approximate: boolean;
	uncertain: boolean;
	/** Some digits were written as X (unspecified); precision is what remains fully known. */
	unspecified: boolean;
	/** First instant of the period, UTC ms. */
	min: number;
	/** First instant after the period, UTC ms (exclusive). */
	max: number;
}

/** `open`: the interval runs on (EDTF `..`); `unknown`: the end exists but is not known (empty). */
export type IntervalEnd = DatePoint | 'open' | 'unknown';

export type DateSpan =
	| { type: 'unscheduled'; edtf: null }
	| { type: 'point'; edtf: string; point: DatePoint; min: number; max: number }
	| { type: 'interval'; edtf: string; from: IntervalEnd; to: IntervalEnd; min: number; max: number };

export class DateError extends Error {}

export const DAY = 86_400_000;

/**
 * Whole days from a UTC instant: the calendar day, independent of the reader's zone, as ISO 8601 /
 * EDTF writes it: a four-digit year (more when needed), a minus sign before year 0 ("-0043-03-15").
 * (Date#toISOString writes six-digit "+/-YYYYYY" years outside 0 to 9999.)
 */
export function isoDay(ms: number): string {
	const date = new Date(ms);
	const year = date.getUTCFullYear();
	const pad = (n: number, width: number) => String(n).padStart(width, '0');
	return `${year < 0 ? '-' : ''}${pad(Math.abs(year), 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;
}

/** The earliest and latest calendar day the span can mean (inclusive), or null when unscheduled. */
export function dayRange(span: DateSpan): { earliest: string; latest: string } | null {
	if (span.type === 'unscheduled') return null;
	return { earliest: isoDay(span.min), latest: isoDay(span.max - DAY) };
}

/** The value for a <time datetime> attribute: the (start) date at its own precision. */
export function datetimeAttr(span: DateSpan): string | null {
	if (span.type === 'unscheduled') return null;
	const p = span.type === 'point' ? span.point : typeof span.from === 'string' ? (span.to as DatePoint) : span.from;
	const y = String(p.year).padStart(4, '0');
	if (p.month === null) return y;
	const m = `${y}-${String(p.month).padStart(2, '0')}`;
	return p.day === null ? m : `${m}-${String(p.day).padStart(2, '0')}`;
}

/**
 * Midnight UTC of a calendar day, in ms, for any year (a month or day past its end runs on into the
 * next, as Date.UTC does).
 */
export function utcDate(y: number, mo: number, d: number): number {
	// Date.UTC reads years 0-99 as 1900-1999; setUTCFullYear does not (and is slower).
	if (y >= 100) return Date.UTC(y, mo, d);
	const date = new Date(0);
	date.setUTCFullYear(y, mo, d);
	return date.getTime();
}

const SIMPLE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?([~?%])?$/;

/** The decimal digit at `i`, or NaN. */
function digit(text: string, i: number): number {
	const c = text.charCodeAt(i) - 48;
	return c >= 0 && c <= 9 ? c : NaN;
}

/** A plain date ("2025", "2025-08", "2025-08-18", optionally with ~, ? or %), or null for anything else. */
function simplePoint(text: string): DatePoint | null {
	// Most dates are whole days ("2025-08-18"): read digit by digit, without the pattern, and
	// checked against the month's length only past the 28th. A page of 1,000 events reads about
	// 1,250 dates before its first render; this halved their time in node. Anything else (a
	// qualifier, X digits, a year before 100, a day that does not exist) goes the long way.
	if (text.length === 10 && text.charCodeAt(4) === 45 && text.charCodeAt(7) === 45) {
		const year = digit(text, 0) * 1000 + digit(text, 1) * 100 + digit(text, 2) * 10 + digit(text, 3);
		const month = digit(text, 5) * 10 + digit(text, 6);
		const day = digit(text, 8) * 10 + digit(text, 9);
		if (year >= 100 && month >= 1 && month <= 12 && day >= 1 && day <= 28) {
			const min = Date.UTC(year, month - 1, day);
			return { year, month, day, precision: 'day', approximate: false, uncertain: false, unspecified: false, min, max: min + DAY };
		}
	}
	const m = SIMPLE.exec(text);
	if (!m) return null;
	const year = Number(m[1]);
	const month = m[2] === undefined ? null : Number(m[2]);
	const day = m[3] === undefined ? null : Number(m[3]);
	if (year < 1 || (month !== null && (month < 1 || month > 12))) return null;
	let min: number;
	let max: number;
	if (day !== null) {
		min = utcDate(year, month! - 1, day);
		if (day < 1 || new Date(min).getUTCDate() !== day) return null; // no such day: the full parser says why
		max = min + DAY;
	} else if (month !== null) [min, max] = [utcDate(year, month - 1, 1), utcDate(year, month, 1)];
	else [min, max] = [utcDate(year, 0, 1), utcDate(year + 1, 0, 1)];
	const q = m[4];
	return {
		year,
		month,
		day,
		precision: day !== null ? 'day' : month !== null ? 'month' : 'year',
		approximate: q === '~' || q === '%',
		uncertain: q === '?' || q === '%',
		unspecified: false,
		min,
		max
	};
}

/**
 * The DateSpan of a plain EDTF date or interval, exactly as the full parser (dates.ts) gives it, or
 * null when the input is anything else (valid or not): then only the full parser can say.
 * `points`, when given, caches the plain dates read (an interval's ends repeat across a timeline).
 */
export function parseSimpleDate(input: string, points?: Map<string, DatePoint | null>): DateSpan | null {
	const slash = input.indexOf('/');
	// With `points`, each distinct date is read once and its DatePoint shared (they are never changed).
	const point = (text: string) => {
		if (!points) return simplePoint(text);
		let p = points.get(text);
		if (p === undefined) points.set(text, (p = simplePoint(text)));
		return p;
	};
	if (slash < 0) {
		const p = point(input);
		return p && { type: 'point', edtf: input, point: p, min: p.min, max: p.max };
	}
	const a = input.slice(0, slash);
	const b = input.slice(slash + 1);
	const end = (text: string): IntervalEnd | null => (text === '..' ? 'open' : text === '' ? 'unknown' : point(text));
	const from = end(a);
	const to = end(b);
	if (from === null || to === null || (typeof from === 'string' && typeof to === 'string')) return null;
	const min = typeof from === 'string' ? (to as DatePoint).min : from.min;
	const max = typeof to === 'string' ? (from as DatePoint).max : to.max;
	if (max <= min) return null;
	return { type: 'interval', edtf: input, from, to, min, max };
}
