/**
 * Which events of a timeline a narrower one (a filter's result) kept, recorded where the filter
 * makes it, so the chart can narrow the larger timeline's indexes instead of building its own from
 * scratch (a party checkbox on 100,000 events). Kept beside the timelines, not in them: a timeline
 * stays plain data.
 */
import type { Timeline } from './model.ts';

export interface Subset {
	parent: Timeline;
	/** Ascending indexes into the parent's events: the narrower timeline's events, in order. */
	kept: Int32Array;
	/** Only parties were filtered out: every event of each party kept is there. */
	partiesOnly: boolean;
}

const subsets = new WeakMap<Timeline, Subset>();

export function recordSubset(child: Timeline, subset: Subset): void {
	subsets.set(child, subset);
}

export function subsetOf(child: Timeline): Subset | undefined {
	return subsets.get(child);
}
