import type { Relation } from './vocabulary.ts';
import type { TimelineEvent } from './model.ts';

/** How a relation reads from each end: "this event <forward> that one", "<backward>" from the other. */
const WORDS: Record<Relation, { forward: string; backward: string }> = {
	follows: { forward: 'Follows', backward: 'Followed by' },
	'depends-on': { forward: 'Depends on', backward: 'Needed first for' },
	'responds-to': { forward: 'Responds to', backward: 'Answered by' },
	'part-of': { forward: 'Part of', backward: 'Includes' },
	'reports-on': { forward: 'Reports on', backward: 'Reported on by' },
	contradicts: { forward: 'Contradicts', backward: 'Contradicted by' }
};

export interface RelatedLink {
	words: string;
	event: TimelineEvent;
}

/** Both the event's own relations and those of other events that point at it. */
export function relatedLinks(event: TimelineEvent, all: readonly TimelineEvent[]): RelatedLink[] {
	const byId = new Map(all.map((e) => [e.id, e]));
	const out: RelatedLink[] = [];
	for (const r of event.related ?? []) {
		const other = byId.get(r.event);
		if (other) out.push({ words: WORDS[r.relation].forward, event: other });
	}
	for (const other of all)
		for (const r of other.related ?? [])
			if (r.event === event.id) out.push({ words: WORDS[r.relation].backward, event: other });
	return out;
}
