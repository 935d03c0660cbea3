/**
 * The filter controls' logic: which parties and kinds a reader can tick, how many events each
 * would show, and the URL a change leads to. Pure functions; the page keeps the state in the URL
 * (`parties`, `kinds`, read back by parseViewOptions).
 */
import { kindLabel } from '../model/format.ts';
import type { Timeline } from '../model/model.ts';
import { EVENT_KINDS, type EventKind } from '../model/vocabulary.ts';
import { passesFilters, type ViewOptions } from './options.ts';

export type Filters = Pick<ViewOptions, 'parties' | 'kinds'>;

export interface FacetItem<T extends string = string> {
	id: T;
	label: string;
	/** Events this item would show, within the other group's selection (see facetCounts). */
	count: number;
	selected: boolean;
}

export interface Facets {
	parties: FacetItem[];
	kinds: FacetItem<EventKind>[];
	/** Events shown with the current filters, and in the whole timeline. */
	shown: number;
	total: number;
}

/** The kinds that occur in the timeline, in the format's order (only these get a checkbox). */
export function kindsIn(timeline: Timeline): EventKind[] {
	const present = new Set(timeline.events.map((e) => e.kind));
	return EVENT_KINDS.filter((k) => present.has(k));
}

/**
 * The checkboxes with their counts. Counts are facet-style: each group is counted within the
 * OTHER group's selection and ignores its own. A party's count is the number of events of the
 * selected kinds that involve that party (an event with two parties counts for both); a kind's
 * count is the number of events of that kind that involve a selected party. So a count says what
 * ticking that box would show (given the other group), and it stays the same whether the box
 * itself is ticked or not.
 */
export function facetCounts(timeline: Timeline, filters: Filters): Facets {
	const { parties, kinds } = filters;
	// One pass over the events (it was some twenty, a tenth of a second at 100,000 events).
	const wantParty = parties ? new Set(parties) : null;
	const wantKind = kinds ? new Set<string>(kinds) : null;
	const byParty = new Map(timeline.parties.map((p) => [p.id, 0]));
	const byKind = new Map<string, number>();
	const present = new Set<string>();
	let shown = 0;
	for (const e of timeline.events) {
		present.add(e.kind);
		// Plain loops: this runs for every event of a timeline that may have 100,000.
		const ps = e.parties;
		const kindOn = !wantKind || wantKind.has(e.kind);
		let partyOn = !wantParty;
		for (let k = 0; k < ps.length && !partyOn; k++) partyOn = wantParty!.has(ps[k]!);
		if (kindOn)
			for (let k = 0; k < ps.length; k++) {
				const n = byParty.get(ps[k]!);
				if (n !== undefined && ps.indexOf(ps[k]!) === k) byParty.set(ps[k]!, n + 1); // an event counts once per party
			}
		if (partyOn) byKind.set(e.kind, (byKind.get(e.kind) ?? 0) + 1);
		if (kindOn && partyOn) shown++;
	}
	return {
		parties: timeline.parties.map((p) => ({
			id: p.id,
			label: p.label,
			count: byParty.get(p.id)!,
			selected: !parties || parties.includes(p.id)
		})),
		kinds: EVENT_KINDS.filter((k) => present.has(k)).map((k) => ({
			id: k,
			label: kindLabel(k),
			count: byKind.get(k) ?? 0,
			selected: !kinds || kinds.includes(k)
		})),
		shown,
		total: timeline.events.length
	};
}

/**
 * The selection with `id` ticked (`on`) or not, given every choice in the group (`all`, in display
 * order). null means "all": a selection that holds every choice becomes null, so the URL carries no
 * parameter. An empty array is a real state (nothing ticked) that the page reports.
 */
export function choose<T extends string>(selected: readonly T[] | null, all: readonly T[], id: T, on: boolean): T[] | null {
	const current = new Set(selected ?? all);
	if (on) current.add(id);
	else current.delete(id);
	const next = all.filter((x) => current.has(x));
	return next.length === all.length ? null : next;
}

/**
 * The URL for new filters: `parties` and `kinds` written as parseViewOptions reads them
 * (comma-separated, left out for "all", empty for "none"); every other parameter kept, except a
 * selected `event` that the new filters hide.
 */
export function filtersUrl(url: URL, timeline: Timeline, next: Filters): URL {
	const out = new URL(url);
	for (const key of ['parties', 'kinds'] as const) {
		const value = next[key];
		if (value) out.searchParams.set(key, value.join(','));
		else out.searchParams.delete(key);
	}
	const event = out.searchParams.get('event');
	if (event !== null) {
		const e = timeline.events.find((x) => x.id === event);
		if (!e || !passesFilters(e, next)) out.searchParams.delete('event');
	}
	return out;
}

/** Whether any filter is on (a reset is worth offering). */
export function isFiltered(filters: Filters): boolean {
	return filters.parties !== null || filters.kinds !== null;
}
