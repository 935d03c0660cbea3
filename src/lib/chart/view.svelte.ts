/**
 * The chart's interaction state: its width and the visible time window. d3-zoom owns gestures
 * (wheel, drag, pinch) and its transform; the window is derived from that transform, and the scale
 * and layout from the window, so data flows one way: window → scale → layout → SVG.
 */
import { select, type Selection } from 'd3-selection';
import 'd3-transition';
import { zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import { layoutChart, type ChartLayout } from '../layout/chart.ts';
import { DensityIndex, type Density } from '../layout/density.ts';
import { TimeIndex } from '../layout/time-index.ts';
import { chartFrame } from '../layout/frame.ts';
import { clampWindow, MIN_WINDOW, timeExtent, timeScale, type Window } from '../layout/scale.ts';
import { DAY, parseSimpleDate } from '../model/date-span.ts';
import type { Timeline } from '../model/model.ts';

const ZOOM_STEP = 2;
/** More events than this in view, and lanes show density strips instead of one mark per event. */
export const MARK_LIMIT = 500;
/**
 * More events than this in view (and no more than MARK_LIMIT), and they are drawn as compact marks,
 * a few paths per lane, instead of one element tree each (see layout/compact.ts).
 */
export const FULL_LIMIT = 100;
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
	/** Too many events in view to draw one by one. */
	readonly dense = $derived.by(() => this.index.count(this.window[0], this.window[1], MARK_LIMIT + 1) > MARK_LIMIT);
	/**
	 * Only what is in view (with a margin) is laid out: a frame costs what is on screen, not the
	 * whole timeline. Dense frames lay out only the pinned and unscheduled events and count the rest.
	 */
	readonly drawing: Drawing = $derived.by(() => {
		const [a, b] = this.window;
		const margin = (b - a) * 0.1;
		const dense = this.dense;
		// A timeline small enough is drawn whole: every event stays in the page, off screen or not.
		const inView = this.#all ?? (dense ? [] : this.index.query(a - margin, b + margin));
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
	readonly index: TimeIndex;
	readonly densityIndex: DensityIndex;
	readonly #unscheduled: number[];
	/** Every event index, when there are few enough to draw them all. */
	readonly #all: number[] | null;

	#behaviour: ZoomBehavior<SVGSVGElement, unknown> | null = null;
	#svg: Selection<SVGSVGElement, unknown, null, undefined> | null = null;

	readonly timeline: Timeline;

	/** In an embed the plain wheel scrolls the host page; zooming takes Ctrl/Cmd + wheel or a pinch. */
	readonly wheelNeedsModifier: boolean;
	/** Set when a plain wheel was let through to the page, so the chart can say how to zoom. */
	wheelHint = $state(false);
	#hintTimer: ReturnType<typeof setTimeout> | undefined;

	constructor(timeline: Timeline, options: { window?: Window | null; wheelNeedsModifier?: boolean } = {}) {
		this.timeline = timeline;
		this.index = new TimeIndex(timeline.events);
		this.densityIndex = new DensityIndex(timeline.events, new Map(timeline.parties.map((p, i) => [p.id, i])));
		this.#unscheduled = timeline.events.flatMap((e, i) => (e.span.type === 'unscheduled' ? [i] : []));
		this.#all = timeline.events.length <= FULL_LIMIT ? timeline.events.map((_, i) => i) : null;
		this.extent = timeExtent(timeline.events) ?? fallbackExtent(timeline);
		const home = options.window ?? (timeline.view ? [timeline.view.min, timeline.view.max] : null);
		this.home = home ? clampWindow(home as Window, this.extent) : this.extent;
		this.window = this.home;
		this.wheelNeedsModifier = options.wheelNeedsModifier ?? false;
	}

	/** The d3-zoom transform that shows `window`, relative to the whole extent. */
	transformFor([a, b]: Window): ZoomTransform {
		const base = timeScale(this.extent, [this.frame.timeLeft, this.frame.timeRight]);
		const k = (this.frame.timeRight - this.frame.timeLeft) / (base(a) - base(b) === 0 ? 1 : base(b) - base(a));
		return zoomIdentity.translate(this.frame.timeLeft - k * base(a), 0).scale(k);
	}

	/** Wires d3-zoom to the SVG; returns the cleanup. */
	attach(svg: SVGSVGElement): () => void {
		const behaviour = zoom<SVGSVGElement, unknown>()
			.filter((event: MouseEvent & WheelEvent & TouchEvent) => {
				// Embedded, one finger scrolls the host page; two pinch and pan the chart.
				if (event.type === 'touchstart') return !this.wheelNeedsModifier || event.touches.length >= 2;
				if (event.type === 'wheel') {
					// Trackpad pinches arrive as wheel events with ctrlKey set.
					const allowed = !this.wheelNeedsModifier || event.ctrlKey || event.metaKey;
					if (!allowed) this.#showWheelHint();
					return allowed;
				}
				return !event.ctrlKey && !event.button;
			})
			.scaleExtent([1, (this.extent[1] - this.extent[0]) / MIN_WINDOW])
			.on('zoom', (event: { transform: ZoomTransform }) => {
				const base = timeScale(this.extent, [this.frame.timeLeft, this.frame.timeRight]);
				const [a, b] = event.transform.rescaleX(base).domain();
				this.window = [a!.getTime(), b!.getTime()];
			});
		this.#behaviour = behaviour;
		this.#svg = select(svg);
		this.sync();
		this.#svg.call(behaviour).on('dblclick.zoom', null);
		return () => {
			clearTimeout(this.#hintTimer);
			this.#svg?.on('.zoom', null);
			this.#behaviour = null;
			this.#svg = null;
		};
	}

	/** Re-applies the current window after the frame changed size (keeps what the reader sees). */
	sync() {
		if (!this.#behaviour || !this.#svg) return;
		const { timeLeft, timeRight } = this.frame;
		this.#behaviour
			.extent([
				[timeLeft, 0],
				[timeRight, 1]
			])
			.translateExtent([
				[timeLeft, -Infinity],
				[timeRight, Infinity]
			]);
		this.#behaviour.transform(this.#svg, this.transformFor(this.window));
	}

	zoomBy(factor: number) {
		if (!this.#behaviour || !this.#svg) return;
		this.#transition().call(this.#behaviour.scaleBy, factor);
	}
	/** Zooms by `factor` about the pixel x (clicking a density strip zooms into it). */
	zoomAt(px: number, factor: number) {
		if (!this.#behaviour || !this.#svg) return;
		this.#transition().call(this.#behaviour.scaleBy, factor, [px, 0]);
	}
	zoomIn = () => this.zoomBy(ZOOM_STEP);
	zoomOut = () => this.zoomBy(1 / ZOOM_STEP);
	reset = () => this.show(this.home);
	fitAll = () => this.show(this.extent);

	show(window: Window) {
		if (!this.#behaviour || !this.#svg) {
			this.window = window;
			return;
		}
		this.#transition().call(this.#behaviour.transform, this.transformFor(clampWindow(window, this.extent)));
	}

	/**
	 * Shows `window` at once, without a transition (the overview calls this while it is dragged).
	 * Clamped into the extent and widened to MIN_WINDOW; d3-zoom's transform is set to match, so the
	 * next wheel or drag on the chart starts from here.
	 */
	setWindow(window: Window) {
		const w = clampWindow(window, this.extent);
		if (!this.#behaviour || !this.#svg) {
			this.window = w;
			return;
		}
		this.#svg.interrupt(); // a running show() or zoom transition would undo this
		this.#behaviour.transform(this.#svg, this.transformFor(w));
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

	#transition() {
		const reduce = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
		return this.#svg!.transition().duration(reduce ? 0 : 250);
	}
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
