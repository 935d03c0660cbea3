import { describe, expect, it } from 'vitest';
import { DAY, parseDate } from '../model/dates.ts';
import type { Party, TimelineEvent } from '../model/model.ts';
import {
	BAND_HEIGHT,
	BAND_TOP,
	brushBox,
	centreWindow,
	dragWindow,
	keyWindow,
	MIN_BRUSH_PX,
	OVERVIEW_MARGIN,
	overviewMarks,
	overviewScale,
	overviewTicks,
	panWindow,
	scaleWindow,
	sliderValues,
	windowText
} from './overview.ts';
import { MIN_WINDOW, type Window } from './scale.ts';

const utc = (y: number, m: number, d: number, h = 0) => Date.UTC(y, m - 1, d, h);

function event(id: string, date: string | null, parties: string[]): TimelineEvent {
	return {
		id,
		title: id,
		summary: id,
		kind: 'statement',
		status: 'occurred',
		date,
		dateBasis: 'stated',
		actors: ['someone'],
		span: parseDate(date),
		parties,
		citations: []
	};
}
const party = (id: string): Party => ({ id, label: id }) as Party;

// A 100-day extent drawn 1000 px wide: 800 px of time at 8 px a day.
const extent: Window = [utc(2025, 1, 1), utc(2025, 1, 1) + 100 * DAY];
const s = overviewScale(extent, 800 + 2 * OVERVIEW_MARGIN);

describe('overviewScale', () => {
	it('maps the extent onto the strip less its margins, and back', () => {
		expect(s.x(extent[0])).toBe(OVERVIEW_MARGIN);
		expect(s.x(extent[1])).toBe(800 + OVERVIEW_MARGIN);
		expect(s.x(extent[0] + 10 * DAY)).toBe(OVERVIEW_MARGIN + 80);
		expect(s.time(OVERVIEW_MARGIN + 80)).toBe(extent[0] + 10 * DAY);
	});

	it('survives a strip narrower than its margins', () => {
		const tiny = overviewScale(extent, 10);
		expect(tiny.right).toBeGreaterThan(tiny.left);
		expect(Number.isFinite(tiny.x(extent[1]))).toBe(true);
	});
});

describe('brushBox', () => {
	it('draws a wide window at its true edges', () => {
		expect(brushBox([extent[0] + 10 * DAY, extent[0] + 20 * DAY], s)).toEqual({ x0: OVERVIEW_MARGIN + 80, x1: OVERVIEW_MARGIN + 160 });
	});

	it('widens a narrow window to MIN_BRUSH_PX about its centre', () => {
		const box = brushBox([extent[0] + 50 * DAY, extent[0] + 51 * DAY], s);
		expect(box.x1 - box.x0).toBe(MIN_BRUSH_PX);
		expect((box.x0 + box.x1) / 2).toBe(OVERVIEW_MARGIN + 404);
	});

	it('keeps a widened window inside the strip at either end', () => {
		expect(brushBox([extent[0], extent[0] + DAY], s).x0).toBe(s.left);
		expect(brushBox([extent[1] - DAY, extent[1]], s).x1).toBe(s.right);
	});
});

describe('panWindow and centreWindow', () => {
	const w: Window = [extent[0] + 40 * DAY, extent[0] + 50 * DAY];

	it('moves the window, keeping its width', () => {
		expect(panWindow(w, 5 * DAY, extent)).toEqual([extent[0] + 45 * DAY, extent[0] + 55 * DAY]);
	});

	it('stops at either end of the extent', () => {
		expect(panWindow(w, -100 * DAY, extent)).toEqual([extent[0], extent[0] + 10 * DAY]);
		expect(panWindow(w, 100 * DAY, extent)).toEqual([extent[1] - 10 * DAY, extent[1]]);
	});

	it('centres the window on an instant, as far as the extent allows', () => {
		expect(centreWindow(w, extent[0] + 20 * DAY, extent)).toEqual([extent[0] + 15 * DAY, extent[0] + 25 * DAY]);
		expect(centreWindow(w, extent[0] + DAY, extent)).toEqual([extent[0], extent[0] + 10 * DAY]);
	});
});

describe('dragWindow', () => {
	const w: Window = [extent[0] + 40 * DAY, extent[0] + 50 * DAY];

	it('pans when the window itself is dragged', () => {
		expect(dragWindow(w, 'window', -3 * DAY, extent)).toEqual([extent[0] + 37 * DAY, extent[0] + 47 * DAY]);
	});

	it('moves only the start when the start handle is dragged', () => {
		expect(dragWindow(w, 'start', -10 * DAY, extent)).toEqual([extent[0] + 30 * DAY, w[1]]);
		expect(dragWindow(w, 'start', 4 * DAY, extent)).toEqual([extent[0] + 44 * DAY, w[1]]);
	});

	it('moves only the end when the end handle is dragged', () => {
		expect(dragWindow(w, 'end', 10 * DAY, extent)).toEqual([w[0], extent[0] + 60 * DAY]);
	});

	it('never lets a handle pass the other edge: the window keeps the minimum width', () => {
		expect(dragWindow(w, 'start', 30 * DAY, extent)).toEqual([w[1] - MIN_WINDOW, w[1]]);
		expect(dragWindow(w, 'end', -30 * DAY, extent)).toEqual([w[0], w[0] + MIN_WINDOW]);
		expect(dragWindow(w, 'end', -30 * DAY, extent, 3 * DAY)).toEqual([w[0], w[0] + 3 * DAY]);
	});

	it('never lets a handle leave the extent', () => {
		expect(dragWindow(w, 'start', -90 * DAY, extent)).toEqual([extent[0], w[1]]);
		expect(dragWindow(w, 'end', 90 * DAY, extent)).toEqual([w[0], extent[1]]);
	});
});

describe('scaleWindow', () => {
	const w: Window = [extent[0] + 40 * DAY, extent[0] + 50 * DAY];

	it('grows and shrinks about the centre', () => {
		expect(scaleWindow(w, 2, extent)).toEqual([extent[0] + 35 * DAY, extent[0] + 55 * DAY]);
		expect(scaleWindow(w, 0.5, extent)).toEqual([extent[0] + 42.5 * DAY, extent[0] + 47.5 * DAY]);
	});

	it('stays between the minimum width and the whole extent', () => {
		expect(scaleWindow(w, 0.001, extent)).toEqual([extent[0] + 44.5 * DAY, extent[0] + 45.5 * DAY]);
		expect(scaleWindow(w, 1000, extent)).toEqual(extent);
	});

	it('slides back inside the extent when growing near an end', () => {
		expect(scaleWindow([extent[0], extent[0] + 10 * DAY], 2, extent)).toEqual([extent[0], extent[0] + 20 * DAY]);
	});
});

describe('keyWindow', () => {
	const w: Window = [extent[0] + 40 * DAY, extent[0] + 50 * DAY];
	const key = (k: string, shift = false) => keyWindow(w, k, shift, extent);

	it('pans by a tenth of the window with the arrows', () => {
		expect(key('ArrowRight')).toEqual([extent[0] + 41 * DAY, extent[0] + 51 * DAY]);
		expect(key('ArrowLeft')).toEqual([extent[0] + 39 * DAY, extent[0] + 49 * DAY]);
		expect(key('ArrowUp')).toEqual(key('ArrowRight'));
		expect(key('ArrowDown')).toEqual(key('ArrowLeft'));
	});

	it('pans by a whole window with Page Up and Page Down', () => {
		expect(key('PageUp')).toEqual([extent[0] + 50 * DAY, extent[0] + 60 * DAY]);
		expect(key('PageDown')).toEqual([extent[0] + 30 * DAY, extent[0] + 40 * DAY]);
	});

	it('moves the end by a tenth with Shift + arrows, wider to the right and narrower to the left', () => {
		expect(key('ArrowRight', true)).toEqual([w[0], extent[0] + 51 * DAY]);
		expect(key('ArrowLeft', true)).toEqual([w[0], extent[0] + 49 * DAY]);
	});

	it('zooms about the centre with + and −', () => {
		expect(key('+')).toEqual([extent[0] + 42.5 * DAY, extent[0] + 47.5 * DAY]);
		expect(key('=')).toEqual(key('+'));
		expect(key('-')).toEqual([extent[0] + 35 * DAY, extent[0] + 55 * DAY]);
	});

	it('goes to the start and the end with Home and End', () => {
		expect(key('Home')).toEqual([extent[0], extent[0] + 10 * DAY]);
		expect(key('End')).toEqual([extent[1] - 10 * DAY, extent[1]]);
	});

	it('leaves other keys to the page', () => {
		expect(key('Tab')).toBeNull();
		expect(key('a')).toBeNull();
		expect(key('Enter')).toBeNull();
	});
});

describe('overviewMarks', () => {
	const parties = [party('a'), party('b'), party('c')];
	const events = [
		event('day', '2025-01-11', ['a', 'c']),
		event('span', '2025-01-21/2025-01-31', ['b']),
		event('month', '2025-02', ['a']),
		event('open', '2025-03-01/..', ['c']),
		event('someday', null, ['a'])
	];
	const marks = overviewMarks(events, parties, s);
	const mark = (key: string) => marks.find((m) => m.key === key)!;

	it('draws one mark per dated event and party, none for unscheduled events', () => {
		expect(marks.map((m) => m.key)).toEqual(['day:a', 'day:c', 'span:b', 'month:a', 'open:c']);
	});

	it('puts each mark in its lane row, top to bottom, inside the band', () => {
		expect(mark('day:a').lane).toBe(0);
		expect(mark('day:c').lane).toBe(2);
		expect(mark('span:b').y).toBeGreaterThan(mark('day:a').y);
		expect(mark('day:c').y).toBeGreaterThan(mark('span:b').y);
		for (const m of marks) {
			expect(m.y).toBeGreaterThanOrEqual(BAND_TOP);
			expect(m.y + m.height).toBeLessThanOrEqual(BAND_TOP + BAND_HEIGHT);
		}
	});

	it('places marks in time: a day is a thin tick over its day, a span covers its days', () => {
		expect(mark('day:a').x).toBe(s.x(utc(2025, 1, 11)));
		expect(mark('day:a').width).toBe(8);
		expect(mark('span:b').x).toBe(s.x(utc(2025, 1, 21)));
		expect(mark('span:b').width).toBe(11 * 8);
	});

	it('draws month- or year-precise dates and open spans lighter, and runs an open span to the end', () => {
		expect(mark('day:a').light).toBe(false);
		expect(mark('span:b').light).toBe(false);
		expect(mark('month:a').light).toBe(true);
		expect(mark('open:c').light).toBe(true);
		expect(mark('open:c').x + mark('open:c').width).toBe(s.right);
	});

	it('gives a mark narrower than 2 px 2 px about its centre', () => {
		const wide = overviewScale([utc(2000, 1, 1), utc(2030, 1, 1)], 400);
		const [m] = overviewMarks([event('day', '2025-01-11', ['a'])], parties, wide);
		expect(m!.width).toBe(2);
		expect(m!.x + 1).toBeCloseTo(wide.x(utc(2025, 1, 11) + DAY / 2), 6);
	});

	it('keeps rows inside the band with many lanes', () => {
		const many = Array.from({ length: 12 }, (_, i) => party(`p${i}`));
		const all = overviewMarks([event('x', '2025-01-11', many.map((p) => p.id))], many, s);
		expect(all).toHaveLength(12);
		expect(Math.min(...all.map((m) => m.y))).toBeGreaterThanOrEqual(BAND_TOP);
		expect(Math.max(...all.map((m) => m.y + m.height))).toBeLessThanOrEqual(BAND_TOP + BAND_HEIGHT + 1e-9);
	});
});

describe('overviewTicks', () => {
	it('labels years over several years', () => {
		const years: Window = [utc(2021, 9, 1), utc(2025, 10, 1)];
		const labels = overviewTicks(years, overviewScale(years, 375)).labels.map((t) => t.label);
		expect(labels).toEqual(['2022', '2023', '2024', '2025']);
	});

	it('keeps labels apart at any width: no quarter ticks 54 px apart over three and a half years', () => {
		const span: Window = [utc(2022, 3, 1), utc(2025, 9, 1)];
		for (const width of [320, 500, 800, 1000, 1280, 1600]) {
			const ticks = overviewTicks(span, overviewScale(span, width)).labels;
			expect(ticks.length).toBeGreaterThanOrEqual(2);
			for (let i = 1; i < ticks.length; i++) expect(ticks[i]!.x - ticks[i - 1]!.x, `${width} px`).toBeGreaterThanOrEqual(63);
		}
	});

	it('labels months over a few months, and days over a few days', () => {
		const months: Window = [utc(2025, 5, 20), utc(2025, 9, 10)];
		expect(overviewTicks(months, overviewScale(months, 500)).labels.map((t) => t.label)).toEqual(['Jun 2025', 'Jul 2025', 'Aug 2025', 'Sep 2025']);
		const days: Window = [utc(2025, 8, 13), utc(2025, 8, 20)];
		const labels = overviewTicks(days, overviewScale(days, 500)).labels.map((t) => t.label);
		expect(labels).toContain('15 Aug');
		expect(labels.every((l) => /^\d+ Aug$/.test(l))).toBe(true);
	});

	it('puts the label of a day over that day, between the ticks where it begins and ends', () => {
		const days: Window = [utc(2025, 8, 13), utc(2025, 8, 20)];
		const scale = overviewScale(days, 500);
		const { ticks, labels } = overviewTicks(days, scale);
		const aug15 = labels.find((l) => l.label === '15 Aug')!;
		expect(aug15.x).toBeCloseTo((scale.x(utc(2025, 8, 15)) + scale.x(utc(2025, 8, 16))) / 2, 6);
		expect(ticks.map((t) => t.ms)).toContain(utc(2025, 8, 15));
	});

	it('leaves out ticks whose label would be cut at an end, and places the rest on the scale', () => {
		const years: Window = [utc(2022, 1, 1), utc(2025, 1, 1)];
		const scale = overviewScale(years, 400);
		const { ticks, labels } = overviewTicks(years, scale);
		expect(labels.map((t) => t.label)).toEqual(['2023', '2024']);
		expect(ticks.map((t) => t.ms)).toEqual(labels.map((t) => t.ms));
		for (const t of labels) expect(t.x).toBeCloseTo(scale.x(t.ms), 6);
	});
});

describe('sliderValues', () => {
	it('gives the window centre in whole days from the start of the extent', () => {
		expect(sliderValues([extent[0] + 40 * DAY, extent[0] + 50 * DAY], extent)).toEqual({ now: 45, min: 0, max: 100 });
		expect(sliderValues(extent, extent).now).toBe(50);
	});
});

describe('windowText', () => {
	it.each([
		['days of one month', [utc(2025, 8, 13), utc(2025, 8, 23)], '13 to 22 August 2025'],
		['across a month', [utc(2025, 7, 28), utc(2025, 8, 4)], '28 July to 3 August 2025'],
		['across a year', [utc(2024, 12, 30), utc(2025, 1, 3)], '30 December 2024 to 2 January 2025'],
		['one day', [utc(2025, 8, 18), utc(2025, 8, 19)], '18 August 2025'],
		['part days', [utc(2025, 8, 13, 14), utc(2025, 8, 15, 2)], '13 to 15 August 2025'],
		['a millisecond off midnight', [utc(2025, 8, 13) - 1, utc(2025, 8, 23) + 1], '13 to 22 August 2025']
	] as const)('says %s in words, in UTC', (_, window, words) => {
		expect(windowText(window)).toBe(words);
	});
});

describe('overviewDensityPaths', () => {
	it('draws one path per lane, a bar per non-empty bin, taller for more events, inside the band', async () => {
		const { overviewDensityPaths, BAND_TOP, BAND_HEIGHT } = await import('./overview.ts');
		const density = { left: 10, binWidth: 2, counts: [Uint32Array.from([0, 1, 4]), Uint32Array.from([0, 0, 0])], max: 4, inView: [5, 0] };
		const paths = overviewDensityPaths(density, 2);
		expect(paths.map((p) => p.lane)).toEqual([0, 1]);
		expect(paths[1]!.d).toBe('');
		const bars = [...paths[0]!.d.matchAll(/M([\d.]+),([\d.]+)h[\d.]+v(-[\d.]+)/g)].map((m) => ({ x: Number(m[1]), floor: Number(m[2]), h: -Number(m[3]) }));
		expect(bars.map((b) => b.x)).toEqual([12, 14]);
		expect(bars[1]!.h).toBeGreaterThan(bars[0]!.h);
		for (const b of bars) {
			expect(b.floor).toBeLessThanOrEqual(BAND_TOP + BAND_HEIGHT);
			expect(b.floor - b.h).toBeGreaterThanOrEqual(BAND_TOP);
		}
	});
});
