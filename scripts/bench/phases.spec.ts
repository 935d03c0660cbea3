import { describe, expect, it } from 'vitest';
import { medianPhases, phasesOf, phasesTable, type TraceEvent } from './phases.ts';

/** A complete event on the main thread (pid 1, tid 2), times in ms (the trace's are µs). */
const x = (name: string, ms: number, durMs: number, thread = 2): TraceEvent => ({ name, ph: 'X', ts: ms * 1000, dur: durMs * 1000, pid: 1, tid: thread });
const mark = (ms: number): TraceEvent => ({ name: 'timeline:rendered', ph: 'R', ts: ms * 1000, pid: 1, tid: 2 });

describe('phasesOf', () => {
	// Navigation started at 1,000 ms (trace time); the mark came 100 ms later.
	const trace: TraceEvent[] = [
		x('RunTask', 990, 20), // starts before the window: only 1,000-1,010 counts
		x('ParseHTML', 995, 15),
		x('RunTask', 1020, 30),
		x('UpdateLayoutTree', 1020, 5),
		x('Layout', 1025, 15),
		x('FontCache::GetFontPlatformData', 1026, 4),
		x('FontCache::GetFontPlatformData', 1028, 4), // overlaps the one before: 1,026-1,032 in all
		x('Paint', 1040, 5),
		x('RunTask', 1060, 35),
		x('v8.evaluateModule', 1060, 30),
		x('Layout', 1070, 5), // forced by the script: layout, not script
		x('MinorGC', 1080, 2),
		x('RunTask', 1090, 5, 3), // another thread: not counted
		x('Paint', 1098, 10), // runs past the mark: only 2 ms count
		mark(1100),
		x('Layout', 1100, 50) // after the mark
	];

	it('splits first render into what the main thread did, each instant once', () => {
		const p = phasesOf(trace, 'timeline:rendered', 100);
		expect(p.windowMs).toBe(100);
		expect(p.ms['HTML parse']).toBeCloseTo(10);
		expect(p.ms['style & layout']).toBeCloseTo(5 + 15 + 5);
		expect(p.ms.paint).toBeCloseTo(5 + 2);
		expect(p.ms.script).toBeCloseTo(30 - 5);
		// Tasks' time outside any other phase: 1,045-1,050 and 1,090-1,095.
		expect(p.ms['other work']).toBeCloseTo(10);
		expect(p.fontLookupsMs).toBeCloseTo(6);
		// 1,010-1,020, 1,050-1,060 and 1,095-1,098.
		expect(p.idleMs).toBeCloseTo(23);
	});

	it('takes the window from the page’s own first render, and says when there is no mark', () => {
		expect(phasesOf(trace, 'timeline:rendered', 40).ms['style & layout']).toBeCloseTo(5);
		expect(() => phasesOf(trace.slice(0, -2), 'timeline:rendered', 100)).toThrow(/no timeline:rendered mark/);
		const noTasks = trace.filter((e) => e.name !== 'RunTask');
		expect(() => phasesOf(noTasks, 'timeline:rendered', 100)).toThrow(/no RunTask event on the thread of the timeline:rendered mark/);
	});
});

describe('medianPhases and phasesTable', () => {
	it('gives the median of each measure and prints a row per page', () => {
		const one = phasesOf([x('RunTask', 0, 10), x('Layout', 0, 10), mark(50)], 'timeline:rendered', 50);
		const two = phasesOf([x('RunTask', 0, 40), x('Layout', 0, 30), x('FunctionCall', 30, 10), mark(60)], 'timeline:rendered', 60);
		const three = phasesOf([x('RunTask', 0, 20), x('Layout', 0, 20), mark(70)], 'timeline:rendered', 70);
		const m = medianPhases([one, two, three]);
		expect(m.windowMs).toBe(60);
		expect(m.ms['style & layout']).toBe(20);
		expect(m.ms.script).toBe(0);
		const t = phasesTable([{ events: 1000, tool: 'Dateline /embed', loads: 3, phases: m }]);
		expect(t.split('\n')).toHaveLength(3);
		expect(t).toContain('| 1,000 | Dateline /embed | 3 | 60 | 20 | 0 | 0 | 0 | 0 | 0 | 40 |');
	});
});
