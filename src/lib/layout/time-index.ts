/**
 * Which events touch a time window, without looking at every event: dated events sorted by start,
 * searched by bisection. Built once per timeline; a query costs O(log n + what it returns), so panning
 * and zooming a 100,000-event timeline touches only what is on screen.
 */
import type { TimelineEvent } from '../model/model.ts';
import { orderBy } from './order.ts';

type Dated = Exclude<TimelineEvent['span'], { type: 'unscheduled' }>;

/** Where a dated span starts and ends, an open end running on for ever. */
export const spanStart = (s: Dated): number => (s.type === 'interval' && s.from === 'open' ? -Infinity : s.min);
export const spanEnd = (s: Dated): number => (s.type === 'interval' && s.to === 'open' ? Infinity : s.max);

/** The instants an event's drawing can reach: its span, its forecast window, and open ends. */
export function reach(e: TimelineEvent): readonly [number, number] | null {
	const s = e.span;
	if (s.type === 'unscheduled') return null;
	return [reachStart(e, s), reachEnd(e, s)];
}
/** reach(e)'s two ends without the pair it allocates (for indexes built over 100,000 events). */
const reachStart = (e: TimelineEvent, s: Dated) => Math.min(spanStart(s), e.forecast?.span.min ?? Infinity);
const reachEnd = (e: TimelineEvent, s: Dated) => (spanEnd(s) === Infinity ? Infinity : Math.max(s.max, e.forecast?.span.max ?? -Infinity));

function lowerBound(a: Float64Array, x: number): number {
	let lo = 0;
	let hi = a.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (a[mid]! < x) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** How many values of the sorted array are ≤ x. */
function upperBound(a: Float64Array, x: number): number {
	let lo = 0;
	let hi = a.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (a[mid]! <= x) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** A narrowed index's source: the index of a timeline, and the events of it that were kept (see subset). */
export interface Narrowing {
	parent: TimeIndex;
	/** Ascending indexes into the parent's events: the events, in order, of the narrowed timeline. */
	kept: ArrayLike<number>;
}

export class TimeIndex {
	/** Event indexes of short-reaching events, by start. */
	readonly #order: Int32Array;
	readonly #lo: Float64Array;
	readonly #hi: Float64Array;
	/** The longest reach among them: a query looks back this far. */
	readonly #longest: number;
	/** Events reaching further than a `longAfter` (and open ends): few, checked one by one. */
	readonly #long: { i: number; lo: number; hi: number }[] = [];
	readonly dated: number;
	/** How many events (dated or not) the index covers. */
	readonly #n: number;
	/** All dated events by reach start, and by reach end: for what lies wholly before or after a window. */
	readonly #byLo: { i: Int32Array; t: Float64Array };
	readonly #byHi: { i: Int32Array; t: Float64Array };

	/**
	 * @param events the timeline's events; or the index of a timeline and which of its events a
	 *   narrower one kept (a filter): then the parent's sorted columns are narrowed in one pass,
	 *   with no sorting and no event read, which at 100,000 events is a few milliseconds instead of
	 *   tens. Same answers as an index built from the kept events.
	 * @param longAfter reaches longer than this (ms) are kept apart, so that one long span does not
	 *   make every query look back across it. Default: a fiftieth of the dated extent (narrowed: the
	 *   parent's split).
	 */
	constructor(events: readonly TimelineEvent[] | Narrowing, longAfter?: number) {
		if (!Array.isArray(events)) {
			const { parent, kept } = events as Narrowing;
			// Parent event index → narrowed event index, or -1 for events not kept.
			const to = new Int32Array(parent.#n).fill(-1);
			for (let j = 0; j < kept.length; j++) to[kept[j]!] = j;
			this.#n = kept.length;
			const narrow = ({ i, t }: { i: Int32Array; t: Float64Array }) => {
				let m = 0;
				for (let k = 0; k < i.length; k++) if (to[i[k]!]! >= 0) m++;
				const out = { i: new Int32Array(m), t: new Float64Array(m) };
				for (let k = 0, o = 0; k < i.length; k++) {
					const j = to[i[k]!]!;
					if (j < 0) continue;
					out.i[o] = j;
					out.t[o++] = t[k]!;
				}
				return out;
			};
			this.#byLo = narrow(parent.#byLo);
			this.#byHi = narrow(parent.#byHi);
			this.dated = this.#byLo.i.length;
			const short = narrow({ i: parent.#order, t: parent.#lo });
			const his = new Float64Array(short.i.length);
			let longest = 0;
			for (let k = 0, o = 0; k < parent.#order.length; k++) {
				if (to[parent.#order[k]!]! < 0) continue;
				his[o] = parent.#hi[k]!;
				longest = Math.max(longest, his[o]! - short.t[o]!);
				o++;
			}
			this.#order = short.i;
			this.#lo = short.t;
			this.#hi = his;
			this.#longest = longest;
			for (const r of parent.#long) if (to[r.i]! >= 0) this.#long.push({ i: to[r.i]!, lo: r.lo, hi: r.hi });
			return;
		}
		// Columns, not an object per event: building this for 100,000 events was a tenth of a second
		// of allocation and garbage collection on the page's first render.
		const n = events.length;
		this.#n = n;
		const at = new Int32Array(n);
		const los = new Float64Array(n);
		const his = new Float64Array(n);
		let m = 0;
		let min = Infinity;
		let max = -Infinity;
		for (let i = 0; i < n; i++) {
			const e = events[i]!;
			const s = e.span;
			if (s.type === 'unscheduled') continue;
			const lo = reachStart(e, s);
			const hi = reachEnd(e, s);
			at[m] = i;
			los[m] = lo;
			his[m] = hi;
			m++;
			if (Number.isFinite(lo)) min = Math.min(min, lo);
			if (Number.isFinite(hi)) max = Math.max(max, hi);
		}
		this.dated = m;
		// Positions 0..m-1 sorted by a key, ties in event order (positions follow event order).
		const byLo = orderBy(los.subarray(0, m));
		const byHi = orderBy(his.subarray(0, m));
		// Each sorted column in one plain loop over typed arrays: this runs once per timeline, in code
		// the engine has not optimised yet, where a generic helper per column was several times slower.
		const loI = new Int32Array(m);
		const loT = new Float64Array(m);
		const hiI = new Int32Array(m);
		const hiT = new Float64Array(m);
		for (let k = 0; k < m; k++) {
			const a = byLo[k]!;
			loI[k] = at[a]!;
			loT[k] = los[a]!;
			const b = byHi[k]!;
			hiI[k] = at[b]!;
			hiT[k] = his[b]!;
		}
		this.#byLo = { i: loI, t: loT };
		this.#byHi = { i: hiI, t: hiT };
		const limit = longAfter ?? (max > min ? (max - min) / 50 : Infinity);
		// In byLo's order, so the short ones are by (start, index) with no further sort.
		const order = new Int32Array(m);
		const lo = new Float64Array(m);
		const hi = new Float64Array(m);
		let s = 0;
		let longest = 0;
		for (let k = 0; k < m; k++) {
			const a = byLo[k]!;
			const span = his[a]! - los[a]!;
			if (span <= limit) {
				order[s] = at[a]!;
				lo[s] = los[a]!;
				hi[s] = his[a]!;
				s++;
				if (span > longest) longest = span;
			} else this.#long.push({ i: at[a]!, lo: los[a]!, hi: his[a]! }); // also NaN and open ends
		}
		this.#order = order.subarray(0, s);
		this.#lo = lo.subarray(0, s);
		this.#hi = hi.subarray(0, s);
		this.#longest = longest;
	}

	/** Indexes (into the events given) of dated events whose reach meets [a, b], ascending. */
	query(a: number, b: number): number[] {
		const out: number[] = [];
		for (let k = lowerBound(this.#lo, a - this.#longest); k < this.#lo.length && this.#lo[k]! <= b; k++)
			if (this.#hi[k]! >= a) out.push(this.#order[k]!);
		for (const r of this.#long) if (r.lo <= b && r.hi >= a) out.push(r.i);
		return out.sort((x, y) => x - y);
	}

	/** Events wholly before `a` (reach ends at or before it): how many, and the one that ends last. */
	before(a: number): { count: number; nearest: number | null } {
		const { i, t } = this.#byHi;
		const count = upperBound(t, a);
		return { count, nearest: count > 0 ? i[count - 1]! : null };
	}

	/** Events wholly after `b` (reach starts at or after it): how many, and the one that starts first. */
	after(b: number): { count: number; nearest: number | null } {
		const { i, t } = this.#byLo;
		const first = lowerBound(t, b);
		return { count: t.length - first, nearest: first < t.length ? i[first]! : null };
	}

	/** How many dated events meet [a, b] (without building the list when it passes `stopAt`). */
	count(a: number, b: number, stopAt = Infinity): number {
		let n = 0;
		for (const r of this.#long) if (r.lo <= b && r.hi >= a && ++n >= stopAt) return n;
		for (let k = lowerBound(this.#lo, a - this.#longest); k < this.#lo.length && this.#lo[k]! <= b; k++)
			if (this.#hi[k]! >= a && ++n >= stopAt) return n;
		return n;
	}
}
