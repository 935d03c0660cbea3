import type { Relation } from './vocabulary.ts';
import type { TimelineEvent } from './model.ts';
import { en } from '../i18n/en.ts';

/**
 * How a relation reads from each end: "this event <forward> that one", "<backward>" from the other,
 * as [forward, backward] (the catalogue's `relations`; English by default).
 */
type RelationWords = Record<Relation, readonly [string, string]>;

export interface RelatedLink {
	words: string;
	event: TimelineEvent;
}

/** Both the event's own relations and those of other events that point at it. */
export function relatedLinks(event: TimelineEvent, all: readonly TimelineEvent[], words: RelationWords = en.relations): RelatedLink[] {
	const byId = new Map(all.map((e) => [e.id, e]));
	const out: RelatedLink[] = [];
	for (const r of event.related ?? []) {
		const other = byId.get(r.event);
		if (other) out.push({ words: words[r.relation][0], event: other });
	}
	for (const other of all)
		for (const r of other.related ?? [])
			if (r.event === event.id) out.push({ words: words[r.relation][1], event: other });
	return out;
}
