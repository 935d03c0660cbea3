import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DAY, parseDate } from '../model/dates.ts';
import type { TimelineEvent } from '../model/model.ts';
import { DensityIndex } from './density.ts';

function event(id: string, date: string | null, parties = ['a']): TimelineEvent {
	return { id, title: id, summary: id, kind: 'statement', status: 'occurred', date, dateBasis: 'stated', actors: ['x'], span: parseDate(date), parties, citations: [] } as TimelineEvent;
}

describe('DensityIndex', () => {
	// One pixel per day from 1 January 2020, bins of 10 px (10 days).
	const t0 = Date.UTC(2020, 0, 1);
	const invert = (px: number) => t0 + px * DAY;
	const lanes = new Map([
		['a', 0],
		['b', 1]
	]);

	it('counts points in their bin and spans in every bin they meet, per lane', () => {
		const events = [
			event('p1', '2020-01-02'),
			event('p2', '2020-01-05', ['a', 'b']),
			event('span', '2020-01-15/2020-02-10'),
			event('late', '2020-03-25', ['b']),
			event('none', null)
		];
		const d = new DensityIndex(events, lanes).bins(invert, [0, 100], 10);
		expect(d.counts.length).toBe(2);
		// The span covers days 14 to 40 inclusive: bins 1 to 4.
		expect([...d.counts[0]!]).toEqual([2, 1, 1, 1, 1, 0, 0, 0, 0, 0]);
		expect([...d.counts[1]!]).toEqual([1, 0, 0, 0, 0, 0, 0, 0, 1, 0]);
		expect(d.max).toBe(2);
		expect(d.inView).toEqual([3, 2]);
	});

	it('counts spans that run past either edge, open ends to the edge, nothing outside', () => {
		const events = [event('before', '2019-06-01/2020-01-25'), event('open', '2020-03-01/..'), event('outside', '2021-01-01'), event('open-start', '../2019-01-01')];
		const d = new DensityIndex(events, lanes).bins(invert, [0, 100], 10);
		expect([...d.counts[0]!]).toEqual([1, 1, 1, 0, 0, 0, 1, 1, 1, 1]);
	});

	it('agrees with counting one by one', () => {
		const events = Array.from({ length: 300 }, (_, k) => {
			const day = (k * 37) % 200;
			const iso = (d: number) => new Date(t0 + d * DAY).toISOString().slice(0, 10);
			return event(`e${k}`, k % 4 === 0 ? `${iso(day)}/${iso(day + (k % 23))}` : iso(day), k % 3 ? ['a'] : ['a', 'b']);
		});
		const index = new DensityIndex(events, lanes);
		for (const [from, to] of [
			[0, 10],
			[33, 34],
			[150, 260]
		] as const) {
			const a = invert(from);
			const b = invert(to);
			const expected = events.filter((e) => e.parties.includes('b') && e.span.type !== 'unscheduled' && e.span.min < b && e.span.max > a).length;
			expect(index.countIn(1, a, b)).toBe(expected);
		}
	});

	it('narrowed to some parties (every event of each), counts as one built from those events', () => {
		const parties = ['a', 'b', 'c'];
		const events = Array.from({ length: 400 }, (_, k) => {
			const day = (k * 53) % 220;
			const iso = (d: number) => new Date(t0 + d * DAY).toISOString().slice(0, 10);
			return event(`e${k}`, k % 5 === 0 ? `${iso(day)}/${iso(day + (k % 31))}` : k % 17 === 0 ? null : iso(day), [parties[k % 3]!, ...(k % 4 ? [] : [parties[(k + 1) % 3]!])]);
		});
		const whole = new DensityIndex(events, new Map(parties.map((p, i) => [p, i])));
		// c and a chosen, in another lane order; what a party filter keeps (events of either).
		const lanesOf = new Map([
			['c', 0],
			['a', 1]
		]);
		const kept = events.filter((e) => e.parties.some((p) => lanesOf.has(p)));
		const narrowed = new DensityIndex({ parent: whole }, lanesOf).bins(invert, [0, 240], 7);
		expect(narrowed).toEqual(new DensityIndex(kept, lanesOf).bins(invert, [0, 240], 7));
		expect(narrowed.max).toBeGreaterThan(1);
	});
});

describe('DensityIndex.bins', () => {
	// Bins of a strip are counted from one to the next; each must equal counting it alone.
	const t0 = Date.UTC(2020, 0, 1);
	const iso = (d: number) => new Date(t0 + d * DAY).toISOString().slice(0, 10);
	const date = fc.oneof(
		{ weight: 6, arbitrary: fc.nat(400).map(iso) },
		{ weight: 2, arbitrary: fc.tuple(fc.nat(400), fc.integer({ min: 1, max: 90 })).map(([d, n]) => `${iso(d)}/${iso(d + n)}`) },
		{ weight: 1, arbitrary: fc.tuple(fc.nat(400), fc.constantFrom('..', '')).map(([d, end]) => `${iso(d)}/${end}`) },
		{ weight: 1, arbitrary: fc.tuple(fc.nat(400), fc.constantFrom('..', '')).map(([d, start]) => `${start}/${iso(d)}`) },
		{ weight: 1, arbitrary: fc.constant(null) }
	);
	const lanes = new Map([
		['a', 0],
		['b', 1],
		['c', 2]
	]);

	it('counts each bin as countIn counts it alone, for any events, strip and bin width', () => {
		fc.assert(
			fc.property(
				fc.array(fc.tuple(date, fc.subarray(['a', 'b', 'c'], { minLength: 1 })), { maxLength: 300, size: 'max' }),
				fc.integer({ min: -50, max: 450 }),
				fc.integer({ min: 1, max: 500 }),
				fc.constantFrom(0.5, 1, 2, 3, 7.5),
				fc.constantFrom(0.25, 1, 3),
				(specs, left, width, binWidth, daysPerPx) => {
					const index = new DensityIndex(
						specs.map(([d, parties], k) => event(`e${k}`, d, parties)),
						lanes
					);
					const invert = (px: number) => t0 + px * daysPerPx * DAY;
					const d = index.bins(invert, [left, left + width], binWidth);
					const n = Math.max(1, Math.ceil(width / binWidth));
					const expected = [0, 1, 2].map((lane) => Array.from({ length: n }, (_, k) => index.countIn(lane, invert(left + k * binWidth), invert(left + (k + 1) * binWidth))));
					expect(d.counts.map((c) => [...c])).toEqual(expected);
					expect(d.max).toBe(Math.max(0, ...expected.flat()));
				}
			),
			{ numRuns: 300 }
		);
	});
});
