/**
 * A large timeline's page carries only a first part of its events (see previewTimeline); this loads
 * the whole validated timeline from `/t/<slug>/model.json` (packed, see pack.ts) and swaps it in. Until then the page says
 * how many events it shows; on failure it says why and offers to try again. The timeline is held as
 * raw state: 100,000 events are replaced, never mutated, so they need no deep proxies.
 */
import type { Timeline } from '../model/model.ts';
import { isPackedTimeline, unpackTimeline, type PackedTimeline } from '../model/pack.ts';
import type { Rest } from '../model/preview.ts';
import type { FacetTotals } from './filters.ts';

export type LoadStatus = 'complete' | 'loading' | 'error';

/**
 * The page data of /t/<slug> and /embed/<slug>, as timelinePayload makes it at build and the pages'
 * own client reads it back (src/client/start.ts): the timeline packed (or a large one's first part),
 * where its rest is, and the filters' counts with no filter set.
 */
export interface TimelinePayload {
	timeline: PackedTimeline;
	rest: Rest | null;
	facets: FacetTotals;
}

/**
 * What the full page and the embed are given: the timeline (or a large one's first part), where its
 * rest is, the filters' counts from the page data (see FacetTotals), and for a timeline loaded from
 * another site (/view?src=, /embed?src=) its address.
 */
export interface TimelinePageProps {
	timeline: Timeline;
	remote?: string | null;
	rest?: Rest | null;
	facets?: FacetTotals | null;
}

export class TimelineLoader {
	timeline: Timeline = $state.raw() as unknown as Timeline;
	status: LoadStatus = $state('complete');
	error: string | null = $state(null);
	readonly total: number;
	readonly #url: string;

	/** `initial` may already be the whole timeline (see preloaded); then nothing is fetched. */
	constructor(initial: Timeline, rest: Rest | null, url: string) {
		this.timeline = initial;
		this.total = rest?.total ?? initial.events.length;
		this.status = initial.events.length < this.total ? 'loading' : 'complete';
		this.#url = url;
	}

	async load(fetcher: typeof fetch = fetch): Promise<void> {
		if (this.timeline.events.length >= this.total) return;
		this.status = 'loading';
		this.error = null;
		try {
			this.timeline = await fetchWhole(this.#url, this.timeline.id, this.total, fetcher);
			this.status = 'complete';
		} catch (e) {
			this.status = 'error';
			this.error = e instanceof Error ? e.message : String(e);
		}
	}
}

/** The whole timeline `id` from `url` (packed, see pack.ts, or plain); throws saying what is wrong with it. */
export async function fetchWhole(url: string, id: string, total: number, fetcher: typeof fetch = fetch): Promise<Timeline> {
	const res = await fetcher(url);
	if (!res.ok) throw new Error(`the server answered ${res.status} ${res.statusText}`.trim());
	const body: unknown = await res.json();
	const full = (isPackedTimeline(body) ? unpackTimeline(body) : body) as Timeline;
	if (full?.id !== id || !Array.isArray(full.events)) throw new Error(`${url} does not hold timeline “${id}”`);
	if (full.events.length !== total) throw new Error(`${url} has ${full.events.length} events where ${total} were expected`);
	return full;
}

/** How long a page's hydration waits at most for its preload of the whole timeline (see preloaded). */
export const PRELOAD_WAIT_MS = 1000;

/**
 * The whole timeline, when the page's preload of `url` (a `<link rel="preload">` in its head) has
 * finished or finishes within `waitMs`: then the page hydrates with every event at once, instead of
 * hydrating its first part and drawing everything again a moment later. Null when the page has no
 * such preload (as after a client-side navigation), when it takes longer (a slow network: the page's
 * first part is usable meanwhile, and TimelineLoader loads the rest), in a browser without resource
 * timing, and on any problem (the loader then fetches the timeline itself and says what is wrong).
 */
export async function preloaded(url: string, id: string, total: number, fetcher: typeof fetch = fetch, waitMs = PRELOAD_WAIT_MS): Promise<Timeline | null> {
	if (typeof document === 'undefined' || typeof performance?.getEntriesByName !== 'function') return null;
	const href = new URL(url, document.baseURI).href;
	const done = () => performance.getEntriesByName(href, 'resource').length > 0;
	if (!done()) {
		const link = [...document.querySelectorAll<HTMLLinkElement>('link[rel="preload"]')].find((l) => l.href === href);
		if (!link) return null;
		await new Promise<void>((settle) => {
			const timer = setTimeout(settle, waitMs);
			const end = () => {
				clearTimeout(timer);
				settle();
			};
			link.addEventListener('load', end, { once: true });
			link.addEventListener('error', end, { once: true });
		});
		// Asked again rather than trusting the event: it may have fired before the listeners were added.
		if (!done()) return null;
	}
	try {
		return await fetchWhole(url, id, total, fetcher);
	} catch {
		return null;
	}
}
