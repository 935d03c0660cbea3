/**
 * Which events touch a time window, without looking at every event: dated events sorted by start,
 * searched by bisection. Built once per timeline; a query costs O(log n + what it returns), so panning
 * and zooming a 100,000-event timeline touches only what is on screen.
 */
import type { TimelineEvent } from '../model/model.ts';

/** The instants an event's drawing can reach: its span, its forecast window, and open ends. */
export function reach(e: TimelineEvent): readonly [number, number] | null {
	const s = e.span;
	if (s.type === 'unscheduled') return null;
	const lo = s.type === 'interval' && s.from === 'open' ? -Infinity : s.min;
	const hi = s.type === 'interval' && s.to === 'open' ? Infinity : Math.max(s.max, e.forecast?.span.max ?? -Infinity);
	return [Math.min(lo, e.forecast?.span.min ?? Infinity), hi];
}

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
	/** All dated events by reach start, and by reach end: for what lies wholly before or after a window. */
	readonly #byLo: { i: Int32Array; t: Float64Array };
	readonly #byHi: { i: Int32Array; t: Float64Array };

	/**
	 * @param longAfter reaches longer than this (ms) are kept apart, so that one long span does not
	 *   make every query look back across it. Default: a fiftieth of the dated extent.
	 */
	constructor(events: readonly TimelineEvent[], longAfter?: number) {
		const reaches: { i: number; lo: number; hi: number }[] = [];
		let min = Infinity;
		let max = -Infinity;
		events.forEach((e, i) => {
			const r = reach(e);
			if (!r) return;
			reaches.push({ i, lo: r[0], hi: r[1] });
			if (Number.isFinite(r[0])) min = Math.min(min, r[0]);
			if (Number.isFinite(r[1])) max = Math.max(max, r[1]);
		});
		this.dated = reaches.length;
		// One comparator per key: a comparator that looks the key up (x[key]) is several times slower.
		const byLo = [...reaches].sort((x, y) => x.lo - y.lo || x.i - y.i);
		const byHi = [...reaches].sort((x, y) => x.hi - y.hi || x.i - y.i);
		this.#byLo = { i: Int32Array.from(byLo, (r) => r.i), t: Float64Array.from(byLo, (r) => r.lo) };
		this.#byHi = { i: Int32Array.from(byHi, (r) => r.i), t: Float64Array.from(byHi, (r) => r.hi) };
		const limit = longAfter ?? (max > min ? (max - min) / 50 : Infinity);
		const short = reaches.filter((r) => {
			const long = !(r.hi - r.lo <= limit);
			if (long) this.#long.push(r);
			return !long;
		});
		short.sort((a, b) => a.lo - b.lo || a.i - b.i);
		this.#order = Int32Array.from(short, (r) => r.i);
		this.#lo = Float64Array.from(short, (r) => r.lo);
		this.#hi = Float64Array.from(short, (r) => r.hi);
		this.#longest = short.reduce((m, r) => Math.max(m, r.hi - r.lo), 0);
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
