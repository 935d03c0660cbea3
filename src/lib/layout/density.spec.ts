import { describe, expect, it } from 'vitest';
import { parseDate } from '../model/dates.ts';
import type { TimelineEvent } from '../model/model.ts';
import { binDensity } from './density.ts';

function event(id: string, date: string | null, parties = ['a']): TimelineEvent {
	return { id, title: id, summary: id, kind: 'statement', status: 'occurred', date, dateBasis: 'stated', actors: ['x'], span: parseDate(date), parties, citations: [] } as TimelineEvent;
}

describe('binDensity', () => {
	// One pixel per day from 1 January 2020, bins of 10 px (10 days).
	const t0 = Date.UTC(2020, 0, 1);
	const x = (ms: number) => (ms - t0) / 86_400_000;
	const lanes = new Map([
		['a', 0],
		['b', 1]
	]);

	it('counts points in their bin and spans in every bin they cover, per lane', () => {
		const events = [
			event('p1', '2020-01-02'),
			event('p2', '2020-01-05', ['a', 'b']),
			event('span', '2020-01-15/2020-02-10'),
			event('late', '2020-03-25', ['b']),
			event('none', null)
		];
		const d = binDensity(events, [0, 1, 2, 3, 4], lanes, x, [0, 100], 10);
		expect(d.counts.length).toBe(2);
		expect([...d.counts[0]!]).toEqual([2, 1, 1, 1, 1, 0, 0, 0, 0, 0]);
		expect([...d.counts[1]!]).toEqual([1, 0, 0, 0, 0, 0, 0, 0, 1, 0]);
		expect(d.max).toBe(2);
	});

	it('clamps spans that run past either edge, counts open ends to the edge, skips what is outside', () => {
		const events = [event('before', '2019-06-01/2020-01-25'), event('open', '2020-03-01/..'), event('outside', '2021-01-01')];
		const d = binDensity(events, [0, 1, 2], lanes, x, [0, 100], 10);
		expect([...d.counts[0]!]).toEqual([1, 1, 1, 0, 0, 0, 1, 1, 1, 1]);
	});

	it('counts only the events it is given', () => {
		const events = [event('p1', '2020-01-02'), event('p2', '2020-01-03')];
		expect(binDensity(events, [1], lanes, x, [0, 100], 10).counts[0]![0]).toBe(1);
	});
});
