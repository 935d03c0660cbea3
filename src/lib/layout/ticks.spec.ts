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

describe('tickStyle', () => {
	it('names days when a lone tick stands in a window under four weeks, on the first of a month too', async () => {
		const { tickStyle } = await import('./ticks.ts');
		expect(tickStyle([d(2025, 9, 1)], 864e5)).toBe('tickDay');
		expect(tickStyle([d(2025, 9, 1)], 40 * 864e5)).toBe('tickMonth');
		expect(tickStyle([d(2025, 9, 1), d(2025, 10, 1)])).toBe('tickMonth');
		expect(tickStyle([d(2025, 1, 1)])).toBe('tickYear');
		expect(tickStyle([d(2025, 8, 31), d(2025, 9, 1)])).toBe('tickDay');
	});
});

describe('axisLayout', () => {
	const DAY = 864e5;
	const layoutOf = async (from: number, to: number, width = 960) => {
		const { axisLayout, fitTicks, tickStyle, tickFormat } = await import('./ticks.ts');
		const scale = timeScale([from, to], [0, width]);
		const ticks = fitTicks(scale, width, 55);
		const layout = axisLayout(scale, ticks, tickStyle(ticks, to - from));
		const format = tickFormat(ticks, undefined, to - from);
		return { scale, layout, labels: layout.labels.map(({ t, x }) => [format(t), Math.round(x)] as const) };
	};

	it('puts a day label over the middle of its day, and grid lines where days begin', async () => {
		const { scale, layout, labels } = await layoutOf(+d(2025, 8, 13), +d(2025, 8, 23));
		expect(labels.map(([l]) => l)).toEqual(['13 Aug', '14 Aug', '15 Aug', '16 Aug', '17 Aug', '18 Aug', '19 Aug', '20 Aug', '21 Aug', '22 Aug']);
		// The Alaska summit (15 August) is drawn at the middle of the 15th: under "15 Aug".
		const summit = scale(+d(2025, 8, 15) + DAY / 2);
		expect(labels[2]![1]).toBe(Math.round(summit));
		expect(layout.lines.map(({ x }) => Math.round(x))).toEqual([96, 192, 288, 384, 480, 576, 672, 768, 864]);
	});

	it('at the narrowest zoom names both days in view, the one running in from the left included', async () => {
		// 23 August, 04:00 to 24 August, 04:00: before, the axis showed "24 Aug" alone, on the
		// line where the 24th begins, a sixth of the way in from the right end.
		const { labels, layout } = await layoutOf(+d(2025, 8, 23) + DAY / 6, +d(2025, 8, 24) + DAY / 6);
		expect(labels).toEqual([
			['23 Aug', 400],
			['24 Aug', 880]
		]);
		expect(layout.lines).toHaveLength(1);
		// A window with no midnight in view (before: no label at all) names its day.
		const noon = await layoutOf(+d(2025, 8, 23), +d(2025, 8, 24) - 1);
		expect(noon.labels.map(([l]) => l)).toEqual(['23 Aug']);
		// One midnight, on the first of a month: "1 Sep", a day, beside "31 Aug".
		const month = await layoutOf(+d(2025, 9, 1) - DAY / 2, +d(2025, 9, 1) + DAY / 2);
		expect(month.labels.map(([l]) => l)).toEqual(['31 Aug', '1 Sep']);
	});

	it('leaves out a label that the part of its day in view has no room for', async () => {
		// 20 px of 23 August in view at the left end: no label there; 24 August, whole, labelled.
		const { labels } = await layoutOf(+d(2025, 8, 24) - (20 / 960) * DAY, +d(2025, 8, 25) - (20 / 960) * DAY);
		expect(labels.map(([l]) => l)).toEqual(['24 Aug']);
	});

	it('leaves out the label of a day cut by the right end when it would stand too near the one before', async () => {
		// fast-check's counterexample (CI, 4 December): 21.7 days over 1,206 px, a day 55.6 px wide.
		// The last day, cut to 48 px, was labelled 24 px in from its start: 52 px from its neighbour.
		const from = +d(2016, 1, 1) + 249280147566;
		const { labels } = await layoutOf(from, from + 1872791395, 1206);
		expect(labels.length).toBeGreaterThan(15);
		for (let i = 1; i < labels.length; i++) expect(labels[i]![1] - labels[i - 1]![1]).toBeGreaterThanOrEqual(54);
	});

	it('at any zoom keeps every label whole inside the axis, 55 px or more from the next', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.integer({ min: 0, max: 4000 * 864e5 }),
				fc.integer({ min: 864e5, max: 3000 * 864e5 }),
				fc.constantFrom(300, 620, 960, 1206),
				async (offset, length, width) => {
					const from = +d(2016, 1, 1) + offset;
					const { labels, layout } = await layoutOf(from, from + length, width);
					expect(labels.length).toBeGreaterThan(0);
					for (const [, x] of labels) expect(x >= 24 - 0.5 && x <= width - 24 + 0.5).toBe(true);
					for (let i = 1; i < labels.length; i++) expect(labels[i]![1] - labels[i - 1]![1]).toBeGreaterThanOrEqual(54);
					for (const { x } of layout.lines) expect(x > 0 && x < width).toBe(true);
				}
			),
			{ numRuns: 300 }
		);
	});
});
