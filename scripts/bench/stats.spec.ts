import { describe, expect, it } from 'vitest';
import { DEFAULT_LOADS, DEFAULT_SIZES, DEFAULT_TRACES, frameStats, lessStalls, median, parseArgs, percentile, ratio, stalledWithin, table, targetsFor } from './stats.ts';

describe('percentile', () => {
	it('uses the nearest rank', () => {
		const xs = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6];
		expect(percentile(xs, 50)).toBe(5);
		expect(percentile(xs, 95)).toBe(10);
		expect(percentile(xs, 0)).toBe(1);
		expect(median([3, 1, 2])).toBe(2);
		expect(percentile([], 50)).toBeNaN();
	});

	it('summarises frames', () => {
		expect(frameStats([16, 17, 50])).toEqual({ p50: 17, p95: 50, max: 50, count: 3 });
	});
});

describe('stalls', () => {
	const stalls = [
		{ cpu: 0, start: 1000, end: 1060 },
		{ cpu: 1, start: 1040, end: 1100 },
		{ cpu: 0, start: 1200, end: 1210 }
	];

	it('measures how much of a frame some CPU, and every CPU, was stalled', () => {
		// Frame 1000-1150: CPU 0 stalled 1000-1060, CPU 1 1040-1100; both 1040-1060.
		expect(stalledWithin(1000, 150, stalls, 2)).toEqual({ any: 100, all: 20 });
		// Only the part of a stall inside the frame counts.
		expect(stalledWithin(1050, 100, stalls, 2)).toEqual({ any: 50, all: 10 });
		expect(stalledWithin(1195, 10, stalls, 2)).toEqual({ any: 5, all: 0 });
		expect(stalledWithin(1300, 100, stalls, 2)).toEqual({ any: 0, all: 0 });
		// One watcher (not pinned): its stall is the whole machine's.
		expect(stalledWithin(1195, 10, stalls, 1)).toEqual({ any: 5, all: 5 });
	});

	it('takes the time every CPU stalled out of the worst frame', () => {
		const slow = [
			{ ms: 150, anyStalled: 140, allStalled: 120 },
			{ ms: 60, anyStalled: 0, allStalled: 0 }
		];
		expect(lessStalls([16.7, 150, 17, 60], slow, 50)).toBe(60);
		expect(lessStalls([16.7, 150, 17], slow.slice(0, 1), 50)).toBe(30);
		expect(lessStalls([16.7, 17], [], 50)).toBe(17);
		expect(lessStalls([], [], 50)).toBeNaN();
	});
});

describe('parseArgs', () => {
	it('defaults to all three sizes, one run', () => {
		expect(parseArgs([])).toEqual({ sizes: DEFAULT_SIZES, runs: 1, reuseBuild: false, buildOnly: false, noVis: false, noWatch: false, loads: DEFAULT_LOADS, traces: DEFAULT_TRACES });
	});

	it('reads --sizes and --runs', () => {
		expect(parseArgs(['--sizes', '1000,10000', '--runs', '3', '--reuse-build', '--no-vis', '--loads', '0', '--no-watch', '--traces', '0'])).toEqual({ sizes: [1000, 10000], runs: 3, reuseBuild: true, buildOnly: false, noVis: true, noWatch: true, loads: 0, traces: 0 });
		expect(parseArgs(['--sizes=100_000', '--loads=4', '--traces=2'])).toEqual({ sizes: [100000], runs: 1, reuseBuild: false, buildOnly: false, noVis: false, noWatch: false, loads: 4, traces: 2 });
	});

	it('rejects what it does not understand', () => {
		expect(() => parseArgs(['--sizes', 'x'])).toThrow(/positive whole numbers/);
		expect(() => parseArgs(['--runs', '0'])).toThrow(/positive/);
		expect(() => parseArgs(['--loads', '-1'])).toThrow(/whole number/);
		expect(() => parseArgs(['--loads', '2.5'])).toThrow(/whole number/);
		expect(() => parseArgs(['--traces', '-1'])).toThrow(/--traces takes a whole number/);
		expect(() => parseArgs(['--fast'])).toThrow(/unknown option/);
	});
});

describe('table', () => {
	it('puts the issue’s targets beside each value', () => {
		expect(targetsFor(10_000)).toEqual({ firstRender: 300, p95: 17, max: 50 });
		const out = table([
			{ events: 100_000, tool: 'Dateline', firstRender: 1234.4, firstRenderRange: [1180.2, 1410.6], pageAlone: 97.4, firstPaint: 201.2, frames: { p50: 16.7, p95: 18.2, max: 40, count: 90 }, frameMaxLessStalls: 33.4, jsGzKb: 42.04, heapMb: 150.55, filterMs: 96 },
			{ events: 1000, tool: 'vis-timeline', firstRender: 'not run (timeout)', firstRenderRange: null, pageAlone: null, firstPaint: null, frames: null, frameMaxLessStalls: null, jsGzKb: null, heapMb: null, filterMs: null },
			{ events: 1000, tool: 'Dateline', firstRender: 100, firstRenderRange: null, pageAlone: 60, firstPaint: 90, frames: { p50: 16.7, p95: 16.7, max: 16.7, count: 9 }, frameMaxLessStalls: 16.7, jsGzKb: 40, heapMb: 5, filterMs: 0 }
		]);
		const lines = out.split('\n');
		expect(lines).toHaveLength(5);
		expect(lines[2]).toBe('| 100,000 | Dateline | 1,234 ms, 1,180–1,411 ms (1,500 ms) | 97 ms | 201 ms | 17 ms | 18 ms (17 ms) | 40 ms (50 ms) | 33 ms | 96 ms | 42.0 (≤ 50) | 150.6 (< 200) |');
		expect(lines[3]).toContain('not run (timeout) (150 ms) | n/a | n/a |');
		expect(lines[4]).toContain('| 17 ms (33 ms) | 17 ms | < 16 ms | 40.0 (≤ 50) |');
		expect(lines[4]).toContain('| Dateline | 100 ms (150 ms) | 60 ms | 90 ms |');
	});

	it('gives ratios', () => {
		expect(ratio(50, 200)).toBe('0.25×');
		expect(ratio(null, 2)).toBe('n/a');
	});
});
