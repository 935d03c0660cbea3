/**
 * The chart's interaction state: its width and the visible time window. Gestures (wheel, drag,
 * pinch: gestures.ts), buttons, keys and the overview all set the window; the scale and layout are
 * derived from it, so data flows one way: window → scale → layout → SVG.
 */
import { attachGestures } from './gestures.ts';
import { layoutChart, type ChartLayout } from '../layout/chart.ts';
import { DensityIndex, type Density } from '../layout/density.ts';
import { TimeIndex } from '../layout/time-index.ts';
import { chartFrame } from '../layout/frame.ts';
import { clampWindow, timeExtent, timeScale, zoomWindow, type Window } from '../layout/scale.ts';
import { DAY, parseSimpleDate } from '../model/date-span.ts';
import type { Timeline } from '../model/model.ts';
import { subsetOf } from '../model/subset.ts';

const ZOOM_STEP = 2;
/** How long show() takes to get there (reduced motion: no time at all). */
const SHOW_MS = 250;
/** More events than this in view, and lanes show density strips instead of one mark per event. */
export const MARK_LIMIT = 500;
/**
 * More events than this in view (and no more than MARK_LIMIT), and they are drawn as compact marks,
 * a few paths per lane, instead of one element tree each (see layout/compact.ts).
 */
export const FULL_LIMIT = 100;
/** Before or after a window that holds every dated event: none. */
const NONE_OUTSIDE = Object.freeze({ count: 0, nearest: null });
/** Rows a lane keeps for its density strip. */
const DENSE_ROWS = 2;

/**
 * What one frame draws: the layout of `indices` (into the timeline's events); density when dense;
 * and whether those in view are too many for full marks (then only the pinned and unscheduled
 * ones get full marks, the rest compact ones).
 */
export interface Drawing {
	layout: ChartLayout;
	indices: number[];
	density: Density | null;
	compact: boolean;
}

export class ChartView {
	/** The chart's width in px: a guess (960) until the page measures it. */
	width = $state(960);
	window: Window = $state([0, 1]);
	readonly extent: Window;
	readonly home: Window;
	// Closures, because the fields they read are set in the constructor.
	readonly frame = $derived.by(() => chartFrame(this.width, this.timeline.events.some((e) => e.span.type === 'unscheduled')));
	readonly scale = $derived.by(() => timeScale(this.window, [this.frame.timeLeft, this.frame.timeRight]));
	/**
	 * Events drawn whatever the window: the focused and the selected one (set by the chart), so the
	 * keyboard and the selection always have a mark to hold.
	 */
	pinned: number[] = $state([]);
	/**
	 * The window is the whole extent, as when a chart without a home window opens: then every dated
	 * event is in it and none is outside, which the chart can say without the time index.
	 */
	readonly #whole = $derived.by(() => this.window[0] <= this.extent[0] && this.window[1] >= this.extent[1]);
	/** Too many events in view to draw one by one. */
	readonly dense = $derived.by(() =>
		this.#whole ? this.timeline.events.length - this.#unscheduled.length > MARK_LIMIT : this.index.count(this.window[0], this.window[1], MARK_LIMIT + 1) > MARK_LIMIT
	);
	/** Dated events wholly before and after the window: how many, and the nearest. */
	readonly before = $derived.by(() => (this.#whole ? NONE_OUTSIDE : this.index.before(this.window[0])));
	readonly after = $derived.by(() => (this.#whole ? NONE_OUTSIDE : this.index.after(this.window[1])));
	/**
	 * Only what is in view (with a margin) is laid out: a frame costs what is on screen, not the
	 * whole timeline. Dense frames lay out only the pinned and unscheduled events and count the rest.
	 */
	readonly drawing: Drawing = $derived.by(() => {
		const [a, b] = this.window;
		const margin = (b - a) * 0.1;
		const dense = this.dense;
		// A timeline small enough is drawn whole: every event stays in the page, off screen or not.
		const inView = this.#all ?? (dense ? [] : this.#whole ? this.#dated() : this.index.query(a - margin, b + margin));
		const indices = mergeSorted(inView, this.#unscheduled, [...this.pinned].sort((x, y) => x - y));
		const compact = !dense && inView.length > FULL_LIMIT;
		const x = (ms: number) => this.scale(ms);
		const layout = layoutChart(
			indices.map((i) => this.timeline.events[i]!),
			this.timeline.parties,
			x,
			this.frame,
			dense ? DENSE_ROWS : 1,
			!compact
		);
		const density = dense ? this.densityIndex.bins((px) => +this.scale.invert(px), [this.frame.timeLeft, this.frame.timeRight]) : null;
		return { layout, indices, density, compact };
	});
	readonly layout = $derived(this.drawing.layout);
	readonly #indexes: Indexes;
	readonly densityIndex: DensityIndex;
	readonly #unscheduled: number[];
	/** Every event index, when there are few enough to draw them all. */
	readonly #all: number[] | null;

	/** The running show() animation's frame request, if any. */
	#animation = 0;

	readonly timeline: Timeline;

	/** In an embed the plain wheel scrolls the host page; zooming takes Ctrl/Cmd + wheel or a pinch. */
	readonly wheelNeedsModifier: boolean;
	/** Set when a plain wheel was let through to the page, so the chart can say how to zoom. */
	wheelHint = $state(false);
	#hintTimer: ReturnType<typeof setTimeout> | undefined;

	constructor(timeline: Timeline, options: { window?: Window | null; wheelNeedsModifier?: boolean; width?: number; pinned?: number[] } = {}) {
		this.timeline = timeline;
		this.#indexes = indexesOf(timeline);
		this.densityIndex = this.#indexes.density;
		this.#unscheduled = timeline.events.flatMap((e, i) => (e.span.type === 'unscheduled' ? [i] : []));
		this.#all = timeline.events.length <= FULL_LIMIT ? timeline.events.map((_, i) => i) : null;
		this.extent = timeExtent(timeline.events) ?? fallbackExtent(timeline);
		const home = options.window ?? (timeline.view ? [timeline.view.min, timeline.view.max] : null);
		this.home = home ? clampWindow(home as Window, this.extent) : this.extent;
		this.window = this.home;
		this.wheelNeedsModifier = options.wheelNeedsModifier ?? false;
		if (options.width) this.width = options.width;
		if (options.pinned) this.pinned = options.pinned;
	}

	/**
	 * Which events meet a window: built when first asked, not with the chart. A chart that opens on
	 * its whole extent (dense or not) needs none to draw, and at 10,000 events building it was a
	 * tenth of the script's time to first render (sorting every event's end). The chart has it built
	 * when the page is idle after its first render (prepare), so the first zoom does not wait for it.
	 */
	get index(): TimeIndex {
		return this.#indexes.time();
	}

	/** Builds what the first zoom or pan needs (the time index), if it is not built yet. */
	prepare(): void {
		this.#indexes.time();
	}

	/** Every dated event's index, ascending. */
	#dated(): number[] {
		const out: number[] = [];
		this.timeline.events.forEach((e, i) => e.span.type === 'unscheduled' || out.push(i));
		return out;
	}

	/** Wires wheel, drag and pinch on the SVG to the window; returns the cleanup. */
	attach(svg: SVGSVGElement): () => void {
		const detach = attachGestures(svg, {
			axis: () => ({ left: this.frame.timeLeft, width: this.frame.timeRight - this.frame.timeLeft }),
			window: () => this.window,
			set: (w) => this.setWindow(w),
			wheel: (event) => {
				// Trackpad pinches arrive as wheel events with ctrlKey set.
				const allowed = !this.wheelNeedsModifier || event.ctrlKey || event.metaKey;
				if (!allowed) this.#showWheelHint();
				return allowed;
			},
			// Embedded, one finger scrolls the host page; two pinch and pan the chart.
			touch: (fingers) => !this.wheelNeedsModifier || fingers >= 2
		});
		return () => {
			clearTimeout(this.#hintTimer);
			this.#stop();
			detach();
		};
	}

	zoomBy(factor: number) {
		this.show(zoomWindow(this.window, factor));
	}
	/** Zooms by `factor` about the pixel x (clicking a density strip zooms into it). */
	zoomAt(px: number, factor: number) {
		this.show(zoomWindow(this.window, factor, +this.scale.invert(px)));
	}
	zoomIn = () => this.zoomBy(ZOOM_STEP);
	zoomOut = () => this.zoomBy(1 / ZOOM_STEP);
	reset = () => this.show(this.home);
	fitAll = () => this.show(this.extent);

	/**
	 * Moves to `window` (clamped into the extent, widened to MIN_WINDOW) in a quarter of a second,
	 * or at once when the reader prefers reduced motion. The width zooms evenly (geometrically),
	 * the centre slides, eased in and out.
	 */
	show(window: Window) {
		this.#stop();
		const to = clampWindow(window, this.extent);
		const from = this.window;
		const reduce = typeof matchMedia !== 'function' || matchMedia('(prefers-reduced-motion: reduce)').matches;
		if (reduce || typeof requestAnimationFrame !== 'function') {
			this.window = to;
			return;
		}
		const [c0, c1] = [(from[0] + from[1]) / 2, (to[0] + to[1]) / 2];
		const [s0, s1] = [from[1] - from[0], to[1] - to[0]];
		const start = performance.now();
		const step = (now: number) => {
			const u = Math.min(1, (now - start) / SHOW_MS);
			const e = u < 0.5 ? 4 * u * u * u : 1 - (-2 * u + 2) ** 3 / 2; // cubic in-out, as d3's transitions
			const c = c0 + (c1 - c0) * e;
			const s = s0 * (s1 / s0) ** e;
			this.window = u === 1 ? to : [c - s / 2, c + s / 2];
			this.#animation = u < 1 ? requestAnimationFrame(step) : 0;
		};
		this.#animation = requestAnimationFrame(step);
	}

	/**
	 * Shows `window` at once, without a transition (gestures and the overview's drags call this).
	 * Clamped into the extent and widened to MIN_WINDOW; a running show() stops, or it would undo this.
	 */
	setWindow(window: Window) {
		this.#stop();
		this.window = clampWindow(window, this.extent);
	}

	#stop() {
		if (this.#animation) cancelAnimationFrame(this.#animation);
		this.#animation = 0;
	}

	/** Pans (without zooming) so that [min, max] is on screen, when it is not already. */
	reveal(min: number, max: number) {
		const [a, b] = this.window;
		if (min >= a && max <= b) return;
		if (max > a && min < b) return; // partly visible is enough for long spans
		const span = b - a;
		const start = max <= a ? min - span * 0.1 : max - span * 0.9;
		this.show([start, start + span]);
	}

	#showWheelHint() {
		this.wheelHint = true;
		clearTimeout(this.#hintTimer);
		this.#hintTimer = setTimeout(() => (this.wheelHint = false), 1800);
	}
}

/**
 * The time and density indexes of each timeline a chart has shown, kept while the timeline is: a
 * chart made again for the same timeline (a new window, nothing filtered) reuses them, and one for
 * a filter's result narrows those of the whole timeline (model/subset.ts) in a pass, where building
 * them at 100,000 events sorts every start and end again (tens of milliseconds on a click).
 */
interface Indexes {
	/** The time index, built on the first call (see ChartView.index). */
	time: () => TimeIndex;
	density: DensityIndex;
}
const indexes = new WeakMap<Timeline, Indexes>();
function indexesOf(timeline: Timeline): Indexes {
	let found = indexes.get(timeline);
	if (found) return found;
	const lanes = new Map(timeline.parties.map((p, i) => [p.id, i]));
	const subset = subsetOf(timeline);
	const parent = subset && indexes.get(subset.parent);
	let time: TimeIndex | undefined;
	found = {
		time: () => (time ??= parent ? new TimeIndex({ parent: parent.time(), kept: subset.kept }) : new TimeIndex(timeline.events)),
		density: parent && subset.partiesOnly ? new DensityIndex({ parent: parent.density }, lanes) : new DensityIndex(timeline.events, lanes)
	};
	indexes.set(timeline, found);
	return found;
}

/** The sorted union of sorted index lists, without repeats. */
function mergeSorted(...lists: number[][]): number[] {
	const nonEmpty = lists.filter((l) => l.length > 0);
	if (nonEmpty.length === 1) return nonEmpty[0]!;
	return [...new Set(nonEmpty.flat())].sort((x, y) => x - y);
}

/**
 * With no dated event, the month around the first source's publication (or its year 2000 stand-in).
 * Read without the EDTF parser, which the browser does not load for a prerendered timeline: a
 * publication date beyond a plain date or interval gets the stand-in.
 */
function fallbackExtent(timeline: Timeline): Window {
	const published = timeline.sources[0]?.published;
	const s = published ? parseSimpleDate(published) : null;
	if (s && s.type !== 'unscheduled') return [s.min - 15 * DAY, s.max + 15 * DAY];
	return [Date.UTC(2000, 0, 1), Date.UTC(2000, 1, 1)];
}
