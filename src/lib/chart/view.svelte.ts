/**
 * The chart's interaction state: its width and the visible time window. d3-zoom owns gestures
 * (wheel, drag, pinch) and its transform; the window is derived from that transform, and the scale
 * and layout from the window, so data flows one way: window → scale → layout → SVG.
 */
import { select, type Selection } from 'd3-selection';
import 'd3-transition';
import { zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import { layoutChart } from '../layout/chart.ts';
import { chartFrame } from '../layout/frame.ts';
import { clampWindow, MIN_WINDOW, timeExtent, timeScale, type Window } from '../layout/scale.ts';
import { DAY, parseDate } from '../model/dates.ts';
import type { Timeline } from '../model/model.ts';

const ZOOM_STEP = 2;

export class ChartView {
	width = $state(960);
	window: Window = $state([0, 1]);
	readonly extent: Window;
	readonly home: Window;
	// Closures, because the fields they read are set in the constructor.
	readonly frame = $derived.by(() => chartFrame(this.width, this.timeline.events.some((e) => e.span.type === 'unscheduled')));
	readonly scale = $derived.by(() => timeScale(this.window, [this.frame.timeLeft, this.frame.timeRight]));
	readonly layout = $derived.by(() => layoutChart(this.timeline.events, this.timeline.parties, (ms) => this.scale(ms), this.frame));

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

/** With no dated event, the month around the first source's publication (or its year 2000 stand-in). */
function fallbackExtent(timeline: Timeline): Window {
	try {
		const s = parseDate(timeline.sources[0]?.published ?? null);
		if (s.type !== 'unscheduled') return [s.min - 15 * DAY, s.max + 15 * DAY];
	} catch {
		// validated already; fall through
	}
	return [Date.UTC(2000, 0, 1), Date.UTC(2000, 1, 1)];
}
