/**
 * The widths a chart is laid out at, read without forcing the browser to lay out the page again.
 *
 * A prerendered chart hydrates at the width the page already gives it. Read while hydration is
 * changing the page, a width makes the browser lay out those changes there and then, once per read
 * (Svelte's `bind:clientWidth` reads when it starts, and the page's own reads came after others'
 * changes); read before hydration starts, it costs at most the page's first layout (when the
 * browser has not painted the page yet), which it needs anyway, and hydration's changes are laid
 * out once, in the next frame. Afterwards a ResizeObserver reports each new width after the browser's own layout.
 */
import type { Attachment } from 'svelte/attachments';

/**
 * Below this chart width (px) time runs down the page instead of across it. app.css hides a
 * prerendered chart that narrow until that layout is in, by a container query on the chart's
 * section at this width plus the chart's two 1px borders (widths.spec.ts checks they agree).
 */
export const VERTICAL_BELOW = 640;

/**
 * The width (px) of the chart and of its overview on /t/<slug> in any window at least 1,272 px
 * wide, where the page stops growing (app.css: `.page` at most 1240 px wide with 1rem of padding on
 * each side, less the chart's 1 px borders). /t is prerendered at this width: most desktop windows
 * are that wide, and there the chart hydrates as it was prerendered, its text at its own size from
 * the first paint (prerendered at 960 px, it was scaled up until the scripts ran, and hydration
 * rewrote every position in it). An embed's width is its host's choice: it keeps ChartView's guess.
 * e2e: timeline.e2e.ts checks the two agree.
 */
export const PAGE_CHART_WIDTH = 1206;

/** Element id → width (px) read before hydration, until it is forgotten. */
const before = new Map<string, number>();

/**
 * Reads the widths of the page's charts and overviews before hydration changes anything (see
 * src/client/start.ts, which calls it as its script starts). Returns what forgets them, for when
 * hydration is over: a width may change after that.
 */
export function rememberLaidOutWidths(): () => void {
	for (const el of document.querySelectorAll<HTMLElement>('.chart[id], .overview[id]')) {
		const width = el.clientWidth;
		if (width > 0) before.set(el.id, width);
	}
	return () => before.clear();
}

/**
 * The width (px) the page already gives the element `id`: a prerendered chart being hydrated, or
 * the chart a new one replaces. Undefined on the server and when there is none.
 */
export function laidOutWidth(id: string): number | undefined {
	if (typeof document === 'undefined') return undefined;
	return before.get(id) ?? (document.getElementById(id)?.clientWidth || undefined);
}

/**
 * Reports the element's width (its clientWidth, as `bind:clientWidth` does) each time its size
 * changes, from a ResizeObserver only: the first report comes after the next layout, not from a
 * read when the element is attached. Its first width must come from elsewhere (laidOutWidth).
 */
export function observeWidth(set: (width: number) => void): Attachment<HTMLElement> {
	return (element) => {
		const observer = new ResizeObserver(() => set(element.clientWidth));
		observer.observe(element, { box: 'border-box' });
		return () => observer.disconnect();
	};
}
