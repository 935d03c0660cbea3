/**
 * Every cited passage, by source id, built in one pass over all timelines: a source page looks up
 * its own passages instead of scanning every event of every timeline (which made prerendering the
 * source pages quadratic).
 */
import type { Citation, Timeline, TimelineEvent } from '../model/model.ts';

export interface CitedPassage {
	timeline: Timeline;
	event: TimelineEvent;
	citation: Citation;
}

/** Per source id, its passages in timeline, event and citation order. */
export function citationsBySource(timelines: Iterable<Timeline>): Map<string, CitedPassage[]> {
	const index = new Map<string, CitedPassage[]>();
	for (const timeline of timelines)
		for (const event of timeline.events)
			for (const citation of event.citations) {
				let list = index.get(citation.source);
				if (!list) index.set(citation.source, (list = []));
				list.push({ timeline, event, citation });
			}
	return index;
}
