/**
 * When too many events are in view to draw one by one, each lane shows how many events meet each
 * few-pixel bin: a density strip. Every lane keeps its events' start and end instants sorted, so the
 * events meeting [t0, t1] number (starts ≤ t1) − (ends < t0): two bisections per bin, whatever the
 * number of events. A frame costs O(bins × lanes × log n), not O(n).
 */
import { spanEnd, spanStart } from './time-index.ts';
import type { TimelineEvent } from '../model/model.ts';

export interface Density {
	/** Left edge (px) of the first bin, and the width of a bin. */
	left: number;
	binWidth: number;
	/** One array per lane (in lane order): events meeting each bin. */
	counts: Uint32Array[];
	/** The largest count in any bin of any lane (0 when empty). */
	max: number;
	/** Per lane, the events meeting the whole strip. */
	inView: number[];
}

/** How many values of the sorted array are ≤ x (or < x when `strict`). */
function rank(a: Float64Array, x: number, strict: boolean): number {
	let lo = 0;
	let hi = a.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (strict ? a[mid]! < x : a[mid]! <= x) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/**
 * rank(a, x, strict) for an x no smaller than the one whose rank is `from`: searched from there
 * in steps that double, then by bisection within the last step, so in about 2·log2(d) steps for d
 * values passed. Most bins of a sparse lane pass none (one step), where a bisection of the whole
 * lane each was most of a strip's time at 1,000 events; a dense lane costs about what it did.
 */
function rankFrom(a: Float64Array, x: number, strict: boolean, from: number): number {
	const n = a.length;
	// a[0..lo) rank below x; the rank is at most hi.
	let lo = from;
	let hi = from;
	for (let step = 1; hi < n && (strict ? a[hi]! < x : a[hi]! <= x); step *= 2) {
		lo = hi + 1;
		hi = lo + step;
	}
	if (hi > n) hi = n;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (strict ? a[mid]! < x : a[mid]! <= x) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

export class DensityIndex {
	readonly #starts: Float64Array[];
	readonly #ends: Float64Array[];
	/** Lane by party id, as given. */
	readonly #lanes: ReadonlyMap<string, number>;

	/**
	 * @param events the timeline's events, or the density index of a timeline of which these are
	 *   the events of some parties, every event of each of those parties (a party filter, with no
	 *   kind filter): then each lane is the parent's lane of the same party, as it is, not sorted
	 *   again.
	 * @param laneIndex lane by party id.
	 */
	constructor(events: readonly TimelineEvent[] | { parent: DensityIndex }, laneIndex: ReadonlyMap<string, number>) {
		this.#lanes = laneIndex;
		if (!Array.isArray(events)) {
			const { parent } = events as { parent: DensityIndex };
			const starts: Float64Array[] = new Array(laneIndex.size);
			const ends: Float64Array[] = new Array(laneIndex.size);
			for (const [party, lane] of laneIndex) {
				const from = parent.#lanes.get(party);
				starts[lane] = from === undefined ? new Float64Array(0) : parent.#starts[from]!;
				ends[lane] = from === undefined ? new Float64Array(0) : parent.#ends[from]!;
			}
			this.#starts = starts;
			this.#ends = ends;
			return;
		}
		const starts: number[][] = Array.from({ length: laneIndex.size }, () => []);
		const ends: number[][] = Array.from({ length: laneIndex.size }, () => []);
		for (const e of events) {
			const s = e.span;
			if (s.type === 'unscheduled') continue;
			// The event's own span, not its forecast window; open ends run on.
			const lo = spanStart(s);
			const hi = spanEnd(s);
			for (const p of e.parties) {
				const lane = laneIndex.get(p);
				if (lane === undefined) continue;
				starts[lane]!.push(lo);
				ends[lane]!.push(hi);
			}
		}
		this.#starts = starts.map((a) => Float64Array.from(a).sort());
		this.#ends = ends.map((a) => Float64Array.from(a).sort());
	}

	/** Events of a lane that meet [t0, t1) (a span's end instant is exclusive). */
	countIn(lane: number, t0: number, t1: number): number {
		return rank(this.#starts[lane]!, t1, true) - rank(this.#ends[lane]!, t0, false);
	}

	/**
	 * Counts per bin across [left, right] px; `invert` maps px back to a UTC instant (a d3 scale's
	 * invert, as a number), later instants to the right.
	 */
	bins(invert: (px: number) => number, [left, right]: readonly [number, number], binWidth = 3): Density {
		const n = Math.max(1, Math.ceil((right - left) / binWidth));
		const edges = Float64Array.from({ length: n + 1 }, (_, k) => invert(left + k * binWidth));
		let max = 0;
		const counts = this.#starts.map((starts, lane) => {
			const ends = this.#ends[lane]!;
			const out = new Uint32Array(n);
			// The edges ascend, so each rank is found from the last one on (see rankFrom).
			let s = rank(starts, edges[1]!, true);
			let e = rank(ends, edges[0]!, false);
			for (let k = 0; k < n; k++) {
				if (k > 0) {
					s = rankFrom(starts, edges[k + 1]!, true, s);
					e = rankFrom(ends, edges[k]!, false, e);
				}
				const c = s - e;
				out[k] = c;
				if (c > max) max = c;
			}
			return out;
		});
		const inView = counts.map((_, lane) => this.countIn(lane, edges[0]!, edges[n]!));
		return { left, binWidth, counts, max, inView };
	}
}
