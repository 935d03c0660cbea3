/** Small pure helpers for `npm run bench`: percentiles, argument parsing, the table. */

/** The p-th percentile (0-100) by the nearest-rank method; NaN for no values. */
export function percentile(values: readonly number[], p: number): number {
	if (values.length === 0) return NaN;
	const sorted = [...values].sort((a, b) => a - b);
	const rank = Math.ceil((p / 100) * sorted.length);
	return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

export function median(values: readonly number[]): number {
	return percentile(values, 50);
}

export interface FrameStats {
	p50: number;
	p95: number;
	max: number;
	count: number;
}

export function frameStats(deltas: readonly number[]): FrameStats {
	return { p50: percentile(deltas, 50), p95: percentile(deltas, 95), max: deltas.length ? Math.max(...deltas) : NaN, count: deltas.length };
}

/** A time a stall watcher (stalls.ts) on one CPU was held back: ms since the epoch. */
export interface Stall {
	/** Which watcher (0 to the number of watchers less one), not the CPU's own number. */
	cpu: number;
	start: number;
	end: number;
}

/**
 * How much of the interval [start, start + ms] (ms since the epoch) some CPU's watcher was stalled
 * (`any`), and every one of the `cpus` watchers at once (`all`: nothing could run anywhere).
 */
export function stalledWithin(start: number, ms: number, stalls: readonly Stall[], cpus: number): { any: number; all: number } {
	const end = start + ms;
	const edges: [number, number][] = [];
	for (const s of stalls) {
		const a = Math.max(s.start, start);
		const b = Math.min(s.end, end);
		if (b > a) edges.push([a, 1], [b, -1]);
	}
	edges.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
	let any = 0;
	let all = 0;
	let depth = 0;
	let at = start;
	for (const [t, step] of edges) {
		if (depth > 0) any += t - at;
		if (depth >= cpus) all += t - at;
		depth += step;
		at = t;
	}
	return { any, all };
}

/** A frame over the row's worst-frame target, with how long the machine stalled within it. */
export interface SlowFrame {
	ms: number;
	/** ms some CPU's stall watcher was held back during the frame (stalledWithin) */
	anyStalled: number;
	/** ms every CPU's watcher was held back at once */
	allStalled: number;
}

/**
 * The worst frame once the time every CPU was stalled within it is taken out: the longest of the
 * frames at or under the target (`slow` holds those over it) and of each slow frame less its
 * `allStalled`. NaN for no frames.
 */
export function lessStalls(frames: readonly number[], slow: readonly SlowFrame[], target: number): number {
	const values = [...frames.filter((ms) => ms <= target), ...slow.map((f) => f.ms - f.allStalled)];
	return values.length ? Math.max(...values) : NaN;
}

export const DEFAULT_SIZES = [1000, 10_000, 100_000];
export const DEFAULT_LOADS = 10;
export const DEFAULT_TRACES = 5;

export interface BenchArgs {
	sizes: number[];
	runs: number;
	/** Serve the last build-bench/ build again instead of building (the data must be the same sizes). */
	reuseBuild: boolean;
	/** Only generate and build (e.g. ahead of a measuring run that holds the browser-test lock). */
	buildOnly: boolean;
	/** Skip vis-timeline (quicker runs while working on Dateline itself). */
	noVis: boolean;
	/** Run without the stall watchers (stalls.ts), to see whether they change what is measured. */
	noWatch: boolean;
	/**
	 * Page loads per row, after its runs, that measure only first render and first paint, each
	 * followed by a load of the page alone (Row.pageAlone): one load varies by tens of milliseconds
	 * on a shared machine, so the table gives their median and range.
	 */
	loads: number;
	/**
	 * Page loads per Dateline row, after the others, traced by Chromium (phases.ts): where the main
	 * thread's time to `timeline:rendered` goes. 0: none (and no second table).
	 */
	traces: number;
}

/** `--sizes 1000,10000`, `--runs N`, `--loads N`, `--traces N` (also `--sizes=...`), `--reuse-build`, `--build-only`, `--no-vis` and `--no-watch`. */
export function parseArgs(argv: readonly string[]): BenchArgs {
	const args: BenchArgs = { sizes: DEFAULT_SIZES, runs: 1, reuseBuild: false, buildOnly: false, noVis: false, noWatch: false, loads: DEFAULT_LOADS, traces: DEFAULT_TRACES };
	for (let i = 0; i < argv.length; i++) {
		const [flag, inline] = argv[i]!.split('=', 2) as [string, string | undefined];
		const value = () => {
			const v = inline ?? argv[++i];
			if (v === undefined) throw new Error(`${flag} needs a value`);
			return v;
		};
		if (flag === '--sizes') {
			const sizes = value()
				.split(',')
				.map((s) => Number(s.trim().replace(/_/g, '')));
			if (sizes.length === 0 || sizes.some((s) => !Number.isInteger(s) || s < 1)) throw new Error('--sizes takes positive whole numbers, e.g. --sizes 1000,10000');
			args.sizes = sizes;
		} else if (flag === '--runs') {
			const runs = Number(value());
			if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs takes a positive whole number');
			args.runs = runs;
		} else if (flag === '--loads') {
			const loads = Number(value());
			if (!Number.isInteger(loads) || loads < 0) throw new Error('--loads takes a whole number (0: only the runs)');
			args.loads = loads;
		} else if (flag === '--traces') {
			const traces = Number(value());
			if (!Number.isInteger(traces) || traces < 0) throw new Error('--traces takes a whole number (0: no traced loads)');
			args.traces = traces;
		} else if (flag === '--reuse-build') {
			args.reuseBuild = true;
		} else if (flag === '--build-only') {
			args.buildOnly = true;
		} else if (flag === '--no-vis') {
			args.noVis = true;
		} else if (flag === '--no-watch') {
			args.noWatch = true;
		} else {
			throw new Error(`unknown option ${flag} (use --sizes 1000,10000, --runs N, --loads N, --traces N, --reuse-build, --build-only, --no-vis, --no-watch)`);
		}
	}
	return args;
}

/** The targets for a size (the nearest listed size at or above it). */
export interface Targets {
	firstRender: number;
	p95: number;
	max: number;
}

export function targetsFor(events: number): Targets {
	if (events <= 1000) return { firstRender: 150, p95: 17, max: 33 };
	if (events <= 10_000) return { firstRender: 300, p95: 17, max: 50 };
	return { firstRender: 1500, p95: 17, max: 50 };
}

export const JS_TARGET_KB = 50;
export const HEAP_TARGET_MB = 200;

export interface Row {
	events: number;
	tool: string;
	/** ms (the median over every run and load), or a reason it was not measured */
	firstRender: number | string;
	/** The fastest and slowest first render of those; null with a single one. */
	firstRenderRange: readonly [number, number] | null;
	/**
	 * ms: first render of the same page with its scripts replaced by one that reads the chart's width
	 * and marks `timeline:rendered` a frame later (the median over as many loads as the row's); what
	 * the page's HTML and CSS alone take to reach that mark, of the target. Null: not measured
	 * (vis-timeline's page draws nothing without its script).
	 */
	pageAlone: number | null;
	/**
	 * ms from navigation start to the first contentful paint. Dateline's pages are prerendered, so
	 * this is when the reader first sees the chart, before its scripts have run (null: not measured).
	 */
	firstPaint: number | null;
	frames: FrameStats | null;
	/** ms: the worst frame less the time every CPU's stall watcher was held back in it (lessStalls). */
	frameMaxLessStalls: number | null;
	jsGzKb: number | null;
	heapMb: number | null;
	/**
	 * ms: the longest Event Timing entry (input to the next paint) of one click that unticks a party
	 * filter; 0 when under 16 ms (the browser reports nothing shorter); null: not measured.
	 */
	filterMs: number | null;
}

const ms = (v: number) => (Number.isFinite(v) ? `${Math.round(v).toLocaleString('en')} ms` : 'n/a');
const num = (v: number | null, digits = 1) => (v === null || !Number.isFinite(v) ? 'n/a' : v.toFixed(digits));

/** One markdown table: each measured value with the target beside it. */
export function table(rows: readonly Row[]): string {
	const head = [
		'| events | tool | first render: median, range (target) | page alone | first paint | frame p50 | frame p95 (target) | frame max (target) | frame max less stalls | filter click | JS gz KB (target) | heap MB (target) |',
		'|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|'
	];
	const lines = rows.map((r) => {
		const t = targetsFor(r.events);
		const range = r.firstRenderRange ? `, ${Math.round(r.firstRenderRange[0]).toLocaleString('en')}–${ms(r.firstRenderRange[1])}` : '';
		const first = typeof r.firstRender === 'string' ? r.firstRender : ms(r.firstRender) + range;
		const f = r.frames;
		const heapTarget = r.events >= 100_000 ? ` (< ${HEAP_TARGET_MB})` : '';
		return [
			r.events.toLocaleString('en'),
			r.tool,
			`${first} (${ms(t.firstRender)})`,
			r.pageAlone === null ? 'n/a' : ms(r.pageAlone),
			r.firstPaint === null ? 'n/a' : ms(r.firstPaint),
			f ? ms(f.p50) : 'n/a',
			`${f ? ms(f.p95) : 'n/a'} (${t.p95} ms)`,
			`${f ? ms(f.max) : 'n/a'} (${t.max} ms)`,
			r.frameMaxLessStalls === null ? 'n/a' : ms(r.frameMaxLessStalls),
			r.filterMs === null ? 'n/a' : r.filterMs === 0 ? '< 16 ms' : ms(r.filterMs),
			`${num(r.jsGzKb)} (≤ ${JS_TARGET_KB})`,
			`${num(r.heapMb)}${heapTarget}`
		].join(' | ');
	});
	return [...head, ...lines.map((l) => `| ${l} |`)].join('\n');
}

/** Dateline's value over vis-timeline's, as "0.25×"; n/a when either is missing. */
export function ratio(a: number | null | undefined, b: number | null | undefined): string {
	if (typeof a !== 'number' || typeof b !== 'number' || !Number.isFinite(a) || !Number.isFinite(b) || b === 0) return 'n/a';
	return `${(a / b).toFixed(2)}×`;
}
