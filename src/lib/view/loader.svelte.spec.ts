import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Timeline } from '../model/model.ts';
import { packTimeline } from '../model/pack.ts';
import { preloaded, TimelineLoader } from './loader.svelte.ts';

const events = (n: number) => Array.from({ length: n }, (_, k) => ({ id: `e${k}` }));
const timeline = (n: number) => ({ id: 'big', events: events(n) }) as unknown as Timeline;
const answer = (body: unknown, status = 200) => (async () => new Response(JSON.stringify(body), { status })) as typeof fetch;

describe('TimelineLoader', () => {
	it('is complete at once for a timeline prerendered whole, and fetches nothing', async () => {
		const loader = new TimelineLoader(timeline(3), null, '/t/big/model.json');
		expect(loader.status).toBe('complete');
		await loader.load((() => {
			throw new Error('fetched');
		}) as never);
		expect(loader.status).toBe('complete');
	});

	it('swaps in the whole timeline', async () => {
		const loader = new TimelineLoader(timeline(2), { total: 5 }, '/t/big/model.json');
		expect(loader.status).toBe('loading');
		await loader.load(answer(timeline(5)));
		expect(loader.status).toBe('complete');
		expect(loader.timeline.events.length).toBe(5);
	});

	it('unpacks a packed model.json', async () => {
		const loader = new TimelineLoader(timeline(2), { total: 5 }, '/t/big/model.json');
		await loader.load(answer(packTimeline(timeline(5))));
		expect(loader.status).toBe('complete');
		expect(loader.timeline.events.map((e) => e.id)).toEqual(['e0', 'e1', 'e2', 'e3', 'e4']);
	});

	it('says what went wrong, keeps the first part, and can try again', async () => {
		const loader = new TimelineLoader(timeline(2), { total: 5 }, '/t/big/model.json');
		await loader.load(answer({}, 503));
		expect([loader.status, loader.error]).toEqual(['error', 'the server answered 503']);
		expect(loader.timeline.events.length).toBe(2);
		await loader.load(answer({ id: 'other', events: events(5) }));
		expect(loader.error).toBe('/t/big/model.json does not hold timeline “big”');
		await loader.load(answer(timeline(4)));
		expect(loader.error).toBe('/t/big/model.json has 4 events where 5 were expected');
		await loader.load(async () => {
			throw new TypeError('Failed to fetch');
		});
		expect(loader.error).toBe('Failed to fetch');
		await loader.load(answer(timeline(5)));
		expect([loader.status, loader.error]).toEqual(['complete', null]);
	});
});

describe('preloaded', () => {
	const URL_ = '/t/big/model.json';
	const HREF = 'https://dateline.example/t/big/model.json';
	/** A page at https://dateline.example/ with a preload link (an EventTarget) and resource entries. */
	function page({ link = true, entry = false } = {}) {
		const entries = new Set<string>(entry ? [HREF] : []);
		const el = Object.assign(new EventTarget(), { href: HREF });
		vi.stubGlobal('document', { baseURI: 'https://dateline.example/t/big', querySelectorAll: () => (link ? [el] : []) });
		vi.stubGlobal('performance', { getEntriesByName: (name: string) => (entries.has(name) ? [{ name }] : []) });
		/** The preload finishing: its resource entry, then its load event. */
		const finish = (event: 'load' | 'error' = 'load') => {
			entries.add(HREF);
			el.dispatchEvent(new Event(event));
		};
		return { finish };
	}
	const counted = (body: unknown, status = 200) => {
		const fetcher = vi.fn(answer(body, status));
		return fetcher as typeof fetcher & typeof fetch;
	};
	afterEach(() => {
		vi.unstubAllGlobals();
		vi.useRealTimers();
	});

	it('is null on the server, and fetches nothing', async () => {
		const fetcher = counted(timeline(5));
		expect(await preloaded(URL_, 'big', 5, fetcher)).toBeNull();
		expect(fetcher).not.toHaveBeenCalled();
	});

	it('reads a preload that has finished at once', async () => {
		page({ entry: true });
		const fetcher = counted(packTimeline(timeline(5)));
		expect((await preloaded(URL_, 'big', 5, fetcher))?.events).toHaveLength(5);
		expect(fetcher).toHaveBeenCalledWith(URL_);
	});

	it('waits for a preload on its way', async () => {
		const { finish } = page();
		const fetcher = counted(timeline(5));
		const whole = preloaded(URL_, 'big', 5, fetcher, 1000);
		finish();
		expect((await whole)?.events).toHaveLength(5);
	});

	it('gives up after the wait, without fetching: the loader goes on from the first part', async () => {
		vi.useFakeTimers();
		page();
		const fetcher = counted(timeline(5));
		const whole = preloaded(URL_, 'big', 5, fetcher, 1000);
		await vi.advanceTimersByTimeAsync(999);
		let settled = false;
		void whole.then(() => (settled = true));
		await Promise.resolve();
		expect(settled).toBe(false);
		await vi.advanceTimersByTimeAsync(1);
		expect(await whole).toBeNull();
		expect(fetcher).not.toHaveBeenCalled();
	});

	it('is null without a preload (a page reached by a link inside the site)', async () => {
		page({ link: false });
		const fetcher = counted(timeline(5));
		expect(await preloaded(URL_, 'big', 5, fetcher)).toBeNull();
		expect(fetcher).not.toHaveBeenCalled();
	});

	it('is null when the preloaded file is wrong or failed, so that the loader says why', async () => {
		page({ entry: true });
		expect(await preloaded(URL_, 'big', 5, counted(timeline(4)))).toBeNull();
		expect(await preloaded(URL_, 'big', 5, counted({}, 503))).toBeNull();
		const { finish } = page();
		const failing = preloaded(URL_, 'big', 5, counted({}, 503), 1000);
		finish('error');
		expect(await failing).toBeNull();
	});
});
