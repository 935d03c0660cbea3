import { describe, expect, it } from 'vitest';
import type { Timeline } from '../model/model.ts';
import { packTimeline } from '../model/pack.ts';
import { TimelineLoader } from './loader.svelte.ts';

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
