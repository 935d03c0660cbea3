/**
 * The overview strip under the chart: the whole time extent in a short band, every dated event as a
 * tick in its lane's row, and the visible window as a brush with two handles. Pure: pixels from
 * windows, and new windows from drags and keys. The component hands those windows to ChartView;
 * nothing here lays out the main chart.
 */
import type { Density } from './density.ts';
import { barsPath, round1, round2 } from './bars.ts';
import { formatUtc as format } from '../model/calendar.ts';
import { DAY } from '../model/date-span.ts';
import type { Party, TimelineEvent } from '../model/model.ts';
import { MIN_WINDOW, timeScale, type Window } from './scale.ts';
import { axisLayout, fitTicks, styleFormat, tickStyle } from './ticks.ts';
import { EN_DATES, type DateLocale } from '../i18n/dates.ts';

export const OVERVIEW_HEIGHT = 44;
/** Room at each end, so a handle at the very start or end of time can still be grabbed. */
export const OVERVIEW_MARGIN = 12;
/** Where the event rows go, and the baseline of the axis labels. */
export const BAND_TOP = 5;
export const BAND_HEIGHT = 23;
export const LABEL_BASELINE = 40;
/** The window is drawn at least this wide (about its true centre), so it stays visible and grabbable. */
export const MIN_BRUSH_PX = 20;
/** Keys pan by this share of the window; Shift + arrows grow or shrink it by the same share. */
export const KEY_STEP = 0.1;
/** + and − zoom by this factor, as they do in the chart. */
export const KEY_ZOOM = 2;
const MINUTE = 60_000;

/** Maps instants of the whole extent to x in the strip, and back. */
export interface OverviewScale {
	left: number;
	right: number;
	x: (ms: number) => number;
	time: (px: number) => number;
}

export function overviewScale(extent: Window, width: number): OverviewScale {
	const left = OVERVIEW_MARGIN;
	const right = Math.max(left + 1, width - OVERVIEW_MARGIN);
	const k = (right - left) / Math.max(1, extent[1] - extent[0]);
	return { left, right, x: (ms) => left + (ms - extent[0]) * k, time: (px) => extent[0] + (px - left) / k };
}

const clamp = (v: number, lo: number, hi: number) => Math.min(Math.max(v, lo), hi);

/** Where the window is drawn: its true edges, or MIN_BRUSH_PX about its centre when it is narrower. */
export function brushBox([a, b]: Window, s: OverviewScale): { x0: number; x1: number } {
	const x0 = s.x(a);
	const x1 = s.x(b);
	if (x1 - x0 >= MIN_BRUSH_PX) return { x0, x1 };
	const start = clamp((x0 + x1) / 2 - MIN_BRUSH_PX / 2, s.left, Math.max(s.left, s.right - MIN_BRUSH_PX));
	return { x0: start, x1: start + MIN_BRUSH_PX };
}

export interface OverviewMark {
	key: string;
	lane: number;
	x: number;
	y: number;
	width: number;
	height: number;
	/** Known only to the month or year, or running on without an end: drawn lighter. */
	light: boolean;
}

/** One tick or bar per dated event and party, in that party's row; unscheduled events have no place. */
export function overviewMarks(events: readonly TimelineEvent[], parties: readonly Party[], s: OverviewScale): OverviewMark[] {
	const lanes = new Map(parties.map((p, i) => [p.id, i]));
	const pitch = Math.min(7, BAND_HEIGHT / Math.max(1, parties.length));
	const height = Math.max(1.5, pitch - (pitch >= 4 ? 2 : 0.5));
	const top = BAND_TOP + (BAND_HEIGHT - pitch * parties.length) / 2 + (pitch - height) / 2;
	const out: OverviewMark[] = [];
	for (const e of events) {
		const span = e.span;
		if (span.type === 'unscheduled') continue;
		let x0 = span.type === 'interval' && span.from === 'open' ? s.left : s.x(span.min);
		let x1 = span.type === 'interval' && span.to === 'open' ? s.right : s.x(span.max);
		if (x1 - x0 < 2) [x0, x1] = [(x0 + x1) / 2 - 1, (x0 + x1) / 2 + 1];
		const light =
			span.type === 'point'
				? span.point.precision !== 'day'
				: [span.from, span.to].some((end) => typeof end === 'string' || end.precision !== 'day');
		for (const party of e.parties) {
			const lane = lanes.get(party);
			if (lane === undefined) continue;
			out.push({ key: `${e.id}:${party}`, lane, x: x0, y: top + lane * pitch, width: x1 - x0, height, light });
		}
	}
	return out;
}

/** The least distance between two overview tick labels ("Sep 2025" is about 50 px wide at 11 px). */
const TICK_SPACING = 64;

export interface OverviewTicks {
	/** Tick marks, where years, months or days begin. */
	ticks: { ms: number; x: number }[];
	/** Their labels in UTC, each centred at `x`: a day's over its day, as on the chart's axis (axisLayout). */
	labels: { ms: number; x: number; label: string }[];
}

/** A few calendar ticks for the whole extent (years, months or days, as it spans). */
export function overviewTicks(extent: Window, s: OverviewScale, loc?: DateLocale): OverviewTicks {
	const scale = timeScale(extent, [s.left, s.right]);
	// fitTicks, not ticks(count): d3 may round a count up to a finer calendar step (quarters where
	// years were asked), and "Apr 2022" labels 54 px apart run into each other. A label that would
	// be cut off at an end is left out (axisLayout), with its tick but for a day's.
	const all = fitTicks(scale, s.right - s.left, TICK_SPACING);
	const style = tickStyle(all, extent[1] - extent[0]);
	const { lines, labels } = axisLayout(scale, all, style, TICK_SPACING);
	const label = styleFormat(style, loc);
	return {
		ticks: lines.map(({ t, x }) => ({ ms: t.getTime(), x })),
		labels: labels.map(({ t, x }) => ({ ms: t.getTime(), x, label: label(t) }))
	};
}

/** The window moved by `dt` ms, keeping its width, inside the extent. */
export function panWindow([a, b]: Window, dt: number, extent: Window): Window {
	const width = Math.min(b - a, extent[1] - extent[0]);
	const start = clamp(a + dt, extent[0], extent[1] - width);
	return [start, start + width];
}

export type DragPart = 'window' | 'start' | 'end';

/**
 * The window after dragging `part` by `dt` ms from where it was when the drag began: the window pans,
 * a handle moves its own edge only (never past the other edge less `minWidth`, never out of the extent).
 */
export function dragWindow(from: Window, part: DragPart, dt: number, extent: Window, minWidth = MIN_WINDOW): Window {
	const [a, b] = from;
	const min = Math.min(minWidth, extent[1] - extent[0]);
	if (part === 'window') return panWindow(from, dt, extent);
	if (part === 'start') return [clamp(a + dt, extent[0], Math.max(extent[0], b - min)), Math.min(b, extent[1])];
	return [Math.max(a, extent[0]), clamp(b + dt, Math.min(extent[1], a + min), extent[1])];
}

/** The window, same width, centred on `at` as far as the extent allows. */
export function centreWindow([a, b]: Window, at: number, extent: Window): Window {
	return panWindow([a, b], at - (a + b) / 2, extent);
}

/** The window grown (factor > 1) or shrunk about its centre, at least `minWidth`, at most the extent. */
export function scaleWindow([a, b]: Window, factor: number, extent: Window, minWidth = MIN_WINDOW): Window {
	const full = extent[1] - extent[0];
	const width = clamp((b - a) * factor, Math.min(minWidth, full), full);
	const centre = (a + b) / 2;
	return panWindow([centre - width / 2, centre + width / 2], 0, extent);
}

/**
 * What a key does to the window on the overview slider, or null when the key is not one of its own.
 * ← → (and ↓ ↑) pan by a tenth of the window, Page Up/Down by a whole window; Shift + → moves the end
 * out (wider), Shift + ← in (narrower); + and − zoom about the centre; Home and End go to the ends.
 */
export function keyWindow(window: Window, key: string, shift: boolean, extent: Window): Window | null {
	const [a, b] = window;
	const width = b - a;
	if (shift && (key === 'ArrowRight' || key === 'ArrowUp')) return dragWindow(window, 'end', width * KEY_STEP, extent);
	if (shift && (key === 'ArrowLeft' || key === 'ArrowDown')) return dragWindow(window, 'end', -width * KEY_STEP, extent);
	switch (key) {
		case 'ArrowRight':
		case 'ArrowUp':
			return panWindow(window, width * KEY_STEP, extent);
		case 'ArrowLeft':
		case 'ArrowDown':
			return panWindow(window, -width * KEY_STEP, extent);
		case 'PageUp':
			return panWindow(window, width, extent);
		case 'PageDown':
			return panWindow(window, -width, extent);
		case 'Home':
			return panWindow(window, extent[0] - a, extent);
		case 'End':
			return panWindow(window, extent[1] - b, extent);
		case '+':
		case '=':
			return scaleWindow(window, 1 / KEY_ZOOM, extent);
		case '-':
		case '−':
			return scaleWindow(window, KEY_ZOOM, extent);
		default:
			return null;
	}
}

/** aria-valuenow/min/max of the slider: the window's centre in whole days from the start of the extent. */
export function sliderValues([a, b]: Window, extent: Window): { now: number; min: number; max: number } {
	return { now: Math.round(((a + b) / 2 - extent[0]) / DAY), min: 0, max: Math.round((extent[1] - extent[0]) / DAY) };
}

/**
 * The visible dates in words, for aria-valuetext: "13 to 22 August 2025", "28 July to 3 August 2025",
 * "30 December 2024 to 2 January 2025", or one day. The end is exclusive, so a window that ends at
 * midnight ends on the day before.
 */
export function windowText(window: Window, loc: DateLocale = EN_DATES): string {
	// To the minute: a window that went through pixel arithmetic may start a millisecond early.
	const [a, b] = window.map((t) => Math.round(t / MINUTE) * MINUTE) as [number, number];
	const start = a;
	const end = Math.max(a, b - 1);
	const last = loc.format(end, 'day');
	const range = loc.words.range;
	if (format(start, 'yyyy-MM-dd') === format(end, 'yyyy-MM-dd')) return last;
	if (format(start, 'yyyy-MM') === format(end, 'yyyy-MM')) return range(loc.format(start, 'dayNumber'), last);
	if (format(start, 'yyyy') === format(end, 'yyyy')) return range(loc.format(start, 'dayMonth'), last);
	return range(loc.format(start, 'day'), last);
}

/**
 * The strip for a timeline too large to draw tick by tick: per lane, one path of bars whose height
 * in the lane's row grows with the events meeting each bin (square root, so a lone event shows).
 */
export function overviewDensityPaths(density: Density, lanes: number): { lane: number; d: string }[] {
	const pitch = Math.min(7, BAND_HEIGHT / Math.max(1, lanes));
	const height = Math.max(1.5, pitch - (pitch >= 4 ? 2 : 0.5));
	const top = BAND_TOP + (BAND_HEIGHT - pitch * lanes) / 2 + (pitch - height) / 2;
	const w = Math.max(1, density.binWidth - 0.25);
	const rise = (c: number) => String(round2(-Math.max(1, height * Math.sqrt(c / density.max))));
	return density.counts.map((counts, lane) => ({
		lane,
		d: barsPath(counts, density.left, density.binWidth, String(round1(top + lane * pitch + height)), w, rise)
	}));
}
