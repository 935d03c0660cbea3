import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Timeline } from '../model/model.ts';
import type { EventKind } from '../model/vocabulary.ts';
import { EVENT_KINDS } from '../model/schema.ts';
import { checkFiles } from '../server/check.ts';
import { choose, facetCounts, facetTotals, filtersUrl, isFiltered, kindsIn, prepareCounts, type FacetTotals } from './filters.ts';
import { filterTimeline, optionsQuery, defaultOptions, parseViewOptions } from './options.ts';

const root = resolve(import.meta.dirname, '../../..');
const timeline = checkFiles(root).timelines.find((t) => t.id === 'trump-steps-back-2025-08')!;

// Counted straight from the file, independently of the model: an event's parties are its actors' parties.
const raw = JSON.parse(readFileSync(resolve(root, 'data/timelines/trump-steps-back-2025-08.json'), 'utf8')) as {
	actors: { id: string; party: string }[];
	events: { id: string; kind: string; actors: string[] }[];
};
const partyOf = new Map(raw.actors.map((a) => [a.id, a.party]));
const rawParties = (e: (typeof raw.events)[number]) => new Set(e.actors.map((a) => partyOf.get(a)!));

describe('facetCounts', () => {
	it('counts, without filters, the events that involve each party and the events of each kind', () => {
		const f = facetCounts(timeline, { parties: null, kinds: null });
		for (const p of f.parties) expect(p.count, p.id).toBe(raw.events.filter((e) => rawParties(e).has(p.id)).length);
		for (const k of f.kinds) expect(k.count, k.id).toBe(raw.events.filter((e) => e.kind === k.id).length);
		expect(f.kinds.reduce((n, k) => n + k.count, 0)).toBe(raw.events.length);
		expect(f.parties.every((p) => p.selected) && f.kinds.every((k) => k.selected)).toBe(true);
		expect([f.shown, f.total]).toEqual([raw.events.length, raw.events.length]);
		// Known values, so a change in the data is noticed here too.
		expect(f.parties.map((p) => [p.label, p.count])).toEqual([
			['United States', 15],
			['Russia', 7],
			['Ukraine', 6],
			['Europe and NATO', 3]
		]);
	});

	it('counts each group within the other group’s selection, never within its own', () => {
		const f = facetCounts(timeline, { parties: ['russia'], kinds: ['statement', 'call'] });
		// Parties: events of the selected kinds; Russia's own box being the only one ticked changes nothing.
		for (const p of f.parties)
			expect(p.count, p.id).toBe(raw.events.filter((e) => ['statement', 'call'].includes(e.kind) && rawParties(e).has(p.id)).length);
		// Kinds: events that involve Russia, for every kind, ticked or not.
		for (const k of f.kinds) expect(k.count, k.id).toBe(raw.events.filter((e) => e.kind === k.id && rawParties(e).has('russia')).length);
		expect(f.parties.find((p) => p.id === 'russia')!.selected).toBe(true);
		expect(f.parties.find((p) => p.id === 'ukraine')!.selected).toBe(false);
		expect(f.kinds.find((k) => k.id === 'meeting')!.selected).toBe(false);
		expect(f.shown).toBe(filterTimeline(timeline, { parties: ['russia'], kinds: ['statement', 'call'] }).events.length);
		expect(f.shown).toBe(raw.events.filter((e) => ['statement', 'call'].includes(e.kind) && rawParties(e).has('russia')).length);
	});

	it('offers only the kinds that occur, labelled in words', () => {
		const present = new Set(raw.events.map((e) => e.kind));
		expect(kindsIn(timeline)).toEqual(EVENT_KINDS.filter((k) => present.has(k)));
		expect(kindsIn(timeline)).not.toContain('agreement');
		expect(facetCounts(timeline, { parties: null, kinds: null }).kinds.find((k) => k.id === 'press-conference')!.label).toBe('Press conference');
	});

	it('shows nothing when a group has nothing ticked', () => {
		const f = facetCounts(timeline, { parties: [], kinds: null });
		expect(f.shown).toBe(0);
		expect(f.parties.every((p) => !p.selected)).toBe(true);
		expect(f.kinds.every((k) => k.count === 0)).toBe(true);
	});
});

const ids = ['a', 'b', 'c', 'd'];
/** Any events of the known kinds, naming some of three parties, another one or none. */
const anyTimeline = fc
	.array(fc.record({ kind: fc.constantFrom(...EVENT_KINDS), parties: fc.array(fc.constantFrom(...ids, 'unknown'), { maxLength: 4 }) }), { maxLength: 40 })
	.map((events) => ({ ...timeline, parties: ids.slice(0, 3).map((id) => ({ id, label: id, order: 0 })), events: events.map((e, k) => ({ ...timeline.events[0]!, ...e, id: `e${k}` })) }) as Timeline);

describe('facetCounts on any timeline', () => {
	/** The plain definition, pass by pass: what the one-pass count must equal. */
	function reference(t: Timeline, { parties, kinds }: { parties: string[] | null; kinds: EventKind[] | null }) {
		const ofKinds = t.events.filter((e) => !kinds || kinds.includes(e.kind));
		const ofParties = t.events.filter((e) => !parties || e.parties.some((p) => parties.includes(p)));
		return {
			parties: t.parties.map((p) => ofKinds.filter((e) => e.parties.includes(p.id)).length),
			kinds: kindsIn(t).map((k) => [k, ofParties.filter((e) => e.kind === k).length]),
			shown: filterTimeline(t, { parties, kinds }).events.length
		};
	}
	it('counts what filtering would show, for any events and any selection', () => {
		fc.assert(
			fc.property(anyTimeline, fc.option(fc.subarray(ids)), fc.option(fc.subarray([...EVENT_KINDS])), (t, parties, kinds) => {
				const f = facetCounts(t, { parties, kinds });
				const r = reference(t, { parties, kinds });
				expect(f.parties.map((p) => p.count)).toEqual(r.parties);
				expect(f.kinds.map((k) => [k.id, k.count])).toEqual(r.kinds);
				expect(f.shown).toBe(r.shown);
				expect(f.total).toBe(t.events.length);
			})
		);
	});
});

describe('facetTotals', () => {
	// A copy of the timeline: the counts made for one timeline object are kept for it (see codes).
	const copy = (t: Timeline): Timeline => ({ ...t, events: [...t.events] });

	it('counted in the build, give a page what it would count itself with no filter set', () => {
		fc.assert(
			fc.property(anyTimeline, (t) => {
				const totals = JSON.parse(JSON.stringify(facetTotals(t))) as FacetTotals;
				const page = copy(t);
				expect(facetCounts(page, { parties: null, kinds: null }, totals)).toEqual(facetCounts(copy(t), { parties: null, kinds: null }));
				expect(kindsIn(page, totals)).toEqual(kindsIn(copy(t)));
			})
		);
	});

	it('are what the page shows when they fit its timeline, and are left aside once a filter is set', () => {
		const t = copy(timeline);
		const own = facetCounts(copy(timeline), { parties: null, kinds: null });
		// Counts no page would count: seen only if they are used.
		const totals: FacetTotals = { total: t.events.length, parties: t.parties.map((_, i) => 1000 + i), kinds: [{ id: 'call', count: 7 }] };
		const f = facetCounts(t, { parties: null, kinds: null }, totals);
		expect(f.parties.map((p) => [p.id, p.count])).toEqual(t.parties.map((p, i) => [p.id, 1000 + i]));
		expect(f.kinds.map((k) => [k.id, k.label, k.count])).toEqual([['call', 'Call', 7]]);
		expect(kindsIn(t, totals)).toEqual(['call']);
		const filtered = facetCounts(t, { parties: [t.parties[0]!.id], kinds: null }, totals);
		expect(filtered.parties.map((p) => p.count)).toEqual(own.parties.map((p) => p.count));
		expect(facetCounts(t, { parties: null, kinds: [] }, totals).shown).toBe(0);
	});

	it('are left aside for a timeline they were not counted over: the first part of a large one', () => {
		const part = { ...timeline, events: timeline.events.slice(0, 5) };
		const totals = facetTotals(timeline);
		expect(facetCounts(part, { parties: null, kinds: null }, totals)).toEqual(facetCounts(copy(part), { parties: null, kinds: null }));
		expect(kindsIn(part, totals)).toEqual(kindsIn(copy(part)));
		const fewerParties = { ...timeline, parties: timeline.parties.slice(1) };
		expect(facetCounts(fewerParties, { parties: null, kinds: null }, totals).parties.map((p) => p.count)).toEqual(
			facetCounts(copy(fewerParties), { parties: null, kinds: null }).parties.map((p) => p.count)
		);
	});

	it('prepareCounts makes, ahead, the counts a filter needs (the same counts as without it)', () => {
		const t = copy(timeline);
		prepareCounts(t);
		const filters = { parties: [t.parties[1]!.id], kinds: null };
		expect(facetCounts(t, filters)).toEqual(facetCounts(copy(timeline), filters));
	});
});

describe('choose', () => {
	const all = ['a', 'b', 'c'] as const;
	it.each([
		[null, 'b', false, ['a', 'c']],
		[['a', 'c'], 'b', true, null],
		[['a'], 'a', false, []],
		[[], 'c', true, ['c']],
		[['c', 'a'], 'b', true, null],
		[['c'], 'a', true, ['a', 'c']],
		// Asking for what is already so changes nothing (a box reported twice).
		[null, 'b', true, null],
		[['a'], 'b', false, ['a']],
		[[], 'a', false, []]
	] as const)('%j, setting %s to %s, gives %j', (selected, id, on, expected) => {
		expect(choose(selected, all, id, on)).toEqual(expected);
	});

	it('drops choices that are not offered', () => {
		expect(choose(['a', 'zzz' as never], all, 'b', true)).toEqual(['a', 'b']);
	});
});

describe('filtersUrl', () => {
	const base = new URL('http://x.test/view?src=https%3A%2F%2Fa.test%2Ft.json&theme=dark&event=trump-putin-call');

	it('writes the filters as the options parser reads them and keeps every other parameter', () => {
		const next = { parties: ['united-states', 'russia'], kinds: ['call', 'statement'] as ('call' | 'statement')[] };
		const url = filtersUrl(base, timeline, next);
		expect(url.searchParams.get('src')).toBe('https://a.test/t.json');
		expect(url.searchParams.get('theme')).toBe('dark');
		expect(url.searchParams.get('event')).toBe('trump-putin-call');
		const { options, warnings } = parseViewOptions(new URLSearchParams([...url.searchParams].filter(([k]) => k !== 'src')), timeline);
		expect(warnings).toEqual([]);
		expect(options.parties).toEqual(next.parties);
		expect(options.kinds).toEqual(next.kinds);
		expect(url.search).toContain(optionsQuery({ ...defaultOptions(), parties: next.parties }).slice(1));
	});

	it('leaves out "all", writes "none" as an empty value that reads back as none', () => {
		const all = filtersUrl(new URL('http://x.test/?parties=russia&kinds=call'), timeline, { parties: null, kinds: null });
		expect(all.search).toBe('');
		const none = filtersUrl(new URL('http://x.test/'), timeline, { parties: [], kinds: null });
		expect(none.search).toBe('?parties=');
		const { options, warnings } = parseViewOptions(none.searchParams, timeline);
		expect(warnings).toEqual([]);
		expect(options.parties).toEqual([]);
		expect(filterTimeline(timeline, options).events).toEqual([]);
	});

	it('keeps the selected event while it is shown, and drops it once hidden', () => {
		expect(filtersUrl(base, timeline, { parties: ['russia'], kinds: null }).searchParams.get('event')).toBe('trump-putin-call');
		expect(filtersUrl(base, timeline, { parties: ['ukraine'], kinds: null }).searchParams.has('event')).toBe(false);
		expect(filtersUrl(base, timeline, { parties: null, kinds: ['meeting'] }).searchParams.has('event')).toBe(false);
	});
});

it('isFiltered', () => {
	expect(isFiltered({ parties: null, kinds: null })).toBe(false);
	expect(isFiltered({ parties: [], kinds: null })).toBe(true);
	expect(isFiltered({ parties: null, kinds: ['call'] })).toBe(true);
});
