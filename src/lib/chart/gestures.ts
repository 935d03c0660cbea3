/**
 * Wheel, drag and pinch on the chart, turned into windows. The arithmetic is in layout/scale.ts
 * (wheelFactor, dragByPixels, pinchWindow); this file only listens. It does what d3-zoom did here,
 * in a fraction of the bytes: mouse drags listen on the window until the button is released and
 * swallow the click that ends a real drag; touches pan with one finger and pinch with two, each
 * finger keeping the instant it first touched under it.
 */
import { dragByPixels, pinchWindow, wheelFactor, zoomWindow, type Window } from '../layout/scale.ts';

export interface GestureTarget {
	/** Where the time axis runs, in the element's own pixels. */
	axis(): { left: number; width: number };
	window(): Window;
	/** Shows a window (the target clamps it) at once, stopping any animation. */
	set(window: Window): void;
	/** Whether this wheel event zooms (else it is left to scroll the page). */
	wheel(event: WheelEvent): boolean;
	/** Whether a touch with this many fingers pans and pinches the chart (else the page scrolls). */
	touch(fingers: number): boolean;
}

/** A mouse that moved less than this (px) between press and release clicked rather than dragged. */
const CLICK_DISTANCE = 3;
/** Pixels per line, for wheels that count in lines (Firefox's mouse wheel). */
const LINE = 20;

export function attachGestures(el: SVGSVGElement, target: GestureTarget): () => void {
	/** Pixel x of a client x, in the element's coordinates (its viewBox may be scaled by CSS). */
	const px = (clientX: number) => {
		const r = el.getBoundingClientRect();
		const w = el.viewBox.baseVal?.width || r.width;
		return ((clientX - r.left) * w) / (r.width || 1);
	};
	const instant = (x: number, w: Window) => {
		const { left, width } = target.axis();
		return w[0] + ((x - left) * (w[1] - w[0])) / width;
	};

	function onWheel(e: WheelEvent) {
		if (!target.wheel(e)) return;
		e.preventDefault();
		const w = target.window();
		// A sideways swipe on a trackpad (or Shift + wheel) pans; anything else zooms about the pointer.
		if (!e.ctrlKey && Math.abs(e.deltaX) > Math.abs(e.deltaY)) {
			target.set(dragByPixels(w, -e.deltaX * (e.deltaMode === 1 ? LINE : 1), target.axis().width));
			return;
		}
		target.set(zoomWindow(w, wheelFactor(e), instant(px(e.clientX), w)));
	}

	function onMouseDown(e: MouseEvent) {
		if (e.button !== 0 || e.ctrlKey) return;
		const x0 = e.clientX;
		const y0 = e.clientY;
		const from = target.window();
		let moved = false;
		const view = e.view ?? window;
		// No native drag of a link or image, no text selection, while the chart is dragged (as d3-drag's nodrag).
		const noDrag = (d: Event) => d.preventDefault();
		view.addEventListener('dragstart', noDrag, { capture: true });
		view.addEventListener('selectstart', noDrag, { capture: true });
		const move = (m: MouseEvent) => {
			if (!moved && Math.hypot(m.clientX - x0, m.clientY - y0) < CLICK_DISTANCE) return;
			moved = true;
			m.preventDefault();
			target.set(dragByPixels(from, px(m.clientX) - px(x0), target.axis().width));
		};
		const up = () => {
			view.removeEventListener('mousemove', move);
			view.removeEventListener('mouseup', up);
			view.removeEventListener('dragstart', noDrag, { capture: true });
			view.removeEventListener('selectstart', noDrag, { capture: true });
			if (!moved) return;
			// The click that ends a drag is not a click on the mark under the pointer.
			const swallow = (c: Event) => {
				c.stopPropagation();
				c.preventDefault();
			};
			view.addEventListener('click', swallow, { capture: true, once: true });
			setTimeout(() => view.removeEventListener('click', swallow, { capture: true }), 0);
		};
		view.addEventListener('mousemove', move);
		view.addEventListener('mouseup', up);
	}

	/** Fingers on the chart: where each touched, in pixels and as the instant under it then. */
	let fingers = new Map<number, { t: number }>();
	const rebase = (touches: TouchList) => {
		const w = target.window();
		fingers = new Map([...touches].map((t) => [t.identifier, { t: instant(px(t.clientX), w) }]));
	};
	function onTouchStart(e: TouchEvent) {
		if (!target.touch(e.touches.length)) {
			fingers.clear();
			return;
		}
		rebase(e.touches);
	}
	function onTouchMove(e: TouchEvent) {
		if (fingers.size === 0 || !target.touch(e.touches.length)) return;
		e.preventDefault(); // the chart, not the page, follows the fingers
		const [f1, f2] = [...e.touches].slice(0, 2).map((t) => ({ p: px(t.clientX), start: fingers.get(t.identifier) }));
		const { left, width } = target.axis();
		const w = target.window();
		if (!f1?.start) return;
		if (f2?.start) {
			const next = pinchWindow(f1.start.t, f1.p, f2.start.t, f2.p, left, width);
			if (next) target.set(next);
			return;
		}
		// One finger: the instant it holds stays under it.
		const now = instant(f1.p, w);
		target.set([w[0] + f1.start.t - now, w[1] + f1.start.t - now]);
	}
	function onTouchEnd(e: TouchEvent) {
		if (fingers.size === 0) return;
		if (e.touches.length === 0 || !target.touch(e.touches.length)) fingers.clear();
		else rebase(e.touches); // a pinch that loses a finger goes on as a pan from here
	}

	el.addEventListener('wheel', onWheel, { passive: false });
	el.addEventListener('mousedown', onMouseDown);
	el.addEventListener('touchstart', onTouchStart, { passive: true });
	el.addEventListener('touchmove', onTouchMove, { passive: false });
	el.addEventListener('touchend', onTouchEnd);
	el.addEventListener('touchcancel', onTouchEnd);
	return () => {
		el.removeEventListener('wheel', onWheel);
		el.removeEventListener('mousedown', onMouseDown);
		el.removeEventListener('touchstart', onTouchStart);
		el.removeEventListener('touchmove', onTouchMove);
		el.removeEventListener('touchend', onTouchEnd);
		el.removeEventListener('touchcancel', onTouchEnd);
	};
}
