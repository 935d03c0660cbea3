import { describe, expect, it } from 'vitest';
import { DAY, parseDate } from '../model/dates.ts';
import type { TimelineEvent } from '../model/model.ts';
import { reach, TimeIndex } from './time-index.ts';

function event(id: string, date: string | null, forecast?: string): TimelineEvent {
	return {
		id,
		title: id,
		summary: id,
		kind: 'statement',
		status: 'occurred',
		date,
		dateBasis: 'stated',
		actors: ['a'],
		span: parseDate(date),
		parties: ['one'],
		citations: [],
		...(forecast ? { forecast: { label: 'f', span: parseDate(forecast) as never } } : {})
	} as TimelineEvent;
}

/** The slow, obviously right answer. */
function brute(events: TimelineEvent[], a: number, b: number): number[] {
	return events.flatMap((e, i) => {
		const r = reach(e);
		return r && r[0] <= b && r[1] >= a ? [i] : [];
	});
}

/** A seeded PRNG, so a failure can be replayed. */
function mulberry32(seed: number) {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

describe('TimeIndex', () => {
	const t0 = Date.UTC(2020, 0, 1);
	const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

	it('finds what a window meets, counting open ends, forecasts and long spans', () => {
		const events = [
			event('early', '2020-01-02'),
			event('long', '2020-01-01/2020-12-31'),
			event('open-end', '2020-03-01/..'),
			event('open-start', '../2020-01-05'),
			event('forecast', '2020-02-01', '2020-06-01/2020-06-14'),
			event('later', '2020-09-09'),
			event('unscheduled', null)
		];
		const index = new TimeIndex(events);
		const june = [Date.UTC(2020, 5, 3), Date.UTC(2020, 5, 4)] as const;
		expect(index.query(...june).map((i) => events[i]!.id)).toEqual(['long', 'open-end', 'forecast']);
		expect(index.query(Date.UTC(2019, 0, 1), Date.UTC(2019, 1, 1)).map((i) => events[i]!.id)).toEqual(['open-start']);
		expect(index.dated).toBe(6);
		expect(index.count(...june)).toBe(3);
		expect(index.count(Date.UTC(2020, 0, 1), Date.UTC(2021, 0, 1), 2)).toBe(2);
	});

	const rand = mulberry32(7);
	const shuffled = Array.from({ length: 800 }, (_, k) => {
		const start = t0 + Math.floor(rand() * 3650) * DAY;
		if (rand() < 0.25) return event(`r${k}`, `${iso(start)}/${iso(start + Math.floor(rand() ** 4 * 900) * DAY)}`);
		return event(`p${k}`, iso(start));
	});
	// In time order (as most timelines are), the index skips its sort by start: both paths are checked.
	const inOrder = [...shuffled].sort((x, y) => reach(x)![0] - reach(y)![0]);

	it.each([
		['in any order', shuffled],
		['in time order', inOrder]
	])('agrees with a plain scan on random timelines and windows, events %s', { timeout: 30_000 }, (_, events) => {
		const index = new TimeIndex(events);
		for (let q = 0; q < 150; q++) {
			const a = t0 + rand() * 3700 * DAY;
			const b = a + rand() ** 3 * 2000 * DAY;
			expect(index.query(a, b)).toEqual(brute(events, a, b));
			expect(index.count(a, b)).toBe(brute(events, a, b).length);
			const before = events.flatMap((e, i) => (reach(e)![1] <= a ? [i] : []));
			const after = events.flatMap((e, i) => (reach(e)![0] >= b ? [i] : []));
			expect(index.before(a).count).toBe(before.length);
			expect(index.after(b).count).toBe(after.length);
			if (before.length) expect(reach(events[index.before(a).nearest!]!)![1]).toBe(Math.max(...before.map((i) => reach(events[i]!)![1])));
			if (after.length) expect(reach(events[index.after(b).nearest!]!)![0]).toBe(Math.min(...after.map((i) => reach(events[i]!)![0])));
		}
	});

	it.each([
		['in any order', shuffled],
		['in time order', inOrder]
	])('narrowed to the events a filter kept, answers as one built from them, events %s', { timeout: 30_000 }, (_, all) => {
		// With unscheduled events and open ends among them, and a long span kept apart.
		const events = [...all, event('unscheduled', null), event('open', '2021-06-01/..'), event('long', '2015-01-01/2024-01-01')];
		const whole = new TimeIndex(events);
		for (const keep of [0.5, 0.05, 1, 0]) {
			const kept = Int32Array.from(events.flatMap((_, i) => (rand() < keep ? [i] : [])));
			const some = [...kept].map((i) => events[i]!);
			const narrowed = new TimeIndex({ parent: whole, kept });
			const built = new TimeIndex(some);
			expect(narrowed.dated).toBe(built.dated);
			for (let q = 0; q < 60; q++) {
				const a = t0 + (rand() * 3800 - 100) * DAY;
				const b = a + rand() ** 3 * 2000 * DAY;
				expect(narrowed.query(a, b)).toEqual(built.query(a, b));
				expect(narrowed.query(a, b)).toEqual(brute(some, a, b));
				expect(narrowed.count(a, b)).toBe(built.count(a, b));
				expect(narrowed.before(a)).toEqual(built.before(a));
				expect(narrowed.after(b)).toEqual(built.after(b));
			}
		}
	});
});
