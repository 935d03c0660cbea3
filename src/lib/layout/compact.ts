/**
 * Compact marks: between a view few enough to draw one element tree per event (with labels, focus
 * rings and masks) and one so crowded that lanes show density strips, each lane's marks are drawn
 * as a few paths, one per style. Creating or moving hundreds of per-event trees took hundreds of
 * milliseconds a frame; a path per style costs a handful of attribute changes, whatever the count.
 * Pure: the chart layout in, path data out.
 */
import type { EventLayout } from './chart.ts';
import { BAR_HEIGHT, MARK_RADIUS } from './frame.ts';
import { round1 } from './bars.ts';

/** How a compact mark is drawn: the same distinctions the full marks make, without masks. */
export type CompactStyle = 'day' | 'span' | 'period' | 'approximate' | 'uncertain';
export const COMPACT_STYLES: readonly CompactStyle[] = ['period', 'span', 'day', 'approximate', 'uncertain'];

export interface CompactLane {
	party: string;
	paths: { style: CompactStyle; d: string }[];
}

export interface Compact {
	lanes: CompactLane[];
	/** The vertical lines joining an event's marks in several lanes. */
	connectors: string;
}

export function compactStyle(l: EventLayout): CompactStyle {
	if (l.uncertain) return 'uncertain';
	if (l.approximate) return 'approximate';
	if (l.shape === 'period') return 'period';
	return l.shape === 'dot' ? 'day' : 'span';
}

const R = MARK_RADIUS;
const H = BAR_HEIGHT;

function shape(l: EventLayout, y: number): string {
	if (l.shape === 'dot') {
		const x = round1(l.x0);
		return 'M' + (x - R) + ',' + y + 'a' + R + ',' + R + ' 0 1,0 ' + 2 * R + ',0a' + R + ',' + R + ' 0 1,0 ' + -2 * R + ',0z';
	}
	const w = round1(Math.max(4, l.x1 - l.x0));
	return 'M' + round1(l.x0) + ',' + (y - H / 2) + 'h' + w + 'v' + H + 'h' + -w + 'z';
}

/**
 * Path data for `events` (dated ones; unscheduled events keep their own marks), lane by lane in the
 * order of `parties`, leaving out those `full` says are drawn as full marks (the focused, the selected).
 */
export function compactMarks(events: readonly EventLayout[], parties: readonly string[], full: (l: EventLayout) => boolean): Compact {
	const byParty = new Map(parties.map((p) => [p, new Map<CompactStyle, string>()]));
	let connectors = '';
	for (const l of events) {
		if (l.shape === 'unscheduled' || !l.inView || full(l)) continue;
		const style = compactStyle(l);
		for (const m of l.marks) {
			const paths = byParty.get(m.party);
			if (paths) paths.set(style, (paths.get(style) ?? '') + shape(l, m.y));
		}
		if (l.marks.length > 1) connectors += 'M' + round1(l.cx) + ',' + l.marks[0]!.y + 'V' + l.marks.at(-1)!.y;
	}
	const lanes = parties.map((party) => {
		const paths = byParty.get(party)!;
		return { party, paths: COMPACT_STYLES.filter((s) => paths.has(s)).map((style) => ({ style, d: paths.get(style)! })) };
	});
	return { lanes, connectors };
}

/**
 * The event nearest a point (SVG px) among those drawn compact: the position in `events` of the
 * mark within `reach` px of it, or null. Spans count from their start to their end.
 */
export function pickCompact(events: readonly EventLayout[], x: number, y: number, full: (l: EventLayout) => boolean, reach = 8): number | null {
	let best: number | null = null;
	let bestDistance = Infinity;
	events.forEach((l, k) => {
		if (l.shape === 'unscheduled' || !l.inView || full(l)) return;
		const left = l.shape === 'dot' ? l.x0 - R : l.x0;
		const right = l.shape === 'dot' ? l.x0 + R : Math.max(l.x1, l.x0 + 4);
		const dx = x < left ? left - x : x > right ? x - right : 0;
		for (const m of l.marks) {
			const dy = Math.max(0, Math.abs(y - m.y) - H / 2);
			const d = Math.hypot(dx, dy);
			if (d <= reach && d < bestDistance) [best, bestDistance] = [k, d];
		}
	});
	return best;
}
