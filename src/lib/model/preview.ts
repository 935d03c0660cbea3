/**
 * Large timelines are not prerendered whole: the page carries a first part (what the default view
 * shows, up to a limit) and loads the rest as data. This picks that first part.
 */
import type { Timeline } from './model.ts';

/** Timelines with more events than this prerender only a first part. */
export const PRERENDER_EVENTS = 1000;

/** What the page needs to know of the events it does not carry (it loads them from `/t/<slug>/model.json`). */
export interface Rest {
	total: number;
}

/**
 * The events the default view meets (in time order, at most `limit`), or the first `limit` events
 * when the view meets fewer than `limit / 10`, or the timeline itself when it is small enough.
 */
export function previewTimeline(timeline: Timeline, limit = PRERENDER_EVENTS): Timeline {
	if (timeline.events.length <= limit) return timeline;
	const view = timeline.view;
	const inView = view
		? timeline.events.filter((e) => e.span.type === 'unscheduled' || (e.span.min < view.max && e.span.max > view.min))
		: [];
	const events = (inView.length >= limit / 10 ? inView : timeline.events).slice(0, limit);
	return { ...timeline, events };
}
