/**
 * Synthetic timelines for `npm run bench`, in data format v1: a seeded PRNG makes the same file for
 * the same size every time. 8 parties (one to three actors each), a quarter of the events intervals,
 * kinds mixed, spread over ten years (2015-2024). Unverified drafts with no sources, so the build
 * makes no source pages for them.
 */
import { EVENT_KINDS, type TimelineFile } from '../../src/lib/model/schema.ts';

/** mulberry32: a small, fast, seeded PRNG returning numbers in [0, 1). */
export function prng(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export const PARTIES = 8;
export const START = Date.UTC(2015, 0, 1);
export const DAYS = 3652; // ten years
const DAY = 86_400_000;

export const day = (k: number) => new Date(START + k * DAY).toISOString().slice(0, 10);

/** The slug of the synthetic timeline with `n` events. */
export const benchSlug = (n: number) => `bench-${n}`;

export function generateTimeline(n: number, seed = 20261128): TimelineFile {
	const random = prng(seed ^ n);
	const int = (max: number) => Math.floor(random() * max);
	const parties = Array.from({ length: PARTIES }, (_, i) => ({ id: `party-${i + 1}`, label: `Party ${i + 1}`, order: i }));
	const actors = parties.flatMap((p, i) =>
		Array.from({ length: 1 + (i % 3) }, (_, j) => ({ id: `${p.id}-actor-${j + 1}`, name: `Envoy ${j + 1} of ${p.label}`, role: 'Envoy', party: p.id }))
	);
	const starts = Array.from({ length: n }, () => int(DAYS)).sort((a, b) => a - b);
	const events = starts.map((start, k) => {
		const interval = random() < 0.25;
		const end = Math.min(DAYS - 1, start + 1 + int(20));
		const first = actors[int(actors.length)]!;
		const second = random() < 0.3 ? actors[int(actors.length)]! : null;
		const kind = EVENT_KINDS[int(EVENT_KINDS.length)]!;
		return {
			id: `e-${k + 1}`,
			title: `Synthetic ${kind.replace('-', ' ')} ${k + 1}`,
			summary: `Synthetic event ${k + 1} of ${n}, for the benchmark.`,
			kind,
			status: 'occurred' as const,
			date: interval && end > start ? `${day(start)}/${day(end)}` : day(start),
			dateBasis: 'stated' as const,
			actors: second && second.id !== first.id ? [first.id, second.id] : [first.id],
			citations: []
		};
	});
	return {
		version: 1,
		id: benchSlug(n),
		title: `Benchmark, ${n.toLocaleString('en')} events`,
		description: `A synthetic timeline of ${n.toLocaleString('en')} events over ten years, made by npm run bench.`,
		language: 'en',
		unverified: true,
		sources: [],
		parties,
		actors,
		events
	};
}

/** What vis-timeline gets for the same timeline: one item per event, in the lane of its first actor's party. */
export interface VisItem {
	id: string;
	content: string;
	start: string;
	end?: string;
	group: string;
}

export function visItems(t: TimelineFile): { items: VisItem[]; groups: { id: string; content: string }[] } {
	const partyOf = new Map(t.actors.map((a) => [a.id, a.party]));
	const items = t.events.map((e) => {
		const [start, end] = (e.date ?? '').split('/');
		const item: VisItem = { id: e.id, content: e.title, start: start!, group: partyOf.get(e.actors[0]!)! };
		// EDTF day intervals include their last day; vis-timeline's end is exclusive.
		if (end) item.end = new Date(Date.parse(end) + DAY).toISOString().slice(0, 10);
		return item;
	});
	return { items, groups: t.parties.map((p) => ({ id: p.id, content: p.label })) };
}
