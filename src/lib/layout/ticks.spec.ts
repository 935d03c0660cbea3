import { describe, expect, it } from 'vitest';
import { tickFormat } from './ticks.ts';

const d = (y: number, m: number, day: number) => new Date(Date.UTC(y, m - 1, day));

describe('tickFormat', () => {
	it.each([
		['days', [d(2025, 8, 14), d(2025, 8, 15)], ['14 Aug', '15 Aug']],
		['days that include a first of the month', [d(2025, 7, 31), d(2025, 8, 1), d(2025, 8, 2)], ['31 Jul', '1 Aug', '2 Aug']],
		['months', [d(2025, 7, 1), d(2025, 8, 1)], ['Jul 2025', 'Aug 2025']],
		['months across a new year', [d(2024, 12, 1), d(2025, 1, 1)], ['Dec 2024', 'Jan 2025']],
		['years', [d(2023, 1, 1), d(2024, 1, 1)], ['2023', '2024']]
	])('labels %s in UTC', (_, ticks, labels) => {
		const format = tickFormat(ticks);
		expect(ticks.map(format)).toEqual(labels);
	});
});
