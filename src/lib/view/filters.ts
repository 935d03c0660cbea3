/**
 * The filter controls' logic: which parties and kinds a reader can tick, how many events each
 * would show, and the URL a change leads to. Pure functions (facetCounts keeps integer codes per
 * timeline, see codes); the page keeps the state in the URL
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

/**
 * The counts the filters show before any is set, counted where the page is built (see
 * timelinePayload) so that a page does not read every event's kind and parties before its first
 * render (at 100,000 events, making the codes below took tens of ms of it): each of the
 * timeline's parties' count, in its order; each kind that occurs with its count, in the format's
 * order; and how many events they were counted over. They stand for a timeline only with as many
 * events and parties (see totalsFor): the first part of a large timeline is counted in the page.
 */
export interface FacetTotals {
	total: number;
	parties: number[];
	kinds: { id: EventKind; count: number }[];
}

const NO_FILTERS: Filters = { parties: null, kinds: null };

/** The counts of `timeline` with no filter set, for the page data. */
export function facetTotals(timeline: Timeline): FacetTotals {
	const f = facetCounts(timeline, NO_FILTERS);
	return { total: f.total, parties: f.parties.map((p) => p.count), kinds: f.kinds.map((k) => ({ id: k.id, count: k.count })) };
}

/** `totals` if they were counted over this timeline (as many events and parties), else null. */
function totalsFor(timeline: Timeline, totals: FacetTotals | null | undefined): FacetTotals | null {
	return totals && totals.total === timeline.events.length && totals.parties.length === timeline.parties.length ? totals : null;
}

/** The kinds that occur in the timeline, in the format's order (only these get a checkbox). */
export function kindsIn(timeline: Timeline, totals?: FacetTotals | null): EventKind[] {
	const given = totalsFor(timeline, totals);
	return given ? given.kinds.map((k) => k.id) : codes(timeline).kinds;
}

/**
 * Makes what counting with a filter set needs (the codes below), if it is not made yet: a page
 * given FacetTotals calls it once idle, so that a reader's first click does not wait for it.
 */
export function prepareCounts(timeline: Timeline): void {
	codes(timeline);
}

/**
 * The events' kinds and parties as small integers, built once per timeline (a timeline is never
 * changed once made): the kind's place in EVENT_KINDS, and the parties' places in `ids` (the
 * timeline's parties, then any other id an event names), each once, for event i at
 * party[start[i]] up to party[start[i + 1]].
 * Counting with these is a few integer steps per event; with the ids in sets and maps it was
 * about 30 ms of a filter click at 100,000 events.
 */
interface Codes {
	kind: Uint8Array;
	start: Uint32Array;
	party: Uint32Array;
	ids: string[];
	kinds: EventKind[];
}
const codesOf = new WeakMap<Timeline, Codes>();

function codes(timeline: Timeline): Codes {
	let found = codesOf.get(timeline);
	if (found) return found;
	const { events } = timeline;
	const kindAt = new Map(EVENT_KINDS.map((k, i) => [k, i]));
	const ids = timeline.parties.map((p) => p.id);
	const partyAt = new Map(ids.map((id, i) => [id, i]));
	const kind = new Uint8Array(events.length);
	const start = new Uint32Array(events.length + 1);
	const party: number[] = [];
	const present = new Set<EventKind>();
	for (let i = 0; i < events.length; i++) {
		const e = events[i]!;
		kind[i] = kindAt.get(e.kind)!;
		present.add(e.kind);
		start[i] = party.length;
		for (const id of e.parties) {
			let j = partyAt.get(id);
			if (j === undefined) partyAt.set(id, (j = ids.push(id) - 1));
			// An event counts once per party, however often its actors name it.
			if (!party.includes(j, start[i])) party.push(j);
		}
	}
	start[events.length] = party.length;
	found = { kind, start, party: Uint32Array.from(party), ids, kinds: EVENT_KINDS.filter((k) => present.has(k)) };
	codesOf.set(timeline, found);
	return found;
}

/**
 * The checkboxes with their counts (from `totals`, when given and no filter is set: see
 * FacetTotals). Counts are facet-style: each group is counted within the
 * OTHER group's selection and ignores its own. A party's count is the number of events of the
 * selected kinds that involve that party (an event with two parties counts for both); a kind's
 * count is the number of events of that kind that involve a selected party. So a count says what
 * ticking that box would show (given the other group), and it stays the same whether the box
 * itself is ticked or not.
 */
export function facetCounts(timeline: Timeline, filters: Filters, totals?: FacetTotals | null): Facets {
	const { parties, kinds } = filters;
	const given = !parties && !kinds ? totalsFor(timeline, totals) : null;
	if (given)
		return {
			parties: timeline.parties.map((p, i) => ({ id: p.id, label: p.label, count: given.parties[i]!, selected: true })),
			kinds: given.kinds.map((k) => ({ id: k.id, label: kindLabel(k.id), count: k.count, selected: true })),
			shown: given.total,
			total: given.total
		};
	const { kind, start, party, ids, kinds: present } = codes(timeline);
	// Which parties and kinds are ticked, by their places; null for all.
	const wantParty = parties ? Uint8Array.from(ids, (id) => +parties.includes(id)) : null;
	const wantKind = kinds ? Uint8Array.from(EVENT_KINDS, (k) => +kinds.includes(k)) : null;
	const byParty = new Uint32Array(ids.length);
	const byKind = new Uint32Array(EVENT_KINDS.length);
	let shown = 0;
	for (let i = 0; i < kind.length; i++) {
		const kindOn = !wantKind || wantKind[kind[i]!] === 1;
		let partyOn = !wantParty;
		for (let k = start[i]!; k < start[i + 1]!; k++) {
			if (kindOn) byParty[party[k]!]!++;
			if (!partyOn) partyOn = wantParty![party[k]!] === 1;
		}
		if (partyOn) byKind[kind[i]!]!++;
		if (kindOn && partyOn) shown++;
	}
	return {
		parties: timeline.parties.map((p, i) => ({
			id: p.id,
			label: p.label,
			count: byParty[i]!,
			selected: !parties || parties.includes(p.id)
		})),
		kinds: present.map((k) => ({
			id: k,
			label: kindLabel(k),
			count: byKind[EVENT_KINDS.indexOf(k)]!,
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
