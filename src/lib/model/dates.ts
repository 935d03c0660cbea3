/**
 * EDTF (ISO 8601-2) dates as the timeline uses them, parsed by the `edtf` package and reduced to
 * what layout and wording need. All instants are UTC milliseconds: a calendar day is the same day
 * for every reader, whatever their time zone.
 */
import edtf, { parse } from 'edtf';

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

const DAY = 86_400_000;

interface EdtfDateNode {
	type: string;
	values: number[];
	approximate?: boolean | number;
	uncertain?: boolean | number;
	unspecified?: number;
}

function qualifier(value: boolean | number | undefined, name: string, input: string): boolean {
	if (value === undefined || value === false || value === 0) return false;
	if (value === true) return true;
	throw new DateError(`"${input}": ${name} qualifiers on single components are not supported; qualify the whole date instead (e.g. "2025-08-18~")`);
}

function toPoint(node: EdtfDateNode, input: string): DatePoint {
	// (edtf leaves `type` off a date with X digits when it is one end of an interval.)
	if (node.type !== undefined && node.type !== 'Date') throw new DateError(unsupported(node.type, input));
	if (node.values.length > 3) throw new DateError(`"${input}": times of day are not supported; give a calendar date`);
	const [year, month0, day] = node.values as [number, number | undefined, number | undefined];
	const unspecified = (node.unspecified ?? 0) !== 0;
	// Which components are fully known decides the precision. edtf's bit mask marks X digits,
	// 4 bits for the year's digits, then 2 for the month, then 2 for the day.
	const mask = node.unspecified ?? 0;
	const yearKnown = (mask & 0b1111) === 0;
	const monthKnown = month0 !== undefined && (mask & 0b110000) === 0;
	const dayKnown = day !== undefined && (mask & 0b11000000) === 0;
	if (!yearKnown) throw new DateError(`"${input}": unspecified digits in the year are not supported; use a year, month or day`);
	const precision: Precision = monthKnown && dayKnown ? 'day' : monthKnown ? 'month' : 'year';
	if (precision === 'day' && new Date(Date.UTC(year, month0!, day!)).getUTCDate() !== day)
		throw new DateError(`"${input}": there is no day ${day} in that month`);
	let bounds: { min: number; max: number };
	try {
		bounds = edtf(serialise(node.values, mask));
		// edtf inverts the bounds of some dates with X digits before the common era ("-0020-XX"):
		// then take the bounds of the components that are fully known.
		if (!(bounds.max >= bounds.min)) {
			const known = precision === 'day' ? node.values.slice(0, 3) : precision === 'month' ? node.values.slice(0, 2) : node.values.slice(0, 1);
			bounds = edtf(serialise(known, 0));
		}
	} catch {
		throw new DateError(`"${input}": this date cannot be placed on a calendar`);
	}
	return {
		year,
		month: monthKnown ? month0! + 1 : null,
		day: monthKnown && dayKnown ? day! : null,
		precision,
		approximate: qualifier(node.approximate, 'approximate (~)', input),
		uncertain: qualifier(node.uncertain, 'uncertain (?)', input),
		unspecified,
		min: bounds.min,
		max: bounds.max + 1
	};
}

/** Rebuilds the unqualified date so the edtf package computes its bounds (with X digits kept). */
function serialise(values: number[], mask: number): string {
	const [y, m, d] = values;
	const pad = (n: number, width: number) => String(n).padStart(width, '0');
	const xs = (s: string, offset: number) =>
		[...s].map((c, i) => ((mask >> (offset + i)) & 1 ? 'X' : c)).join('');
	let out = (y! < 0 ? '-' : '') + xs(pad(Math.abs(y!), 4), 0);
	if (m !== undefined) out += '-' + xs(pad(m + 1, 2), 4);
	if (d !== undefined) out += '-' + xs(pad(d, 2), 6);
	return out;
}

function unsupported(type: string, input: string): string {
	const names: Record<string, string> = {
		Set: 'sets ([..] one of a set)',
		List: 'lists ({..} all of a set)',
		Season: 'seasons and quarters (21-41)',
		Century: 'centuries',
		Decade: 'decades',
		Year: 'Y-prefixed years'
	};
	return `"${input}": ${names[type] ?? type} are not supported; use a day, month or year, or an interval of them`;
}

/** Parses an EDTF string (or null, for an unscheduled event) into a DateSpan. Throws DateError. */
export function parseDate(input: string | null): DateSpan {
	if (input === null) return { type: 'unscheduled', edtf: null };
	let node: EdtfDateNode | { type: 'Interval'; values: (EdtfDateNode | null)[] };
	try {
		node = parse(input) as typeof node;
	} catch {
		throw new DateError(
			`"${input}" is not a valid EDTF date; write a day "2025-08-15", a month "2025-08", a year "2024" or an interval "2025-08-18/2025-08-21"`
		);
	}
	if (node.type === 'Interval') {
		// edtf gives Infinity/-Infinity for an open end (`..`) and null for an unknown (empty) one.
		const raw = (node as { values: (EdtfDateNode | number | null)[] }).values;
		const [a, b] = input.split('/') as [string, string];
		const end = (n: EdtfDateNode | number | null | undefined, text: string): IntervalEnd =>
			n === null || n === undefined || typeof n === 'number' ? (text === '..' ? 'open' : 'unknown') : toPoint(n, input);
		const from = end(raw[0], a);
		const to = end(raw[1], b);
		if (typeof from === 'string' && typeof to === 'string')
			throw new DateError(`"${input}": an interval needs at least one known end`);
		const min = typeof from === 'string' ? (to as DatePoint).min : from.min;
		const max = typeof to === 'string' ? (from as DatePoint).max : to.max;
		if (max <= min) throw new DateError(`"${input}": the interval ends before it starts`);
		return { type: 'interval', edtf: input, from, to, min, max };
	}
	const point = toPoint(node as EdtfDateNode, input);
	return { type: 'point', edtf: input, point, min: point.min, max: point.max };
}

/** Whole days from a UTC instant: the calendar day, independent of the reader's zone. */
export function isoDay(ms: number): string {
	return new Date(ms).toISOString().slice(0, 10);
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

export { DAY };
