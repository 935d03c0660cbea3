import { afterEach, describe, expect, it } from 'vitest';
import { DAY, parseDate } from '../model/dates.ts';
import type { TimelineEvent } from '../model/model.ts';
import fc from 'fast-check';
import { scaleUtc } from 'd3-scale';
import { utcDay } from 'd3-time';
import { tickFormat } from './ticks.ts';
import { dragByPixels, pinchWindow, wheelFactor, clampWindow, MIN_WINDOW, timeExtent, timeScale, zoomWindow, type Window } from './scale.ts';

/** A minimal resolved event: only the date matters to the scale functions. */
function event(id: string, date: string | null): TimelineEvent {
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
		parties: ['party'],
		citations: []
	};
}

const utc = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);

describe('timeExtent', () => {
	it('is null with no events', () => {
		expect(timeExtent([])).toBeNull();
	});

	it('is null when no event is dated', () => {
		expect(timeExtent([event('a', null), event('b', null)])).toBeNull();
	});

	it('pads a short extent by a day on each side', () => {
		// 15 to 20 August: 5 days, 4% of which is under a day.
		expect(timeExtent([event('a', '2025-08-15'), event('b', '2025-08-19')])).toEqual([utc(2025, 8, 14), utc(2025, 8, 21)]);
	});

	it('pads a single day by a day on each side', () => {
		expect(timeExtent([event('a', '2025-08-15')])).toEqual([utc(2025, 8, 14), utc(2025, 8, 17)]);
	});

	it('pads a long extent by 4% of its length on each side', () => {
		const min = utc(2024, 1, 1);
		const max = utc(2025, 1, 1); // exclusive end of 2024
		const pad = (max - min) * 0.04;
		expect(timeExtent([event('a', '2024')])).toEqual([min - pad, max + pad]);
	});

	it('ignores unscheduled events', () => {
		const dated = [event('a', '2025-08-15'), event('b', '2025-08-19')];
		expect(timeExtent([event('u', null), ...dated, event('v', null)])).toEqual(timeExtent(dated));
	});

	it('covers the earliest start and the latest end of every span, in any order', () => {
		const events = [event('c', '2025-08-18/2025-08-21'), event('a', '2025-07'), event('b', '2025-08-15')];
		const min = utc(2025, 7, 1);
		const max = utc(2025, 8, 22);
		const pad = (max - min) * 0.04; // 52 days: over two days
		expect(timeExtent(events)).toEqual([min - pad, max + pad]);
	});

	it('uses the known end of an open interval', () => {
		expect(timeExtent([event('a', '2025-08-18/..')])).toEqual([utc(2025, 8, 17), utc(2025, 8, 20)]);
	});
});

describe('clampWindow', () => {
	const within: Window = [utc(2025, 8, 1), utc(2025, 9, 1)];

	it.each<[string, Window, Window]>([
		['leaves a window inside alone', [utc(2025, 8, 10), utc(2025, 8, 20)], [utc(2025, 8, 10), utc(2025, 8, 20)]],
		['leaves the whole extent alone', within, within],
		['widens a window under a day to a day about its centre', [utc(2025, 8, 10) + 6 * 3600_000, utc(2025, 8, 10) + 18 * 3600_000], [utc(2025, 8, 10), utc(2025, 8, 11)]],
		['widens an empty window to a day', [utc(2025, 8, 10), utc(2025, 8, 10)], [utc(2025, 8, 10) - DAY / 2, utc(2025, 8, 10) + DAY / 2]],
		['moves a window that starts too early in, keeping its width', [utc(2025, 7, 28), utc(2025, 8, 4)], [utc(2025, 8, 1), utc(2025, 8, 8)]],
		['moves a window that ends too late in, keeping its width', [utc(2025, 8, 29), utc(2025, 9, 5)], [utc(2025, 8, 25), utc(2025, 9, 1)]],
		['shrinks a window wider than the extent to the extent', [utc(2025, 7, 1), utc(2025, 10, 1)], within],
		['moves a window wholly outside to the nearest edge', [utc(2026, 1, 1), utc(2026, 1, 3)], [utc(2025, 8, 30), utc(2025, 9, 1)]]
	])('%s', (_, input, expected) => {
		expect(clampWindow(input, within)).toEqual(expected);
	});

	it('never goes narrower than MIN_WINDOW, a day', () => {
		expect(MIN_WINDOW).toBe(DAY);
		for (const width of [0, 1, 3600_000, DAY - 1]) {
			const [a, b] = clampWindow([utc(2025, 8, 15), utc(2025, 8, 15) + width], within);
			expect(b - a).toBe(DAY);
		}
	});

	it('is the extent itself when the extent is narrower than a day', () => {
		const tiny: Window = [utc(2025, 8, 15), utc(2025, 8, 15) + 3600_000];
		expect(clampWindow([utc(2025, 8, 1), utc(2025, 8, 2)], tiny)).toEqual(tiny);
	});

	it.each<Window>([
		[utc(2024, 1, 1), utc(2024, 1, 2)],
		[utc(2025, 8, 31), utc(2025, 12, 31)],
		[utc(2025, 8, 20), utc(2025, 8, 20) + 1],
		[utc(2025, 7, 31) + 1, utc(2025, 9, 1) - 1]
	])('always lies within the extent ([%d, %d])', (a, b) => {
		const [x, y] = clampWindow([a, b], within);
		expect(x).toBeGreaterThanOrEqual(within[0]);
		expect(y).toBeLessThanOrEqual(within[1]);
		expect(y - x).toBeGreaterThanOrEqual(DAY);
	});
});

describe('zoomWindow', () => {
	const w: Window = [utc(2025, 8, 10), utc(2025, 8, 20)];

	it.each<[string, number, number | undefined, Window]>([
		['zooms in by 2 about the centre', 2, undefined, [utc(2025, 8, 12) + DAY / 2, utc(2025, 8, 17) + DAY / 2]],
		['zooms out by 2 about the centre', 0.5, undefined, [utc(2025, 8, 5), utc(2025, 8, 25)]],
		['does nothing at factor 1', 1, undefined, w],
		['zooms in about the left edge, which stays put', 2, utc(2025, 8, 10), [utc(2025, 8, 10), utc(2025, 8, 15)]],
		['zooms in about the right edge, which stays put', 5, utc(2025, 8, 20), [utc(2025, 8, 18), utc(2025, 8, 20)]],
		['zooms in about an inner instant', 2, utc(2025, 8, 12), [utc(2025, 8, 11), utc(2025, 8, 16)]]
	])('%s', (_, factor, at, expected) => {
		expect(zoomWindow(w, factor, at)).toEqual(expected);
	});

	it('keeps the instant zoomed about at the same fraction of the window', () => {
		const at = utc(2025, 8, 13);
		const [a, b] = zoomWindow(w, 3, at);
		expect((at - a) / (b - a)).toBeCloseTo((at - w[0]) / (w[1] - w[0]), 12);
	});

	it('is undone by zooming back by the inverse factor about the same instant', () => {
		const at = utc(2025, 8, 17);
		const [a, b] = zoomWindow(zoomWindow(w, 4, at), 1 / 4, at);
		expect(a).toBeCloseTo(w[0], -1);
		expect(b).toBeCloseTo(w[1], -1);
	});
});

describe('timeScale', () => {
	const original = process.env.TZ;
	afterEach(() => {
		if (original === undefined) delete process.env.TZ;
		else process.env.TZ = original;
	});

	const window: Window = [utc(2025, 8, 14), utc(2025, 8, 24)];

	it.each([
		[utc(2025, 8, 14), 12],
		[utc(2025, 8, 15), 112],
		[utc(2025, 8, 19), 512],
		[utc(2025, 8, 24), 1012],
		[utc(2025, 8, 15) + DAY / 2, 162],
		[utc(2025, 8, 13), -88]
	])('maps UTC instant %d to x = %d', (ms, x) => {
		const scale = timeScale(window, [12, 1012]);
		expect(scale(ms)).toBeCloseTo(x, 9);
		expect(scale(new Date(ms))).toBeCloseTo(x, 9);
		expect(scale.invert(x).getTime()).toBeCloseTo(ms, 0);
	});

	it.each(['America/Los_Angeles', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Asia/Kolkata', 'UTC'])(
		'maps UTC midnight to the same pixel and puts ticks, labelled by UTC day, at UTC midnights in %s',
		(zone) => {
			process.env.TZ = zone;
			const scale = timeScale(window, [12, 1012]);
			expect(scale(utc(2025, 8, 18))).toBeCloseTo(412, 9);
			const ticks = scale.ticks(9);
			expect(ticks.length).toBeGreaterThan(3);
			for (const t of ticks) expect(t.getTime() % DAY).toBe(0);
			expect(ticks.map((t) => t.getTime())).toContain(utc(2025, 8, 18));
			// The labels are UTC days too; a local-time format would say 17 or 19 Aug somewhere.
			expect(ticks.map(tickFormat(ticks))).toContain('18 Aug');
		}
	);

	it('computes what d3-scale\'s scaleUtc computes: pixels, instants and ticks, for any window and range', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: -3e12, max: 4e12 }),
				fc.integer({ min: 1, max: 2e12 }),
				fc.double({ min: -500, max: 500, noNaN: true }),
				fc.double({ min: 1, max: 4000, noNaN: true }),
				fc.integer({ min: 2, max: 40 }),
				fc.double({ min: -0.5, max: 1.5, noNaN: true }),
				(a, span, r0, width, count, u) => {
					const w: Window = [a, a + span];
					const ours = timeScale(w, [r0, r0 + width]);
					const d3 = scaleUtc().domain([new Date(w[0]), new Date(w[1])]).range([r0, r0 + width]);
					const t = a + span * u;
					expect(ours(t)).toBe(d3(t));
					expect(ours.invert(r0 + width * u).getTime()).toBe(d3.invert(r0 + width * u).getTime());
					expect(ours.ticks(count).map(Number)).toEqual(d3Ticks(d3, count));
				}
			)
		);
	});

	/** d3's ticks, or every UTC midnight where d3 steps by hours or less: what ours promise. */
	const d3Ticks = (d3: ReturnType<typeof scaleUtc>, count: number) => {
		const ticks = d3.ticks(count);
		return (ticks.every((t) => t.getTime() % DAY === 0) ? ticks : d3.ticks(utcDay)).map(Number);
	};

	it('gives d3\'s calendar ticks (days, two days, weeks, months, quarters, years) on windows of any length', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: -3e12, max: 4e12 }),
				// From an hour to some 300 years, about evenly on a log scale.
				fc.double({ min: Math.log(36e5), max: Math.log(1e13), noNaN: true }),
				fc.integer({ min: 2, max: 40 }),
				(a, logSpan, count) => {
					const w: Window = [a, a + Math.round(Math.exp(logSpan))];
					const ours = timeScale(w, [0, 1000]).ticks(count);
					expect(ours.map(Number)).toEqual(d3Ticks(scaleUtc().domain([new Date(w[0]), new Date(w[1])]), count));
					for (const t of ours) expect(t.getTime() % DAY === 0).toBe(true);
				}
			),
			{ numRuns: 2000 }
		);
	});

	it('maps the window onto the range exactly', () => {
		const scale = timeScale(window, [12, 1012]);
		expect(scale.domain().map((d) => d.getTime())).toEqual([...window]);
		expect(scale.range()).toEqual([12, 1012]);
	});
});

describe('gesture arithmetic', () => {
	const w: Window = [utc(2025, 8, 14), utc(2025, 8, 24)];
	const left = 12;
	const width = 1000;
	const at = (win: Window, t: number) => left + ((t - win[0]) / (win[1] - win[0])) * width;

	it('zooms in by 2 for a wheel of -500 px (d3-zoom\'s rule), ten times faster for a trackpad pinch', () => {
		expect(wheelFactor({ deltaY: -500, deltaMode: 0, ctrlKey: false })).toBeCloseTo(2, 12);
		expect(wheelFactor({ deltaY: 100, deltaMode: 0, ctrlKey: false })).toBeCloseTo(2 ** -0.2, 12);
		expect(wheelFactor({ deltaY: -50, deltaMode: 0, ctrlKey: true })).toBeCloseTo(2, 12);
		expect(wheelFactor({ deltaY: -20, deltaMode: 1, ctrlKey: false })).toBeCloseTo(2, 12);
		expect(wheelFactor({ deltaY: 0, deltaMode: 0, ctrlKey: false })).toBe(1);
	});

	it('drags: the instant under the pointer stays under it, the width stays', () => {
		fc.assert(
			fc.property(fc.double({ min: -2000, max: 2000, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (dx, u) => {
				const t = w[0] + (w[1] - w[0]) * u;
				const next = dragByPixels(w, dx, width);
				expect(at(next, t)).toBeCloseTo(at(w, t) + dx, 6);
				expect(next[1] - next[0]).toBeCloseTo(w[1] - w[0], 0);
			})
		);
	});

	it('pinches: each finger keeps the instant it first touched under it', () => {
		fc.assert(
			fc.property(
				fc.double({ min: 0, max: 1, noNaN: true }),
				fc.double({ min: 0, max: 1, noNaN: true }),
				fc.double({ min: 0, max: 1000, noNaN: true }),
				fc.double({ min: 1, max: 1000, noNaN: true }),
				(u1, u2, p1, gap) => {
					fc.pre(Math.abs(u1 - u2) > 1e-3);
					const [t1, t2] = [w[0] + (w[1] - w[0]) * Math.min(u1, u2), w[0] + (w[1] - w[0]) * Math.max(u1, u2)];
					const next = pinchWindow(t1, left + p1, t2, left + p1 + gap, left, width)!;
					expect(at(next, t1)).toBeCloseTo(left + p1, 3);
					expect(at(next, t2)).toBeCloseTo(left + p1 + gap, 3);
				}
			)
		);
	});

	it('gives no window for fingers at one x, on one instant, or crossed', () => {
		expect(pinchWindow(w[0], 100, w[1], 100, left, width)).toBeNull();
		expect(pinchWindow(w[0], 100, w[0], 300, left, width)).toBeNull();
		expect(pinchWindow(w[0], 300, w[1], 100, left, width)).toBeNull();
	});
});
