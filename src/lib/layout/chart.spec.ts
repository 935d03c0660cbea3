import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DAY, parseDate } from '../model/dates.ts';
import type { Party, Timeline, TimelineEvent } from '../model/model.ts';
import { checkFiles } from '../server/check.ts';
import { layoutChart, placeLabel, type ChartLayout, type EventLayout } from './chart.ts';
import { AXIS_HEIGHT, BAR_HEIGHT, chartFrame, LABEL_BASELINE, MARK_CENTRE, MARK_RADIUS, MAX_LABEL_ROWS, type Frame } from './frame.ts';
import { clampWindow, timeExtent, timeScale, type Window } from './scale.ts';
import { textWidth } from './text.ts';

/** The project root, where data/timelines and data/sources live. */
const root = resolve(import.meta.dirname, '../../..');
const { timelines, issues } = checkFiles(root);
const timeline = timelines.find((t) => t.id === 'trump-steps-back-2025-08')!;

/** Rounding slack for comparisons of pixel positions. */
const EPS = 1e-6;

interface Case {
	name: string;
	width: number;
	window: Window;
}

function cases(t: Timeline): Case[] {
	const extent = timeExtent(t.events)!;
	const home = t.view ? clampWindow([t.view.min, t.view.max], extent) : extent;
	const day: Window = [Date.UTC(2025, 7, 18), Date.UTC(2025, 7, 19)];
	return [1280, 375].flatMap((width) => [
		{ name: `default view at ${width} px`, width, window: home },
		{ name: `whole extent at ${width} px`, width, window: extent },
		{ name: `18 August alone at ${width} px`, width, window: day }
	]);
}

function lay(t: Timeline, width: number, window: Window) {
	const frame = chartFrame(width, t.events.some((e) => e.span.type === 'unscheduled'));
	const scale = timeScale(window, [frame.timeLeft, frame.timeRight]);
	const layout = layoutChart(t.events, t.parties, (ms) => scale(ms), frame);
	return { frame, scale, layout };
}

interface Box {
	id: string;
	x0: number;
	x1: number;
	y0: number;
	y1: number;
}

const labelBox = (l: EventLayout): Box | null =>
	l.label && { id: l.id, x0: l.label.x, x1: l.label.x + l.label.width, y0: l.label.y - 12, y1: l.label.y + 3 };

const overlap = (a: Box, b: Box) => a.x0 < b.x1 - EPS && b.x0 < a.x1 - EPS && a.y0 < b.y1 - EPS && b.y0 < a.y1 - EPS;

function overlapping(boxes: readonly Box[]): string[] {
	const out: string[] = [];
	for (let i = 0; i < boxes.length; i++)
		for (let j = i + 1; j < boxes.length; j++) if (overlap(boxes[i]!, boxes[j]!)) out.push(`${boxes[i]!.id} × ${boxes[j]!.id}`);
	return out;
}

/**
 * The drawn box of each mark, as EventMark.svelte draws it, for events with some of it in view.
 * Dated marks are clipped to the time area (Defs.svelte's clip path runs from 0 to timeRight + timeLeft).
 */
function markBoxes(layout: ChartLayout, frame: Frame): Box[] {
	const clipRight = frame.timeRight + frame.timeLeft;
	return layout.events.flatMap((l) => {
		if (!l.inView) return [];
		return l.marks.map((m) => {
			const id = `${l.id}/${m.party}`;
			if (l.shape === 'unscheduled') return { id, x0: l.x0 - MARK_RADIUS - 1, x1: l.x0 + MARK_RADIUS + 1, y0: m.y - MARK_RADIUS - 1, y1: m.y + MARK_RADIUS + 1 };
			if (l.shape === 'dot') {
				const r = l.approximate ? MARK_RADIUS + 2 : MARK_RADIUS;
				return { id, x0: l.x0 - r, x1: l.x0 + r, y0: m.y - r, y1: m.y + r };
			}
			const x0 = Math.max(0, l.x0);
			const x1 = Math.min(clipRight, l.x0 + Math.max(4, l.x1 - l.x0));
			return { id, x0, x1, y0: m.y - BAR_HEIGHT / 2, y1: m.y + BAR_HEIGHT / 2 };
		});
	});
}

describe('the real timeline', () => {
	it('loads without errors', () => {
		expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
		expect(timeline).toBeDefined();
		expect(timeline.events.length).toBeGreaterThan(10);
		expect(timeline.view).not.toBeNull();
		expect(timeline.events.some((e) => e.span.type === 'unscheduled')).toBe(true);
		expect(timeline.events.some((e) => e.parties.length > 1)).toBe(true);
	});
});

describe.each(cases(timeline))('layoutChart on the real timeline, $name', ({ width, window }) => {
	const { frame, scale, layout } = lay(timeline, width, window);
	const events = timeline.events;
	const byId = new Map(events.map((e) => [e.id, e]));

	it('gives every event exactly one layout with its id, in order', () => {
		expect(layout.events.map((l) => l.id)).toEqual(events.map((e) => e.id));
	});

	it('labels at least one event', () => {
		expect(layout.events.filter((l) => l.label !== null).length).toBeGreaterThan(0);
	});

	it('never overlaps two visible labels', () => {
		const boxes = layout.events.map(labelBox).filter((b): b is Box => b !== null);
		expect(overlapping(boxes)).toEqual([]);
	});

	it("never overlaps a visible label and another event's mark in view", () => {
		const labels = layout.events.map(labelBox).filter((b): b is Box => b !== null);
		const marks = markBoxes(layout, frame);
		const clashes = labels.flatMap((l) =>
			marks.filter((m) => !m.id.startsWith(`${l.id}/`) && overlap(l, m)).map((m) => `${l.id} label × ${m.id}`)
		);
		expect(clashes).toEqual([]);
	});

	it('never overlaps two marks in view', () => {
		expect(overlapping(markBoxes(layout, frame))).toEqual([]);
	});

	it('keeps labels of dated events inside the time area, and of unscheduled ones inside their column', () => {
		for (const l of layout.events) {
			if (!l.label) continue;
			const [left, right] = l.shape === 'unscheduled' ? [frame.unscheduledLeft, frame.unscheduledRight] : [frame.timeLeft, frame.timeRight];
			expect(l.label.x, l.id).toBeGreaterThanOrEqual(left - EPS);
			expect(l.label.x + l.label.width, l.id).toBeLessThanOrEqual(right + EPS);
			expect(l.label.text, l.id).not.toBe('');
			expect(l.label.width).toBeCloseTo(textWidth(l.label.text), 9);
		}
	});

	it('labels an event with its title or an ellipsised start of it', () => {
		for (const l of layout.events) {
			if (!l.label) continue;
			const title = byId.get(l.id)!.title;
			const text = l.label.text;
			expect(text === title || (text.endsWith('…') && title.startsWith(text.slice(0, -1))), `${l.id}: ${text}`).toBe(true);
		}
	});

	it('labels only events that are in view', () => {
		for (const l of layout.events) if (l.label) expect(l.inView, l.id).toBe(true);
	});

	it('gives an event with k parties k marks, in lane order, each inside its lane', () => {
		const laneOf = new Map(layout.lanes.map((lane, i) => [lane.party.id, i]));
		for (const e of events) {
			const l = layout.events.find((x) => x.id === e.id)!;
			expect(l.marks.map((m) => m.party)).toEqual(e.parties);
			const lanes = l.marks.map((m) => laneOf.get(m.party)!);
			expect(lanes).toEqual([...lanes].sort((a, b) => a - b));
			expect(new Set(lanes).size).toBe(lanes.length);
			for (const m of l.marks) {
				const lane = layout.lanes[laneOf.get(m.party)!]!;
				expect(m.y - MARK_RADIUS - 1, `${e.id} in ${m.party}`).toBeGreaterThanOrEqual(lane.y);
				expect(m.y + MARK_RADIUS + 1, `${e.id} in ${m.party}`).toBeLessThanOrEqual(lane.y + lane.height);
			}
		}
	});

	it('puts a label in one of its lanes, in the row of its mark there, above the mark', () => {
		for (const l of layout.events) {
			if (!l.label) continue;
			const label = l.label;
			const mark = l.marks.find((m) => m.y - MARK_CENTRE + LABEL_BASELINE === label.y);
			expect(mark, `${l.id}: no mark under its label`).toBeDefined();
			const lane = layout.lanes.find((x) => x.party.id === mark!.party)!;
			expect(label.y - 12, l.id).toBeGreaterThanOrEqual(lane.y);
			expect(label.y + 3, l.id).toBeLessThan(mark!.y - MARK_RADIUS);
		}
	});

	it('stacks the lanes in party order below the axis, and the chart ends below the last', () => {
		expect(layout.lanes.map((l) => l.party.id)).toEqual(timeline.parties.map((p) => p.id));
		let y = AXIS_HEIGHT;
		for (const lane of layout.lanes) {
			expect(lane.y).toBe(y);
			expect(lane.height).toBeGreaterThan(0);
			y += lane.height;
		}
		expect(layout.height).toBeGreaterThanOrEqual(y);
	});

	it('centres a dot on the middle of its UTC day', () => {
		const dots = layout.events.filter((l) => l.shape === 'dot');
		expect(dots.length).toBeGreaterThan(0);
		for (const l of dots) {
			const span = byId.get(l.id)!.span;
			if (span.type !== 'point') throw new Error(`${l.id} is drawn as a dot but is not a point`);
			const { year, month, day, precision } = span.point;
			expect(precision).toBe('day');
			const noon = Date.UTC(year, month! - 1, day!) + DAY / 2;
			expect(l.x0, l.id).toBeCloseTo(scale(noon), 6);
			expect(l.x1).toBe(l.x0);
			expect(l.cx).toBe(l.x0);
		}
	});

	it('draws a span of days as a bar from its first to the end of its last day', () => {
		for (const l of layout.events.filter((x) => x.shape === 'bar')) {
			const span = byId.get(l.id)!.span;
			if (span.type !== 'interval' || typeof span.from === 'string' || typeof span.to === 'string') continue;
			expect(l.x0, l.id).toBeCloseTo(scale(span.min), 6);
			expect(l.x1, l.id).toBeCloseTo(scale(span.max), 6);
		}
	});

	it('sits unscheduled events in the unscheduled column, always in view', () => {
		const unscheduled = events.filter((e) => e.span.type === 'unscheduled');
		expect(unscheduled.length).toBeGreaterThan(0);
		for (const e of unscheduled) {
			const l = layout.events.find((x) => x.id === e.id)!;
			expect(l.shape).toBe('unscheduled');
			expect(l.inView).toBe(true);
			expect(l.x0 - MARK_RADIUS - 1).toBeGreaterThanOrEqual(frame.unscheduledLeft);
			expect(l.x0 + MARK_RADIUS + 1).toBeLessThanOrEqual(frame.unscheduledRight);
		}
		const dated = layout.events.filter((l) => byId.get(l.id)!.span.type !== 'unscheduled');
		expect(dated.filter((l) => l.shape === 'unscheduled').map((l) => l.id)).toEqual([]);
	});

	it('marks dated events that reach into the window as in view, and those wholly outside the time area as not', () => {
		for (const l of layout.events) {
			const span = byId.get(l.id)!.span;
			if (span.type === 'unscheduled') continue;
			if (span.min < window[1] && span.max > window[0]) expect(l.inView, l.id).toBe(true);
			const left = l.shape === 'dot' ? l.x0 - MARK_RADIUS : l.x0;
			const right = l.shape === 'dot' ? l.x1 + MARK_RADIUS : Math.max(l.x1, l.x0 + 2);
			if (right < frame.timeLeft || left > frame.timeRight) expect(l.inView, l.id).toBe(false);
		}
	});
});

describe('layoutChart', () => {
	const parties: Party[] = [
		{ id: 'one', label: 'One', order: 0 },
		{ id: 'two', label: 'Two', order: 1 }
	];

	function event(id: string, date: string | null, eventParties: string[] = ['one'], title = `Event ${id} with a fairly long title`): TimelineEvent {
		return {
			id,
			title,
			summary: title,
			kind: 'statement',
			status: 'occurred',
			date,
			dateBasis: 'stated',
			actors: ['someone'],
			span: parseDate(date),
			parties: eventParties,
			citations: []
		};
	}

	function layOut(events: TimelineEvent[], width = 1280, window: Window = [Date.UTC(2025, 7, 14), Date.UTC(2025, 7, 24)]) {
		const frame = chartFrame(width, events.some((e) => e.span.type === 'unscheduled'));
		const scale = timeScale(window, [frame.timeLeft, frame.timeRight]);
		return { frame, layout: layoutChart(events, parties, (ms) => scale(ms), frame) };
	}

	it('stacks ten events on one day in one lane into distinct rows, so their marks do not overlap', () => {
		const events = Array.from({ length: 10 }, (_, i) => event(`e${i}`, '2025-08-18'));
		const { layout, frame } = layOut(events);
		const ys = layout.events.map((l) => l.marks[0]!.y);
		expect(new Set(ys).size).toBe(10);
		expect(new Set(layout.events.map((l) => l.x0)).size).toBe(1);
		expect(overlapping(markBoxes(layout, frame))).toEqual([]);
		// Up to MAX_LABEL_ROWS rows carry a label; any more are marks alone.
		expect(layout.events.filter((l) => l.label).length).toBe(Math.min(10, MAX_LABEL_ROWS));
		expect(overlapping(layout.events.map(labelBox).filter((b): b is Box => b !== null))).toEqual([]);
		// The lane grows to hold all ten rows, the other lane keeps one.
		expect(layout.lanes[0]!.height).toBeGreaterThan(layout.lanes[1]!.height);
		const bottom = layout.lanes[0]!.y + layout.lanes[0]!.height;
		for (const y of ys) expect(y + MARK_RADIUS).toBeLessThanOrEqual(bottom);
	});

	it('gives marks beyond MAX_LABEL_ROWS rows of their own, without labels', () => {
		const n = MAX_LABEL_ROWS + 3;
		const events = Array.from({ length: n }, (_, i) => event(`e${i}`, '2025-08-18'));
		const { layout, frame } = layOut(events);
		expect(new Set(layout.events.map((l) => l.marks[0]!.y)).size).toBe(n);
		expect(overlapping(markBoxes(layout, frame))).toEqual([]);
		expect(layout.events.map((l) => l.label !== null)).toEqual(events.map((_, i) => i < MAX_LABEL_ROWS));
	});

	it('puts events far enough apart in one row', () => {
		const events = [event('a', '2025-08-15', ['one'], 'A'), event('b', '2025-08-20', ['one'], 'B')];
		const { layout } = layOut(events);
		expect(layout.events[0]!.marks[0]!.y).toBe(layout.events[1]!.marks[0]!.y);
		expect(layout.events.every((l) => l.label !== null)).toBe(true);
	});

	it('stacks unscheduled events in one lane into distinct rows', () => {
		const events = [event('a', null), event('b', null), event('c', null, ['one', 'two'])];
		const { layout, frame } = layOut(events);
		expect(new Set(layout.events.map((l) => l.marks[0]!.y)).size).toBe(3);
		expect(overlapping(layout.events.map(labelBox).filter((b): b is Box => b !== null))).toEqual([]);
		for (const l of layout.events) {
			expect(l.label).not.toBeNull();
			expect(l.label!.x).toBeGreaterThanOrEqual(frame.unscheduledLeft);
			expect(l.label!.x + l.label!.width).toBeLessThanOrEqual(frame.unscheduledRight);
		}
	});

	it('gives events outside the window no label and marks them out of view', () => {
		const events = [event('in', '2025-08-18'), event('before', '2025-06-01'), event('after', '2025-12-01')];
		const { layout } = layOut(events);
		expect(layout.events.map((l) => [l.id, l.inView, l.label !== null])).toEqual([
			['in', true, true],
			['before', false, false],
			['after', false, false]
		]);
	});

	it('joins a multi-party event by a connector at its dot', () => {
		const { layout } = layOut([event('a', '2025-08-18', ['one', 'two'])]);
		const l = layout.events[0]!;
		expect(l.marks.map((m) => m.party)).toEqual(['one', 'two']);
		expect(l.marks[1]!.y).toBeGreaterThan(l.marks[0]!.y);
		expect(l.cx).toBe(l.x0);
	});
});

describe('placeLabel', () => {
	const frame: Frame = chartFrame(1280, false);
	const title = 'Trump–Putin summit in Alaska';
	const full = textWidth(title);
	const long = 'Trump offers guarantees, rules out ground troops';

	it('reads from the start of the mark when there is room', () => {
		expect(placeLabel(title, 100, 112, frame)).toEqual({ text: title, x: 100, width: full });
	});

	it('reads from the left edge for a span that began off screen', () => {
		expect(placeLabel(title, -500, 300, frame)).toEqual({ text: title, x: frame.timeLeft, width: full });
	});

	it('flips to end at the mark near the right edge', () => {
		const markEnd = frame.timeRight - 5;
		const label = placeLabel(title, markEnd - 12, markEnd, frame);
		expect(label.text).toBe(title);
		expect(label.x + label.width).toBeCloseTo(markEnd, 9);
	});

	it('flips to end at the right edge for a span that runs off screen', () => {
		const label = placeLabel(title, frame.timeRight - 20, frame.timeRight + 500, frame);
		expect(label.text).toBe(title);
		expect(label.x + label.width).toBeCloseTo(frame.timeRight, 9);
	});

	it('stays on the right of the mark, cut to fit, where more room is there than on the left', () => {
		const narrow: Frame = { width: 200, timeLeft: 12, timeRight: 188, unscheduledLeft: 200, unscheduledRight: 200 };
		const label = placeLabel(long, 90, 102, narrow);
		expect(label.x).toBe(90);
		expect(label.text.endsWith('…')).toBe(true);
		expect(label.x + label.width).toBeLessThanOrEqual(narrow.timeRight);
	});

	it('flips and cuts where neither side has room for the whole title', () => {
		const narrow: Frame = { width: 200, timeLeft: 12, timeRight: 188, unscheduledLeft: 200, unscheduledRight: 200 };
		const label = placeLabel(long, 170, 182, narrow);
		expect(label.text.endsWith('…')).toBe(true);
		expect(label.x + label.width).toBeCloseTo(182, 9);
		expect(label.x).toBeGreaterThanOrEqual(narrow.timeLeft);
	});

	it('cuts a title longer than the label limit even with room to spare', () => {
		const title = 'A'.repeat(60);
		const label = placeLabel(title, 100, 112, frame);
		expect(label.text.endsWith('…')).toBe(true);
		expect(label.width).toBeLessThanOrEqual(230);
	});

	it.each([
		[20, 32],
		[600, 612],
		[frame.timeRight - 100, frame.timeRight - 88],
		[frame.timeRight - 12, frame.timeRight],
		[frame.timeRight - 1, frame.timeRight + 11]
	])('never crosses the edges of the time area (mark %d to %d)', (start, end) => {
		const label = placeLabel(long, start, end, frame);
		expect(label.x).toBeGreaterThanOrEqual(frame.timeLeft);
		expect(label.x + label.width).toBeLessThanOrEqual(frame.timeRight + EPS);
		expect(label.width).toBeCloseTo(textWidth(label.text), 9);
	});
});
