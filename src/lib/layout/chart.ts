/**
 * Lays out the whole chart for one visible window: lanes, event marks, labels and connectors, in
 * pixels. Pure: the same input gives the same picture on the server and in the browser.
 */
import type { DatePoint } from '../model/date-span.ts';
import type { Party, TimelineEvent } from '../model/model.ts';
import {
	AXIS_HEIGHT,
	LABEL_BASELINE,
	LANE_HEADER,
	LANE_PADDING,
	MARK_CENTRE,
	MARK_RADIUS,
	MAX_LABEL_ROWS,
	ROW_HEIGHT,
	type Frame
} from './frame.ts';
import { RowPacker, type Extent } from './rows.ts';
import { fitText, textWidth } from './text.ts';

/** Maps a UTC instant (ms) to x in pixels. A d3 time scale fits. */
export type TimeToX = (ms: number) => number;

export type Shape = 'dot' | 'bar' | 'period' | 'unscheduled';

export interface LaneBox {
	party: Party;
	y: number;
	height: number;
}

export interface EventMark {
	party: string;
	/** Centre line of the mark. */
	y: number;
}

export interface EventLayout {
	id: string;
	shape: Shape;
	/** Left and right edge in px (equal for a dot, which is centred on its day). */
	x0: number;
	x1: number;
	/** Where the connector between lanes runs. */
	cx: number;
	approximate: boolean;
	uncertain: boolean;
	/** The start or end is open (`..`) or unknown: drawn fading out. */
	openStart: boolean;
	openEnd: boolean;
	marks: EventMark[];
	label: { x: number; y: number; text: string; width: number } | null;
	/** Some of the event lies inside the visible window. */
	inView: boolean;
	/** The window a forecast names, in px (drawn as a dashed window in the event's rows). */
	forecast: { x0: number; x1: number } | null;
}

export interface ChartLayout {
	lanes: LaneBox[];
	events: EventLayout[];
	height: number;
}

const LABEL_MAX_WIDTH = 230;
/** How far an unknown end fades out beyond the last known instant. */
const UNKNOWN_FADE = 36;

function qualifiers(e: TimelineEvent): { approximate: boolean; uncertain: boolean } {
	const s = e.span;
	const points: DatePoint[] =
		s.type === 'point' ? [s.point] : s.type === 'interval' ? [s.from, s.to].filter((p): p is DatePoint => typeof p !== 'string') : [];
	return { approximate: points.some((p) => p.approximate), uncertain: points.some((p) => p.uncertain) };
}

function horizontal(e: TimelineEvent, x: TimeToX, frame: Frame) {
	const s = e.span;
	if (s.type === 'unscheduled') throw new Error('unscheduled events have no time position');
	if (s.type === 'point' && s.point.precision === 'day') {
		const c = (x(s.min) + x(s.max)) / 2;
		return { shape: 'dot' as const, x0: c, x1: c, openStart: false, openEnd: false };
	}
	if (s.type === 'point') return { shape: 'period' as const, x0: x(s.min), x1: x(s.max), openStart: false, openEnd: false };
	const openStart = typeof s.from === 'string';
	const openEnd = typeof s.to === 'string';
	const x0 = openStart ? (s.from === 'open' ? Math.min(frame.timeLeft, x(s.min) - UNKNOWN_FADE) : x(s.min) - UNKNOWN_FADE) : x(s.min);
	const x1 = openEnd ? (s.to === 'open' ? Math.max(frame.timeRight, x(s.max) + UNKNOWN_FADE) : x(s.max) + UNKNOWN_FADE) : x(s.max);
	const coarse = [s.from, s.to].some((p) => typeof p !== 'string' && p.precision !== 'day');
	return { shape: coarse ? ('period' as const) : ('bar' as const), x0, x1, openStart, openEnd };
}

/**
 * A label reads from the start of its mark (or from the left edge, for a span that began off screen).
 * Where the right edge leaves too little room it ends at the mark's end instead, and in either case
 * it is cut with an ellipsis to the room there is, so it never crosses into the next area.
 */
export function placeLabel(title: string, markStart: number, markEnd: number, frame: Frame) {
	const start = Math.max(frame.timeLeft, markStart);
	const roomRight = frame.timeRight - start;
	const roomLeft = Math.min(markEnd, frame.timeRight) - frame.timeLeft;
	const full = Math.min(textWidth(title), LABEL_MAX_WIDTH);
	if (full <= roomRight || roomRight >= roomLeft) {
		const text = fitText(title, Math.min(LABEL_MAX_WIDTH, roomRight));
		return { text, x: start, width: textWidth(text) };
	}
	const text = fitText(title, Math.min(LABEL_MAX_WIDTH, roomLeft));
	const width = textWidth(text);
	return { text, x: Math.min(markEnd, frame.timeRight) - width, width };
}

/**
 * @param minRows rows every lane keeps at least (the dense view draws its density strips there).
 * @param labels place labels (off for compact marks, which have none: rows then pack the marks alone).
 */
export function layoutChart(events: readonly TimelineEvent[], parties: readonly Party[], x: TimeToX, frame: Frame, minRows = 1, labels = true): ChartLayout {
	const laneIndex = new Map(parties.map((p, i) => [p.id, i]));
	const packers = parties.map(() => new RowPacker());
	const unscheduledRows = parties.map(() => 0);
	const rowOf = new Map<string, number>(); // `${event}:${lane}` -> row
	const labelLane = new Map<number, number>(); // event -> the lane that carries its label

	const base = events.map((e, i) => {
		const q = qualifiers(e);
		if (e.span.type === 'unscheduled') {
			const x0 = frame.unscheduledLeft + 16;
			for (const p of e.parties) {
				const lane = laneIndex.get(p)!;
				rowOf.set(`${i}:${lane}`, unscheduledRows[lane]!++);
			}
			labelLane.set(i, laneIndex.get(e.parties[0]!)!);
			const labelText = fitText(e.title, frame.unscheduledRight - x0 + MARK_RADIUS - 4);
			const labelX = x0 - MARK_RADIUS;
			return { shape: 'unscheduled' as const, x0, x1: x0, cx: x0, openStart: false, openEnd: false, ...q, labelText, labelX, labelWidth: textWidth(labelText), markStart: x0, markEnd: x0, inView: true, forecast: null };
		}
		const h = horizontal(e, x, frame);
		const forecast = e.forecast ? { x0: x(e.forecast.span.min), x1: x(e.forecast.span.max) } : null;
		// A forecast window shares the event's rows, so it takes room there like the mark does.
		const markStart = Math.min(h.shape === 'dot' ? h.x0 - MARK_RADIUS : h.x0, forecast?.x0 ?? Infinity);
		const markEnd = Math.max(h.shape === 'dot' ? h.x1 + MARK_RADIUS : Math.max(h.x1, h.x0 + 2), forecast?.x1 ?? -Infinity);
		const inView = markEnd >= frame.timeLeft && markStart <= frame.timeRight;
		// Without labels (compact marks), rows pack the marks alone.
		const { text: labelText, x: labelX, width: labelWidth } = labels ? placeLabel(e.title, markStart, markEnd, frame) : { text: '', x: markStart, width: 0 };
		const cx = h.shape === 'dot' ? h.x0 : Math.max(frame.timeLeft, Math.min(h.x0, frame.timeRight)) + MARK_RADIUS;
		return { ...h, ...q, cx, labelText, labelX, labelWidth, markStart, markEnd, inView, forecast };
	});

	// Place events left to right. An event with several parties carries its label in whichever of
	// its lanes has room nearest the top (ties: the upper lane), and only a mark in the others;
	// this spreads labels over the lanes instead of piling them into the first.
	const order = events.map((_, i) => i).filter((i) => base[i]!.shape !== 'unscheduled' && base[i]!.inView);
	order.sort((a, b) => base[a]!.markStart - base[b]!.markStart || a - b);
	for (const i of order) {
		const b = base[i]!;
		const lanes = events[i]!.parties.map((p) => laneIndex.get(p)!);
		const mark: Extent = [b.markStart, b.markEnd];
		const full: Extent = [Math.min(b.markStart, b.labelX), Math.max(b.markEnd, b.labelX + b.labelWidth)];
		let chosen = -1;
		let chosenRow = Infinity;
		if (b.labelText)
			for (const lane of lanes) {
				const row = packers[lane]!.firstFit(full, MAX_LABEL_ROWS);
				if (row >= 0 && row < chosenRow) [chosen, chosenRow] = [lane, row];
			}
		for (const lane of lanes) {
			const packer = packers[lane]!;
			const row = lane === chosen ? chosenRow : packer.firstFit(mark);
			packer.place(row, lane === chosen ? full : mark);
			rowOf.set(`${i}:${lane}`, row);
		}
		if (chosen >= 0) labelLane.set(i, chosen);
	}

	let y = AXIS_HEIGHT;
	const lanes: LaneBox[] = parties.map((party, i) => {
		const rows = Math.max(minRows, packers[i]!.rows, unscheduledRows[i]!);
		const height = LANE_HEADER + rows * ROW_HEIGHT + LANE_PADDING;
		const box = { party, y, height };
		y += height;
		return box;
	});

	const rowTop = (lane: number, row: number) => lanes[lane]!.y + LANE_HEADER + row * ROW_HEIGHT;
	const layouts: EventLayout[] = events.map((e, i) => {
		const b = base[i]!;
		const marks = e.parties.map((p) => {
			const lane = laneIndex.get(p)!;
			return { party: p, y: rowTop(lane, rowOf.get(`${i}:${lane}`) ?? 0) + MARK_CENTRE };
		});
		const lane = labelLane.get(i);
		const labelMark = lane === undefined ? undefined : marks[e.parties.findIndex((p) => laneIndex.get(p) === lane)];
		return {
			id: e.id,
			shape: b.shape,
			x0: b.x0,
			x1: b.x1,
			cx: b.cx,
			approximate: b.approximate,
			uncertain: b.uncertain,
			openStart: b.openStart,
			openEnd: b.openEnd,
			marks,
			label:
				labelMark && b.labelText
					? { x: b.labelX, y: labelMark.y - MARK_CENTRE + LABEL_BASELINE, text: b.labelText, width: b.labelWidth }
					: null,
			inView: b.inView,
			forecast: b.forecast
		};
	});

	return { lanes, events: layouts, height: y + 4 };
}
