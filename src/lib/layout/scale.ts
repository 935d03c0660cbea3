/** Time extents and windows in UTC milliseconds, and the scale that maps them to pixels. */
import { scaleUtc } from 'd3-scale';
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

export function timeScale(window: Window, range: readonly [number, number]) {
	return scaleUtc().domain([new Date(window[0]), new Date(window[1])]).range(range);
}

/** The window after zooming by `factor` (>1 zooms in) about the instant `at`. */
export function zoomWindow([a, b]: Window, factor: number, at = (a + b) / 2): Window {
	return [at - (at - a) / factor, at + (b - at) / factor];
}
