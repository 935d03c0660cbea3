import { tickStep as d3TickStep } from 'd3-array';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calendarTicks, tickStep } from './calendar.ts';

// scale.spec.ts compares these ticks with d3-time's on windows of any length; these are examples.
describe('calendarTicks', () => {
	const utc = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);
	const iso = (ticks: Date[]) => ticks.map((t) => t.toISOString().slice(0, 10));

	it('steps by days, weeks (from Sunday), months, quarters and years as the window grows', () => {
		expect(iso(calendarTicks(utc(2025, 8, 14), utc(2025, 8, 18), 5))).toEqual(['2025-08-14', '2025-08-15', '2025-08-16', '2025-08-17', '2025-08-18']);
		expect(iso(calendarTicks(utc(2025, 8, 1), utc(2025, 9, 1), 5))).toEqual(['2025-08-03', '2025-08-10', '2025-08-17', '2025-08-24', '2025-08-31']);
		expect(iso(calendarTicks(utc(2025, 1, 1), utc(2026, 1, 1), 4))).toEqual(['2025-01-01', '2025-04-01', '2025-07-01', '2025-10-01', '2026-01-01']);
		expect(iso(calendarTicks(utc(2000, 6, 1), utc(2030, 6, 1), 3))).toEqual(['2010-01-01', '2020-01-01', '2030-01-01']);
	});

	it('gives every midnight, not hours, in a window of a day or two', () => {
		expect(iso(calendarTicks(utc(2025, 8, 18) - 36e5, utc(2025, 8, 19) + 36e5, 10))).toEqual(['2025-08-18', '2025-08-19']);
		expect(calendarTicks(utc(2025, 8, 18) + 36e5, utc(2025, 8, 18) + 72e5, 10)).toEqual([]);
	});
});

describe('tickStep', () => {
	it("is d3-array's for any start ≤ stop and count, steps below 1 and the retry at counts under 2 included", () => {
		fc.assert(
			fc.property(
				fc.double({ min: -1e4, max: 1e4, noNaN: true }),
				fc.double({ min: 0, max: 1e4, noNaN: true }),
				fc.oneof(fc.double({ min: 0.25, max: 3, noNaN: true }), fc.integer({ min: 1, max: 40 })),
				(start, length, count) => {
					expect(tickStep(start, start + length, count)).toBe(d3TickStep(start, start + length, count));
				}
			),
			{ numRuns: 5000 }
		);
	});

	it('gives the steps d3-array gives on examples', () => {
		expect(tickStep(0, 10, 5)).toBe(2);
		expect(tickStep(0, 1, 10)).toBe(0.1);
		expect(tickStep(0.2, 0.9, 1)).toBe(d3TickStep(0.2, 0.9, 1));
		expect(tickStep(45, 55, 1)).toBe(10);
	});
});
