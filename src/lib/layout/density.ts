/**
 * When too many events are in view to draw one by one, each lane shows how many events fall in each
 * few-pixel bin: a density strip. Counting uses a difference array per lane, so it costs
 * O(events in view + bins), however long the spans are.
 */
import type { TimelineEvent } from '../model/model.ts';
import type { TimeToX } from './chart.ts';
import { reach } from './time-index.ts';

export interface Density {
	/** Left edge (px) of the first bin, and the width of a bin. */
	left: number;
	binWidth: number;
	/** One array per lane (in lane order): events meeting each bin. */
	counts: Uint32Array[];
	/** The largest count in any bin of any lane (0 when empty). */
	max: number;
}

export function binDensity(
	events: readonly TimelineEvent[],
	indices: readonly number[],
	laneIndex: ReadonlyMap<string, number>,
	x: TimeToX,
	[left, right]: readonly [number, number],
	binWidth = 3
): Density {
	const bins = Math.max(1, Math.ceil((right - left) / binWidth));
	const diff = Array.from({ length: laneIndex.size }, () => new Int32Array(bins + 1));
	const binOf = (px: number) => Math.floor((px - left) / binWidth);
	for (const i of indices) {
		const e = events[i]!;
		const r = reach(e);
		if (!r) continue;
		// The event's own span (not its forecast), clamped to the strip.
		const s = e.span as { min: number; max: number };
		const lo = r[0] === -Infinity ? left : x(s.min);
		const hi = r[1] === Infinity ? right : x(s.max);
		const first = Math.max(0, Math.min(bins - 1, binOf(lo)));
		const last = Math.max(first, Math.min(bins - 1, binOf(Math.max(lo, hi - 0.001))));
		if (binOf(hi) < 0 || binOf(lo) >= bins) continue;
		for (const p of e.parties) {
			const lane = laneIndex.get(p);
			if (lane === undefined) continue;
			diff[lane]![first]! += 1;
			diff[lane]![last + 1]! -= 1;
		}
	}
	let max = 0;
	const counts = diff.map((d) => {
		const out = new Uint32Array(bins);
		let run = 0;
		for (let k = 0; k < bins; k++) {
			run += d[k]!;
			out[k] = run;
			if (run > max) max = run;
		}
		return out;
	});
	return { left, binWidth, counts, max };
}
