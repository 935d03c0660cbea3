/** Time extents and windows in UTC milliseconds, and the scale that maps them to pixels. */
import { calendarTicks } from './calendar.ts';
import { DAY } from '../model/date-span.ts';
import type { TimelineEvent } from '../model/model.ts';

export type Window = readonly [number, number];

/** The narrowest window one may zoom to: about a day across the chart. */
export const MIN_WINDOW = DAY;

/** From the earliest to the latest instant of all dated events, with a margin; null when none is dated. */
export function timeExtent(events: readonly TimelineEvent[]): Window | null {
	let min = Infinity;
	let max = -Infinity;
	for (const e of events) {
		if (e.span.type === 'unscheduled') continue;
		min = Math.min(min, e.span.min);
		max = Math.max(max, e.span.max, e.forecast?.span.max ?? -Infinity);
	}
	if (min > max) return null;
	const pad = Math.max(DAY, (max - min) * 0.04);
	return [min - pad, max + pad];
}

/** The window widened to cover `within` where it is too narrow, and clamped into `within`. */
export function clampWindow([a, b]: Window, within: Window): Window {
	const span = Math.min(Math.max(b - a, MIN_WINDOW), within[1] - within[0]);
	const start = Math.min(Math.max(a + (b - a - span) / 2, within[0]), within[1] - span);
	return [start, start + span];
}

/**
 * A linear map from UTC instants to pixels, with calendar ticks of a day or more (calendar.ts). It
 * computes what d3-scale's scaleUtc does (the spec compares them), without the interpolators,
 * colour parsing and locale formats that d3-scale brings along and the page never uses.
 */
export interface TimeScale {
	(t: Date | number): number;
	invert(px: number): Date;
	domain(): [Date, Date];
	range(): [number, number];
	/** About `count` ticks on calendar boundaries (d3's steps), a day apart at least. */
	ticks(count?: number): Date[];
}

export function timeScale([d0, d1]: Window, [r0, r1]: readonly [number, number]): TimeScale {
	// The same arithmetic as d3 (normalise, then a * (1 - t) + b * t), so pixels match to the bit.
	const scale = (t: Date | number) => {
		const u = d1 === d0 ? 0.5 : (+t - d0) / (d1 - d0);
		return r0 * (1 - u) + r1 * u;
	};
	scale.invert = (px: number) => {
		const u = r1 === r0 ? 0.5 : (px - r0) / (r1 - r0);
		return new Date(Math.round(d0 * (1 - u) + d1 * u));
	};
	scale.domain = (): [Date, Date] => [new Date(d0), new Date(d1)];
	scale.range = (): [number, number] => [r0, r1];
	scale.ticks = (count = 10): Date[] => {
		const [a, b] = d0 <= d1 ? [d0, d1] : [d1, d0];
		const ticks = calendarTicks(a, b, count);
		return d0 <= d1 ? ticks : ticks.reverse();
	};
	return scale;
}

/** The window after zooming by `factor` (>1 zooms in) about the instant `at`. */
export function zoomWindow([a, b]: Window, factor: number, at = (a + b) / 2): Window {
	return [at - (at - a) / factor, at + (b - at) / factor];
}

/**
 * How much one wheel event zooms (>1 zooms in): d3-zoom's rule, so a notch of a mouse wheel or a
 * trackpad's stream of small deltas feel as they do in other d3 charts. Trackpad pinches arrive as
 * wheel events with ctrlKey set and small deltas, hence the ten times.
 */
export function wheelFactor({ deltaY, deltaMode, ctrlKey }: { deltaY: number; deltaMode: number; ctrlKey: boolean }): number {
	return 2 ** (-deltaY * (deltaMode === 1 ? 0.05 : deltaMode ? 1 : 0.002) * (ctrlKey ? 10 : 1));
}

/** The window dragged by `dx` pixels on a chart `width` pixels wide: what was under the pointer stays under it. */
export function dragByPixels([a, b]: Window, dx: number, width: number): Window {
	const dt = (-dx * (b - a)) / width;
	return [a + dt, b + dt];
}

/**
 * The window that puts instant `t1` at pixel `p1` and `t2` at `p2` (two fingers of a pinch, each
 * holding the instant it first touched), for a time axis running from `left` over `width` pixels.
 * Null when the fingers are at one x, or have crossed.
 */
export function pinchWindow(t1: number, p1: number, t2: number, p2: number, left: number, width: number): Window | null {
	if (t1 === t2 || (p2 - p1) / (t2 - t1) <= 0) return null;
	const span = ((t2 - t1) * width) / (p2 - p1);
	const a = t1 - ((p1 - left) * span) / width;
	return [a, a + span];
}
