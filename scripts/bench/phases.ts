/**
 * Where a page load's first render goes, from a Chromium trace of it (`npm run bench`, its traced
 * loads): the renderer's main thread, from navigation start to `timeline:rendered`, split into what
 * it did. Pure, so that a unit test can check it on events made by hand.
 *
 * Each instant of that window counts once, for the first of these that was running then (a layout
 * forced by a script counts as layout, a script run by the parser as script):
 * style and layout, paint, script, HTML parsing, other work of a task; what is left is time the main
 * thread had nothing to run (waiting for the network, a compile on another thread, the next frame).
 * Font lookups are counted apart, within whatever ran them (in practice layout): on Linux each font
 * and size a page uses first costs the renderer a round trip to the browser process.
 */

/** The fields of a trace event (Chrome's JSON trace format) that this reads. */
export interface TraceEvent {
	name: string;
	/** 'X': a complete event, with `dur`; 'R', 'I', 'i', 'n', 'b', 'e' and others: read only for the mark. */
	ph: string;
	/** µs */
	ts: number;
	/** µs, for 'X' */
	dur?: number;
	pid: number;
	tid: number;
}

import { median } from './stats.ts';

export type Phase = 'style & layout' | 'paint' | 'script' | 'HTML parse' | 'other work';

/** In order of precedence: an instant covered by several counts for the first. */
export const PHASES: readonly Phase[] = ['style & layout', 'paint', 'script', 'HTML parse', 'other work'];

const PHASE_OF: Record<string, Phase> = {
	UpdateLayoutTree: 'style & layout',
	RecalculateStyles: 'style & layout',
	Layout: 'style & layout',
	PrePaint: 'paint',
	Paint: 'paint',
	PaintImage: 'paint',
	Layerize: 'paint',
	UpdateLayerTree: 'paint',
	Commit: 'paint',
	'v8.compile': 'script',
	'v8.compileModule': 'script',
	'v8.evaluateModule': 'script',
	'v8.run': 'script',
	'v8.callFunction': 'script',
	EvaluateScript: 'script',
	FunctionCall: 'script',
	RunMicrotasks: 'script',
	TimerFire: 'script',
	FireAnimationFrame: 'script',
	EventDispatch: 'script',
	MinorGC: 'script',
	MajorGC: 'script',
	ParseHTML: 'HTML parse',
	RunTask: 'other work'
};

const FONT_LOOKUP = 'FontCache::GetFontPlatformData';

/** ms of the window in each phase, font lookups apart, and idle: the rest of `windowMs`. */
export interface Phases {
	windowMs: number;
	ms: Record<Phase, number>;
	fontLookupsMs: number;
	idleMs: number;
}

/**
 * The phases of the main thread's time in the `windowMs` ms before the mark `markName` (its first
 * occurrence): `windowMs` is the mark's time from navigation start as the page read it
 * (`performance.getEntriesByName(markName)[0].startTime`), so the window is exactly first render.
 * The main thread is the thread that recorded the mark. Throws when the trace has no such mark, or
 * no task of that thread in the window (then nothing in it could be told apart).
 */
export function phasesOf(events: readonly TraceEvent[], markName: string, windowMs: number): Phases {
	const mark = events.find((e) => e.name === markName);
	if (!mark) throw new Error(`the trace has no ${markName} mark`);
	const end = mark.ts;
	const start = end - windowMs * 1000;
	const edges: { t: number; phase: number; step: 1 | -1 }[] = [];
	const fonts: [number, number][] = [];
	for (const e of events) {
		if (e.ph !== 'X' || e.pid !== mark.pid || e.tid !== mark.tid || e.dur === undefined) continue;
		const a = Math.max(start, e.ts);
		const b = Math.min(end, e.ts + e.dur);
		if (b <= a) continue;
		if (e.name === FONT_LOOKUP) fonts.push([a, b]);
		const phase = PHASE_OF[e.name];
		if (phase === undefined) continue;
		const p = PHASES.indexOf(phase);
		edges.push({ t: a, phase: p, step: 1 }, { t: b, phase: p, step: -1 });
	}
	// Without them every column would read 0 and the window idle: say so rather than print that.
	const task = PHASES.indexOf('other work');
	if (!edges.some((e) => e.phase === task))
		throw new Error(`the trace has no RunTask event on the thread of the ${markName} mark (recorded without the disabled-by-default-devtools.timeline category, or Chromium renamed its events)`);
	edges.sort((x, y) => x.t - y.t);
	const depth = PHASES.map(() => 0);
	const spent = PHASES.map(() => 0);
	let at = start;
	for (const { t, phase, step } of edges) {
		const top = depth.findIndex((d) => d > 0);
		if (top >= 0) spent[top]! += t - at;
		depth[phase]! += step;
		at = t;
	}
	const ms = Object.fromEntries(PHASES.map((p, i) => [p, spent[i]! / 1000])) as Record<Phase, number>;
	const busy = spent.reduce((a, b) => a + b, 0) / 1000;
	return { windowMs, ms, fontLookupsMs: union(fonts) / 1000, idleMs: Math.max(0, windowMs - busy) };
}

/** How long a set of intervals covers (µs). */
function union(intervals: [number, number][]): number {
	const sorted = [...intervals].sort((x, y) => x[0] - y[0]);
	let total = 0;
	let reach = -Infinity;
	for (const [a, b] of sorted) {
		if (b <= reach) continue;
		total += b - Math.max(a, reach);
		reach = b;
	}
	return total;
}

/** The median of each measure over several loads' phases (each on its own: they need not add up). */
export function medianPhases(all: readonly Phases[]): Phases {
	const med = (pick: (p: Phases) => number) => median(all.map(pick));
	return {
		windowMs: med((p) => p.windowMs),
		ms: Object.fromEntries(PHASES.map((ph) => [ph, med((p) => p.ms[ph])])) as Record<Phase, number>,
		fontLookupsMs: med((p) => p.fontLookupsMs),
		idleMs: med((p) => p.idleMs)
	};
}

/** One markdown table: a row per page and size. */
export function phasesTable(rows: readonly { events: number; tool: string; loads: number; phases: Phases }[]): string {
	const r = (v: number) => (Number.isFinite(v) ? `${Math.round(v).toLocaleString('en')}` : 'n/a');
	const head = [
		'| events | tool | traced loads | first render (traced), ms | style & layout | of it, font lookups | paint | script | HTML parse | other work | main thread idle |',
		'|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|'
	];
	const lines = rows.map(({ events, tool, loads, phases: p }) =>
		[events.toLocaleString('en'), tool, String(loads), r(p.windowMs), r(p.ms['style & layout']), r(p.fontLookupsMs), r(p.ms.paint), r(p.ms.script), r(p.ms['HTML parse']), r(p.ms['other work']), r(p.idleMs)].join(' | ')
	);
	return [...head, ...lines.map((l) => `| ${l} |`)].join('\n');
}
