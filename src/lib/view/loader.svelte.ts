/**
 * A large timeline's page carries only a first part of its events (see previewTimeline); this loads
 * the whole validated timeline from `/t/<slug>/model.json` (packed, see pack.ts) and swaps it in. Until then the page says
 * how many events it shows; on failure it says why and offers to try again. The timeline is held as
 * raw state: 100,000 events are replaced, never mutated, so they need no deep proxies.
 */
import type { Timeline } from '../model/model.ts';
import { isPackedTimeline, unpackTimeline } from '../model/pack.ts';
import type { Rest } from '../model/preview.ts';

export type LoadStatus = 'complete' | 'loading' | 'error';

export class TimelineLoader {
	timeline: Timeline = $state.raw() as unknown as Timeline;
	status: LoadStatus = $state('complete');
	error: string | null = $state(null);
	readonly total: number;
	readonly #url: string;

	constructor(initial: Timeline, rest: Rest | null, url: string) {
		this.timeline = initial;
		this.total = rest?.total ?? initial.events.length;
		this.status = rest ? 'loading' : 'complete';
		this.#url = url;
	}

	async load(fetcher: typeof fetch = fetch): Promise<void> {
		if (this.timeline.events.length >= this.total) return;
		this.status = 'loading';
		this.error = null;
		try {
			const res = await fetcher(this.#url);
			if (!res.ok) throw new Error(`the server answered ${res.status} ${res.statusText}`.trim());
			// model.json is packed (pack.ts); a plain timeline is taken as it is.
			const body: unknown = await res.json();
			const full = (isPackedTimeline(body) ? unpackTimeline(body) : body) as Timeline;
			if (full?.id !== this.timeline.id || !Array.isArray(full.events))
				throw new Error(`${this.#url} does not hold timeline “${this.timeline.id}”`);
			if (full.events.length !== this.total)
				throw new Error(`${this.#url} has ${full.events.length} events where ${this.total} were expected`);
			this.timeline = full;
			this.status = 'complete';
		} catch (e) {
			this.status = 'error';
			this.error = e instanceof Error ? e.message : String(e);
		}
	}
}
