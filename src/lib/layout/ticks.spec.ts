import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { utcFormat } from 'd3-time-format';
import { tickFormat } from './ticks.ts';
import { timeScale } from './scale.ts';

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

	it('writes English labels as d3-time-format wrote them, for any instant', () => {
		const styles = [
			[[d(2025, 8, 14)], utcFormat('%-d %b')],
			[[d(2025, 8, 1)], utcFormat('%b %Y')],
			[[d(2025, 1, 1)], utcFormat('%Y')]
		] as const;
		fc.assert(
			fc.property(fc.integer({ min: -8.64e15, max: 8.64e15 }), (ms) => {
				for (const [ticks, d3] of styles) expect(tickFormat(ticks)(new Date(ms))).toBe(d3(new Date(ms)));
			})
		);
	});
});

describe('fitTicks', () => {
	it('never puts two ticks closer than the spacing, whatever the zoom', async () => {
		const { fitTicks } = await import('./ticks.ts');
		for (const days of [1, 3, 10, 40, 61, 75, 200, 800, 4000]) {
			for (const width of [300, 960, 1230]) {
				const start = d(2024, 12, 10).getTime();
				const scale = timeScale([start, start + days * 864e5], [0, width]);
				const ticks = fitTicks(scale, width, 55);
				expect(ticks.length, `${days} days at ${width} px`).toBeGreaterThanOrEqual(1);
				for (let i = 1; i < ticks.length; i++) expect(scale(ticks[i]!) - scale(ticks[i - 1]!), `${days} days at ${width} px`).toBeGreaterThanOrEqual(54);
			}
		}
	});

	it('asks d3 for fewer ticks where its calendar step gave too many (the case that overlapped)', async () => {
		const { fitTicks } = await import('./ticks.ts');
		const scale = timeScale([+d(2024, 12, 10), +d(2025, 2, 8)], [0, 1230]);
		expect(scale.ticks(22).length).toBeGreaterThan(22);
		expect(fitTicks(scale, 1230).length).toBeLessThanOrEqual(22);
	});
});
