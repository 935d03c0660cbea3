/**
 * EDTF (ISO 8601-2) dates as the timeline uses them, parsed by the `edtf` package and reduced to
 * what layout and wording need (DateSpan, see date-span.ts). All instants are UTC milliseconds: a
 * calendar day is the same day for every reader, whatever their time zone.
 */
import edtf, { parse } from 'edtf';
import { DateError, parseSimpleDate, type DatePoint, type DateSpan, type IntervalEnd, type Precision } from './date-span.ts';

export * from './date-span.ts';

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

/** Parses so far, by input: a timeline repeats its dates, and a DateSpan is never changed once made. */
const parsed = new Map<string, DateSpan | DateError>();
const MAX_REMEMBERED = 50_000;

/** Parses an EDTF string (or null, for an unscheduled event) into a DateSpan. Throws DateError. */
export function parseDate(input: string | null): DateSpan {
	if (input === null) return { type: 'unscheduled', edtf: null };
	let result = parsed.get(input);
	if (result === undefined) {
		try {
			result = parseSimpleDate(input) ?? parseEdtf(input);
		} catch (e) {
			if (!(e instanceof DateError)) throw e;
			result = e;
		}
		if (parsed.size >= MAX_REMEMBERED) parsed.clear();
		parsed.set(input, result);
	}
	if (result instanceof DateError) throw new DateError(result.message);
	return result;
}

/** The full parser, for every form the timeline allows (and a reason for every one it does not). */
export function parseEdtf(input: string): DateSpan {
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

