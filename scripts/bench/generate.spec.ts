import { describe, expect, it } from 'vitest';
import { validateTimeline } from '../../src/lib/model/validate.ts';
import { benchSlug, generateTimeline, prng, visItems } from './generate.ts';

describe('prng', () => {
	it('repeats for a seed and differs between seeds', () => {
		const a = prng(1);
		const b = prng(1);
		const c = prng(2);
		const xs = [a(), a(), a()];
		expect([b(), b(), b()]).toEqual(xs);
		expect(c()).not.toBe(xs[0]);
		expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
	});
});

describe('generateTimeline', () => {
	const t = generateTimeline(400);

	it('passes the project validator with no errors', () => {
		const result = validateTimeline(t, `data/timelines/${benchSlug(400)}.json`, new Map());
		expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
		expect(result.timeline?.events).toHaveLength(400);
	});

	it('is the same file every time', () => {
		expect(JSON.stringify(generateTimeline(400))).toBe(JSON.stringify(t));
	});

	it('has 8 parties, about a quarter intervals, mixed kinds, over ten years', () => {
		expect(t.id).toBe(benchSlug(400));
		expect(t.parties).toHaveLength(8);
		expect(new Set(t.actors.map((a) => a.party)).size).toBe(8);
		const intervals = t.events.filter((e) => e.date?.includes('/')).length;
		expect(intervals / 400).toBeGreaterThan(0.18);
		expect(intervals / 400).toBeLessThan(0.32);
		expect(new Set(t.events.map((e) => e.kind)).size).toBeGreaterThan(5);
		const years = new Set(t.events.map((e) => e.date!.slice(0, 4)));
		expect(years.size).toBe(10);
		expect(t.unverified).toBe(true);
		expect(t.sources).toEqual([]);
	});
});

describe('visItems', () => {
	it('gives one item per event in its first actor’s lane, with an exclusive end', () => {
		const t = generateTimeline(50);
		const { items, groups } = visItems(t);
		expect(items).toHaveLength(50);
		expect(groups.map((g) => g.id)).toEqual(t.parties.map((p) => p.id));
		const ranged = t.events.findIndex((e) => e.date!.includes('/'));
		const [, end] = t.events[ranged]!.date!.split('/');
		expect(Date.parse(items[ranged]!.end!) - Date.parse(end!)).toBe(86_400_000);
		expect(items[ranged]!.content).toBe(t.events[ranged]!.title);
		expect(t.parties.map((p) => p.id)).toContain(items[0]!.group);
	});
});
