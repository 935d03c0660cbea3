/**
 * A compact form of a validated timeline for the wire: the events as columns (each key written once,
 * not once per event), nested objects packed the same way, columns of few distinct values (kinds,
 * statuses) as indexes into a list of them, columns of lists (parties, actors) as flat indexes, and
 * an event's parsed `span` left out when it is exactly what `parseSimpleDate` makes of its `date`
 * again (true of plain dates). Used for the page data of /t/<slug> and /embed/<slug> and for
 * `/t/<slug>/model.json`; internal, not a public format (that is `/t/<slug>.json`, data format v1).
 * `unpackTimeline(packTimeline(t))` equals `t` as JSON sees it.
 */
import { parseSimpleDate, type DatePoint, type DateSpan } from './date-span.ts';
import type { Timeline, TimelineEvent } from './model.ts';

// 2: columns of lists are flat (`l`, `ld`, `lf`); a page never reads a file packed the other way.
export const PACK_FORMAT = 'dateline-packed-2';

/** Records as columns: `keys[j]`'s values are `cols[j]`, for every row not in its `gaps`. */
export interface PackedRecords {
	n: number;
	keys: string[];
	cols: PackedColumn[];
}

export interface PackedColumn {
	/** The values, one per row that has the key (rows in `gaps` do not). */
	v?: unknown[];
	/** Or, when every value is a plain object: those objects, packed in turn. */
	r?: PackedRecords;
	/** Or, for few distinct values: those values, and `i` the index of each row's value in them. */
	d?: unknown[];
	i?: number[];
	/**
	 * Or, when every value is a list of scalars (parties, actors): each list's length in `l`, the
	 * distinct items in `ld`, and every item, as an index into `ld`, in `lf`. Parsing three flat
	 * arrays is much cheaper than parsing 100,000 small ones, and equal items become one string.
	 */
	l?: number[];
	ld?: unknown[];
	lf?: number[];
	/** Ascending rows without this key. */
	gaps?: number[];
}

export interface PackedTimeline {
	format: typeof PACK_FORMAT;
	/** The timeline without its events. */
	meta: Omit<Timeline, 'events'>;
	events: PackedRecords;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function packRecords(rows: readonly Record<string, unknown>[]): PackedRecords {
	const keys: string[] = [];
	const seen = new Set<string>();
	for (const row of rows)
		for (const key in row)
			if (row[key] !== undefined && !seen.has(key)) {
				seen.add(key);
				keys.push(key);
			}
	const cols = keys.map((key): PackedColumn => {
		const values: unknown[] = [];
		const gaps: number[] = [];
		rows.forEach((row, i) => {
			const v = row[key];
			if (v === undefined) gaps.push(i);
			else values.push(v);
		});
		const col: PackedColumn = values.every(isPlainObject)
			? { r: packRecords(values as Record<string, unknown>[]) }
			: values.length > 0 && values.every(isScalarList)
				? lists(values as unknown[][])
				: dictionary(values);
		if (gaps.length > 0) col.gaps = gaps;
		return col;
	});
	return { n: rows.length, keys, cols };
}

const isScalar = (v: unknown) => v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
const isScalarList = (v: unknown) => Array.isArray(v) && v.every(isScalar);

function lists(values: unknown[][]): PackedColumn {
	const index = new Map<unknown, number>();
	const l: number[] = [];
	const lf: number[] = [];
	for (const list of values) {
		l.push(list.length);
		for (const item of list) {
			let k = index.get(item);
			if (k === undefined) index.set(item, (k = index.size));
			lf.push(k);
		}
	}
	return { l, ld: [...index.keys()], lf };
}

/** Scalars that repeat (at most 64 distinct, and at most a quarter of the rows) as indexes into a list. */
function dictionary(values: unknown[]): PackedColumn {
	if (values.length < 8 || !values.every(isScalar)) return { v: values };
	const index = new Map<unknown, number>();
	const i: number[] = [];
	for (const v of values) {
		let k = index.get(v);
		if (k === undefined) {
			if (index.size >= 64 || index.size >= values.length / 4) return { v: values };
			index.set(v, (k = index.size));
		}
		i.push(k);
	}
	return { d: [...index.keys()], i };
}

/**
 * A column of lists, each distinct list made once and shared by the rows that have it, frozen so
 * that no row can change another's: 100,000 events have a few hundred distinct lists of parties or
 * actors, and 300,000 small arrays were much of the garbage collection of a first render.
 */
function unpackLists(l: number[], ld: unknown[], lf: number[]): readonly unknown[][] {
	const out: unknown[][] = new Array(l.length);
	const empty = Object.freeze([] as unknown[]) as unknown[];
	const single: (unknown[] | undefined)[] = new Array(ld.length);
	const many = new Map<string, unknown[]>();
	for (let i = 0, p = 0; i < l.length; i++) {
		const n = l[i]!;
		if (n === 0) out[i] = empty;
		else if (n === 1) {
			const k = lf[p++]!;
			out[i] = single[k] ??= Object.freeze([ld[k]]) as unknown[];
		} else {
			let key = String(lf[p]);
			for (let j = 1; j < n; j++) key += ',' + lf[p + j];
			let list = many.get(key);
			if (!list) {
				list = new Array(n);
				for (let j = 0; j < n; j++) list[j] = ld[lf[p + j]!];
				many.set(key, Object.freeze(list) as unknown[]);
			}
			out[i] = list;
			p += n;
		}
	}
	return out;
}

function columnValues(col: PackedColumn): readonly unknown[] {
	if (col.r) return unpackRecords(col.r);
	if (col.d && col.i) return col.i.map((k) => col.d![k]);
	if (col.l && col.ld && col.lf) return unpackLists(col.l, col.ld, col.lf);
	return col.v ?? [];
}

/**
 * The rows of `packed`, each with the keys it has and, when `extra` is given, those keys too (set
 * to undefined until the caller fills them in).
 *
 * Rows are cloned from a template with every key they will have, then filled column by column:
 * a row built key by key grows its property store several times over, and at 100,000 rows that
 * garbage was much of the time unpacking took. Rows without some keys (gaps) get a template of
 * their own, one per distinct set of keys.
 */
export function unpackRecords(packed: PackedRecords, extra: readonly string[] = []): Record<string, unknown>[] {
	const { n, keys, cols } = packed;
	const gaps = cols.map((c) => c.gaps ?? []);
	const templates = new Map<string, Record<string, unknown>>();
	const template = (missing: string) => {
		let t = templates.get(missing);
		if (!t) {
			const absent = new Set(missing.split(',').filter(Boolean).map(Number));
			t = {};
			keys.forEach((key, j) => absent.has(j) || (t![key] = undefined));
			for (const key of extra) if (!(key in t)) t[key] = undefined;
			templates.set(missing, t);
		}
		return t;
	};
	const out: Record<string, unknown>[] = new Array(n);
	if (gaps.every((g) => g.length === 0)) {
		const t = template('');
		for (let i = 0; i < n; i++) out[i] = { ...t };
	} else {
		// The keys each row lacks, from the (ascending) gaps of every column.
		const at = new Array<number>(keys.length).fill(0);
		for (let i = 0; i < n; i++) {
			let missing = '';
			for (let j = 0; j < keys.length; j++)
				if (gaps[j]![at[j]!] === i) {
					at[j]!++;
					missing += `${j},`;
				}
			out[i] = { ...template(missing) };
		}
	}
	keys.forEach((key, j) => {
		const values = columnValues(cols[j]!);
		const g = gaps[j]!;
		if (g.length === 0) {
			for (let i = 0; i < n; i++) out[i]![key] = values[i];
			return;
		}
		for (let i = 0, k = 0, p = 0; i < n; i++) {
			if (p < g.length && g[p] === i) p++;
			else out[i]![key] = values[k++];
		}
	});
	return out;
}

/** Same JSON value (key order aside). */
function sameJson(a: unknown, b: unknown): boolean {
	if (a === b) return true;
	if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
	const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
	const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
	return ka.length === kb.length && ka.every((k) => sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** The span `unpackTimeline` derives for an event packed without one. */
function derivedSpan(date: string | null | undefined, points?: Map<string, DatePoint | null>): DateSpan | null {
	if (date === null) return { type: 'unscheduled', edtf: null };
	return typeof date === 'string' ? parseSimpleDate(date, points) : null;
}

export function packTimeline(timeline: Timeline): PackedTimeline {
	const { events, ...meta } = timeline;
	const rows = events.map((e) => {
		if (!sameJson(derivedSpan(e.date), e.span)) return e as unknown as Record<string, unknown>;
		const { span: _span, ...rest } = e;
		return rest;
	});
	return { format: PACK_FORMAT, meta, events: packRecords(rows) };
}

export function isPackedTimeline(value: unknown): value is PackedTimeline {
	return isPlainObject(value) && value.format === PACK_FORMAT && isPlainObject(value.meta) && isPlainObject(value.events);
}

export function unpackTimeline(packed: PackedTimeline): Timeline {
	const events = unpackRecords(packed.events, ['span']) as unknown as TimelineEvent[];
	// Events on one date share its span (spans are never changed once made): 100,000 events over
	// ten years have a few thousand dates, and parsing each date once saved a tenth of a second.
	// Intervals are mostly distinct, but their ends are dates that recur: those are read once too.
	const spans = new Map<string | null | undefined, DateSpan | null>();
	const points = new Map<string, DatePoint | null>();
	for (const e of events) {
		if (e.span !== undefined) continue;
		let span = spans.get(e.date);
		if (span === undefined) spans.set(e.date, (span = derivedSpan(e.date, points)));
		if (span) e.span = span;
	}
	return { ...packed.meta, events };
}
