/**
 * `npm run bench`: builds the site with synthetic timelines of 1,000 / 10,000 / 100,000 events,
 * opens /embed/<slug> and /t/<slug> in headless Chromium, drives vis-timeline with the same data and
 * the same zoom/pan script, and prints one table. It reports; it never fails on timing.
 *
 *   npm run bench -- [--sizes 1000,10000] [--runs N] [--loads N] [--reuse-build] [--build-only] [--no-vis] [--no-watch]
 *
 * Everything it writes goes under build-bench/ (git-ignored); build/ and .svelte-kit/ stay as they were.
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { benchSlug, generateTimeline, visItems } from './generate.ts';
import { medianPhases, phasesOf, phasesTable, type Phases, type TraceEvent } from './phases.ts';
import { frameStats, lessStalls, median, parseArgs, ratio, stalledWithin, table, targetsFor, type Row, type SlowFrame } from './stats.ts';
import { watchStalls, type StallWatch } from './stalls.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const OUT = join(ROOT, 'build-bench');
const VIS = join(OUT, 'vis');
/** Each size is built on its own (data/timelines plus that one synthetic timeline), so a size too slow to build does not stop the others. */
const dataDir = (n: number) => join(OUT, `data-${n}`);
const siteDir = (n: number) => join(OUT, `site-${n}`);
const SITE_PORT = 4180;
const VIS_PORT = 4181;
/** Seconds per build; override with BENCH_BUILD_TIMEOUT. */
const BUILD_TIMEOUT = Number(process.env.BENCH_BUILD_TIMEOUT ?? 600);
const VIEWPORT = { width: 1280, height: 800 };

const log = (...a: unknown[]) => console.error('[bench]', ...a);

/** Runs a command with a time limit; resolves with its exit code or 'timeout'. */
function run(cmd: string, args: string[], env: Record<string, string>, timeoutS: number): Promise<number | 'timeout'> {
	return new Promise((done) => {
		const child = spawn(cmd, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
		let tail = '';
		const keep = (b: Buffer) => (tail = (tail + b.toString()).slice(-4000));
		child.stdout.on('data', keep);
		child.stderr.on('data', keep);
		const timer = setTimeout(() => {
			try {
				process.kill(-child.pid!, 'SIGKILL');
			} catch {
				// already gone
			}
			done('timeout');
		}, timeoutS * 1000);
		child.on('exit', (code) => {
			clearTimeout(timer);
			if (code !== 0) log(`${cmd} ${args.join(' ')} exited ${code}:\n${tail}`);
			done(code ?? 1);
		});
	});
}

function writeData(sizes: number[]) {
	mkdirSync(VIS, { recursive: true });
	for (const n of sizes) {
		const t = generateTimeline(n);
		rmSync(dataDir(n), { recursive: true, force: true });
		mkdirSync(join(dataDir(n), 'timelines'), { recursive: true });
		writeFileSync(join(dataDir(n), 'timelines', `${t.id}.json`), JSON.stringify(t));
		writeFileSync(join(VIS, `data-${n}.json`), JSON.stringify(visItems(t)));
	}
	for (const f of ['index.html', 'harness.js']) copyFileSync(join(import.meta.dirname, 'vis', f), join(VIS, f));
	copyFileSync(join(ROOT, 'node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js'), join(VIS, 'vis-timeline-graph2d.min.js'));
}

/** Builds the site with the synthetic timelines; returns the time taken, or why it failed. */
async function build(n: number): Promise<{ seconds: number } | { failed: string }> {
	const started = performance.now();
	const env = { DATELINE_BENCH_DATA: dataDir(n), DATELINE_OUT_DIR: siteDir(n), DATELINE_KIT_DIR: join(OUT, `kit-${n}`) };
	let code = await run(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build'], env, BUILD_TIMEOUT);
	// As `npm run build` does: the embed pages' own script, then .br and .gz files beside the text
	// files, which serve.js sends.
	if (code === 0) code = await run(process.execPath, [join(ROOT, 'scripts/client-build.js'), siteDir(n)], {}, BUILD_TIMEOUT);
	if (code === 0) code = await run(process.execPath, [join(ROOT, 'scripts/precompress.js'), siteDir(n)], {}, BUILD_TIMEOUT);
	const seconds = (performance.now() - started) / 1000;
	if (code === 'timeout') return { failed: `build over ${BUILD_TIMEOUT} s` };
	if (code !== 0) return { failed: `build failed (exit ${code})` };
	return { seconds };
}

async function serve(dir: string, port: number): Promise<ChildProcess> {
	const child = spawn(process.execPath, [join(ROOT, 'scripts/serve.js'), '--port', String(port), '--dir', dir], { cwd: ROOT, stdio: 'ignore' });
	for (let i = 0; i < 100; i++) {
		try {
			if ((await fetch(`http://localhost:${port}/`)).status < 500) return child;
		} catch {
			// not up yet
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	child.kill();
	throw new Error(`the server on port ${port} did not start`);
}

interface Measure {
	firstRender: number;
	firstPaint: number | null;
	frames: number[];
	/** The frames over the row's worst-frame target, with the machine's stalls within each. */
	slow: SlowFrame[];
	/** Whether stall watchers ran (not with --no-watch): without them a slow frame's stalls are NaN. */
	watched: boolean;
	jsGz: number;
	heapMb: number;
	filterMs: number | null;
}

// Page scripts are strings: tsx would otherwise wrap named functions in a helper the page lacks.
/** Starts recording rAF deltas in the page. */
const START_FRAMES = `(() => {
	window.__frames = [];
	window.__frameStarts = [];
	window.__collect = true;
	let last = 0;
	const tick = (t) => {
		window.__frames.push(t - last);
		window.__frameStarts.push(performance.timeOrigin + last);
		last = t;
		if (window.__collect) requestAnimationFrame(tick);
	};
	requestAnimationFrame((t) => {
		last = t;
		requestAnimationFrame(tick);
	});
})()`;
const STOP_FRAMES = `(() => {
	window.__collect = false;
	return { frames: window.__frames, starts: window.__frameStarts };
})()`;
/** Keeps the page's Event Timing entries (16 ms and longer, the shortest the browser reports). */
const OBSERVE_EVENTS = `(() => {
	window.__events = [];
	new PerformanceObserver((list) => {
		for (const e of list.getEntries()) window.__events.push({ name: e.name, duration: e.duration });
	}).observe({ type: 'event', durationThreshold: 16 });
})()`;
const LONGEST_CLICK = `Math.max(0, ...window.__events.filter((e) => ['pointerdown', 'pointerup', 'click'].includes(e.name)).map((e) => e.duration))`;
const RENDERED_AT = `performance.getEntriesByName('timeline:rendered')[0].startTime`;
const PAINTED_AT = `performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null`;

/** rAF intervals (ms), and when each began (ms since the epoch, as the stall watchers' times). */
interface Frames {
	frames: number[];
	starts: number[];
}

/**
 * The fixed script: 15 wheel steps in, 15 out, then a drag of 20 steps, each followed by a short
 * wait. `modifier` holds Control for the wheel (an embedded chart zooms only then).
 */
async function interact(page: Page, selector: string, modifier: boolean): Promise<Frames> {
	const target = page.locator(selector).first();
	await target.scrollIntoViewIfNeeded();
	const box = (await target.boundingBox())!;
	const x = box.x + box.width / 2;
	const y = box.y + Math.min(box.height / 2, 150);
	await page.mouse.move(x, y);
	await page.evaluate(START_FRAMES);
	if (modifier) await page.keyboard.down('Control');
	for (const dy of [-200, 200])
		for (let i = 0; i < 15; i++) {
			await page.mouse.wheel(0, dy);
			await page.waitForTimeout(50);
		}
	if (modifier) await page.keyboard.up('Control');
	await page.mouse.down();
	for (let i = 1; i <= 20; i++) {
		await page.mouse.move(x - i * 15, y);
		await page.waitForTimeout(30);
	}
	await page.mouse.up();
	await page.waitForTimeout(300);
	return page.evaluate<Frames>(STOP_FRAMES);
}

/**
 * Unticks the first party filter and returns the longest Event Timing entry of that click, from the
 * input to the next paint (0 when it stayed under 16 ms). The page then shows the other parties.
 */
async function filterClick(page: Page): Promise<number> {
	const box = page.locator('.filters input[type="checkbox"]').first();
	await box.scrollIntoViewIfNeeded();
	await page.evaluate(OBSERVE_EVENTS);
	await box.click();
	await page.waitForFunction(() => location.search.includes('parties='), null, { timeout: 30_000, polling: 50 });
	// Entries are reported after the paint that follows the input.
	await page.waitForTimeout(500);
	return page.evaluate<number>(LONGEST_CLICK);
}

type Firsts = Pick<Measure, 'firstRender' | 'firstPaint'>;

/** Opens `url` and waits for `timeline:rendered`: when it came, and the first contentful paint. */
async function open(page: Page, url: string, renderTimeoutMs: number): Promise<Firsts> {
	await page.goto(url, { timeout: renderTimeoutMs });
	// A function, not a string: the page's Content-Security-Policy forbids evaluating strings there.
	await page.waitForFunction(() => performance.getEntriesByName('timeline:rendered').length > 0, null, { timeout: renderTimeoutMs, polling: 50 });
	const firstRender = await page.evaluate<number>(RENDERED_AT);
	// The browser reports the first paint once that frame is on screen, which on a fast load can be
	// after the mark (seen at 1,000 events): waited for briefly, rather than read as missing.
	const painted = await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, null, { timeout: 2_000, polling: 20 }).then(
		() => true,
		() => false
	);
	return { firstRender, firstPaint: painted ? await page.evaluate<number | null>(PAINTED_AT) : null };
}

/** A context of its own, closed afterwards without waiting long: a renderer still busy after a time limit can keep close() waiting for minutes (the caller's browser process is killed after a vis-timeline run, which ends it). */
async function inContext<T>(browser: Browser, fn: (page: Page) => Promise<T>): Promise<T> {
	const context = await browser.newContext({ viewport: VIEWPORT });
	try {
		return await fn(await context.newPage());
	} finally {
		await Promise.race([context.close(), new Promise((r) => setTimeout(r, 5_000))]);
	}
}

/** One more page load that measures only first render and first paint (see BenchArgs.loads). */
const load = (browser: Browser, url: string, renderTimeoutMs: number): Promise<Firsts> => inContext(browser, (page) => open(page, url, renderTimeoutMs));

/**
 * What stands in for each of the site's scripts in a load of the page alone (Row.pageAlone): it
 * reads the chart's width, as the page's own script does first (the page's first layout, if the
 * browser has not laid it out yet), and marks `timeline:rendered` a frame later, as the chart does.
 */
const STAND_IN = `document.querySelector('.chart')?.clientWidth; requestAnimationFrame(() => performance.mark('timeline:rendered'));`;

/**
 * One load of the page with every script of the site replaced by STAND_IN: how long its HTML and
 * CSS alone take to the mark, which no work of the scripts can take back.
 */
const loadAlone = (browser: Browser, url: string, renderTimeoutMs: number): Promise<Firsts> =>
	inContext(browser, async (page) => {
		const origin = new URL(url).origin;
		let replaced = 0;
		await page.route(
			(u) => u.origin === origin && u.pathname.endsWith('.js'),
			(route) => {
				replaced++;
				return route.fulfill({ contentType: 'text/javascript', body: STAND_IN });
			}
		);
		const firsts = await open(page, url, renderTimeoutMs);
		if (replaced === 0) throw new Error('the page loaded no script of the site');
		return firsts;
	});

/** What a traced load records (phases.ts): the main thread's tasks, user timing marks, font lookups and microtasks (where the page's hydration runs, after an await). */
const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'fonts', 'v8.execute'];

/**
 * One page load traced by Chromium: where its main thread's time to `timeline:rendered` went.
 * Tracing slows the page, so these loads are not among those the first render column is taken from.
 */
const loadTraced = (browser: Browser, url: string, renderTimeoutMs: number): Promise<Phases> =>
	inContext(browser, async (page) => {
		await browser.startTracing(page, { categories: TRACE_CATEGORIES });
		let firsts: Firsts;
		try {
			firsts = await open(page, url, renderTimeoutMs);
		} catch (e) {
			await browser.stopTracing().catch(() => {});
			throw e;
		}
		const trace = await browser.stopTracing();
		const { traceEvents } = JSON.parse(trace.toString()) as { traceEvents: TraceEvent[] };
		return phasesOf(traceEvents, 'timeline:rendered', firsts.firstRender);
	});

async function measure(browser: Browser, url: string, selector: string, modifier: boolean, renderTimeoutMs: number, filters: boolean, watch: StallWatch | null, slowerThan: number): Promise<Measure> {
	return inContext(browser, async (page) => {
		const pending: Promise<number>[] = [];
		page.on('response', (res) => {
			const type = res.headers()['content-type'] ?? '';
			if (res.request().resourceType() === 'script' || type.includes('javascript'))
				pending.push(
					res.body().then(
						(b) => gzipSync(b).length,
						() => 0
					)
				);
		});
		const { firstRender, firstPaint } = await open(page, url, renderTimeoutMs);
		await page.waitForTimeout(500);
		await watch?.start();
		const { frames, starts } = await interact(page, selector, modifier);
		const stalls = watch ? await watch.take() : null;
		const slow = frames.flatMap((ms, i) => {
			if (ms <= slowerThan) return [];
			const s = stalls && stalledWithin(starts[i]!, ms, stalls, watch!.cpus);
			return [{ ms, anyStalled: s?.any ?? NaN, allStalled: s?.all ?? NaN }];
		});
		const cdp = await page.context().newCDPSession(page);
		await cdp.send('HeapProfiler.collectGarbage');
		const heap = await cdp.send('Runtime.getHeapUsage');
		// After the heap, which is of the page as it opened; scripts are counted first, so none a
		// filter might load counts as shipped with the page.
		const jsGz = (await Promise.all(pending)).reduce((a, b) => a + b, 0);
		const filterMs = filters ? await filterClick(page) : null;
		return { firstRender, firstPaint, frames, slow, watched: watch !== null, jsGz, heapMb: heap.usedSize / 1024 / 1024, filterMs };
	});
}

/**
 * Runs a target `runs` times, then loads it `loads` times more (only when the runs went through),
 * each load followed by one with its scripts replaced (`alone`, when given): first render and first
 * paint are medians over runs and loads, frames pooled over the runs, heap and filter click medians
 * over the runs, the page alone the median of its loads.
 */
async function row(events: number, tool: string, runs: number, loads: number, go: () => Promise<Measure>, again: () => Promise<Firsts>, alone?: () => Promise<Firsts>): Promise<Row> {
	const all: Measure[] = [];
	const firsts: Firsts[] = [];
	const alones: number[] = [];
	try {
		for (let i = 0; i < runs; i++) {
			log(`${tool}, ${events} events, run ${i + 1}/${runs}`);
			const m = await go();
			all.push(m);
			log(`${tool}, ${events} events: first render ${Math.round(m.firstRender)} ms, worst frame ${Math.round(Math.max(...m.frames))} ms, JS ${m.jsGz.toLocaleString('en')} bytes gzipped`);
			for (const f of m.slow)
				log(`${tool}, ${events} events: a frame of ${Math.round(f.ms)} ms${Number.isNaN(f.allStalled) ? '' : `; within it some CPU's stall watcher was held back ${Math.round(f.anyStalled)} ms, every CPU's at once ${Math.round(f.allStalled)} ms`}`);
		}
		firsts.push(...all);
		if (loads > 0) log(`${tool}, ${events} events: ${loads} more page loads for first render${alone ? ', each followed by one of the page alone (its scripts replaced)' : ''}`);
		// Taken in turns, so that the machine's drift over the row affects both alike. A load of the
		// page alone that fails ends those, not the row's own loads.
		let aloneFailed = false;
		for (let i = 0; i < loads; i++) {
			firsts.push(await again());
			if (!alone || aloneFailed) continue;
			try {
				alones.push((await alone()).firstRender);
			} catch (e) {
				aloneFailed = true;
				log(`${tool}, ${events} events: the page alone failed: ${(e as Error).message.split('\n')[0]}`);
			}
		}
		if (loads > 0) log(`${tool}, ${events} events: first render ${firsts.map((f) => Math.round(f.firstRender)).join(', ')} ms`);
		if (alones.length > 0) log(`${tool}, ${events} events: the page alone ${alones.map(Math.round).join(', ')} ms`);
	} catch (e) {
		const message = (e as Error).message;
		const timeout = /Timeout (\d+)ms exceeded/.exec(message);
		const reason = timeout ? `no render within ${Number(timeout[1]) / 1000} s` : message.split('\n')[0]!.slice(0, 80);
		log(`${tool}, ${events} events: ${reason}`);
		if (all.length === 0) return notRun(events, tool, reason);
		if (firsts.length === 0) firsts.push(...all);
	}
	const renders = firsts.map((f) => f.firstRender);
	return {
		events,
		tool,
		firstRender: median(renders),
		firstRenderRange: renders.length > 1 ? [Math.min(...renders), Math.max(...renders)] : null,
		pageAlone: alones.length > 0 ? median(alones) : null,
		firstPaint: firsts.every((m) => m.firstPaint !== null) ? median(firsts.map((m) => m.firstPaint!)) : null,
		frames: frameStats(all.flatMap((m) => m.frames)),
		frameMaxLessStalls: all.every((m) => m.watched) ? lessStalls(all.flatMap((m) => m.frames), all.flatMap((m) => m.slow), targetsFor(events).max) : null,
		jsGzKb: all[0]!.jsGz / 1024,
		heapMb: median(all.map((m) => m.heapMb)),
		filterMs: all.every((m) => m.filterMs !== null) ? median(all.map((m) => m.filterMs!)) : null
	};
}

function notRun(events: number, tool: string, reason: string): Row {
	return { events, tool, firstRender: `not run (${reason})`, firstRenderRange: null, pageAlone: null, firstPaint: null, frames: null, frameMaxLessStalls: null, jsGzKb: null, heapMb: null, filterMs: null };
}

type Built = { seconds: number } | { failed: string };

const visUrl = (n: number) => `http://localhost:${VIS_PORT}/index.html?n=${n}`;

/**
 * Runs `fn` in a browser process of its own, killed afterwards (closing it politely waits on a busy
 * renderer), with a hard deadline of 150 s: Playwright's own time limits were seen not to fire
 * while vis-timeline held the renderer at 100,000 items; this one does not depend on the page.
 */
async function inOwnBrowser<T>(executablePath: string | undefined, fn: (browser: Browser) => Promise<T>): Promise<T> {
	const server = await chromium.launchServer({ executablePath });
	try {
		const own = await chromium.connect(server.wsEndpoint());
		let timer: ReturnType<typeof setTimeout> | undefined;
		const deadline = new Promise<never>((_, reject) => {
			timer = setTimeout(() => reject(new Error('no render within 150 s')), 150_000);
		});
		try {
			return await Promise.race([fn(own), deadline]);
		} finally {
			clearTimeout(timer);
		}
	} finally {
		await server.kill();
	}
}

async function main() {
	const args = parseArgs(process.argv.slice(2));
	const sizes = [...new Set(args.sizes)].sort((a, b) => a - b);
	const executablePath = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;

	log(`generating ${sizes.join(', ')} events`);
	writeData(sizes);
	const builds = new Map<number, Built>();
	for (const n of sizes) {
		if (args.reuseBuild && existsSync(join(siteDir(n), 't', `${benchSlug(n)}.html`))) {
			builds.set(n, { seconds: 0 });
			continue;
		}
		log(`building the site with ${n} events into ${siteDir(n)} (time limit ${BUILD_TIMEOUT} s)`);
		const b = await build(n);
		log('failed' in b ? b.failed : `built in ${b.seconds.toFixed(0)} s`);
		builds.set(n, b);
	}
	if (args.buildOnly) return;

	const browser = await chromium.launch({ executablePath });
	const rows: Row[] = [];
	const traced: { events: number; tool: string; loads: number; phases: Phases }[] = [];
	const vis = await serve(VIS, VIS_PORT);
	// An aid to reading slow frames, not a measure: without it the bench runs on, and says why.
	const watch = args.noWatch
		? null
		: await watchStalls().catch((e: unknown) => {
				log(`the stall watchers could not start (${(e as Error).message}); frames are measured without them`);
				return null;
			});
	log(`while frames are measured: ${watch ? watch.how : 'no stall watchers'}${args.noWatch ? ' (--no-watch)' : ''}`);
	try {
		for (const n of sizes) {
			const slug = benchSlug(n);
			// Generous for Dateline, so a slow first render is measured rather than cut off; a minute
			// for vis-timeline, which does not get far with 10,000 events on this machine.
			const limit = n >= 100_000 ? 120_000 : 60_000;
			const built = builds.get(n)!;
			const site = 'failed' in built ? null : await serve(siteDir(n), SITE_PORT);
			try {
				for (const [tool, path, modifier] of [
					['Dateline /embed', `/embed/${slug}`, true],
					['Dateline /t', `/t/${slug}`, false]
				] as const) {
					if ('failed' in built) rows.push(notRun(n, tool, built.failed));
					else {
						const url = `http://localhost:${SITE_PORT}${path}`;
						rows.push(
							await row(
								n,
								tool,
								args.runs,
								args.loads,
								() => measure(browser, url, '.chart svg', modifier, limit, true, watch, targetsFor(n).max),
								() => load(browser, url, limit),
								() => loadAlone(browser, url, limit)
							)
						);
						if (args.traces > 0) {
							log(`${tool}, ${n} events: ${args.traces} traced page loads`);
							const all: Phases[] = [];
							try {
								for (let i = 0; i < args.traces; i++) all.push(await loadTraced(browser, url, limit));
							} catch (e) {
								log(`${tool}, ${n} events: a traced load failed: ${(e as Error).message.split('\n')[0]}`);
							}
							if (all.length > 0) traced.push({ events: n, tool, loads: all.length, phases: medianPhases(all) });
						}
					}
				}
			} finally {
				site?.kill();
				await new Promise((r) => setTimeout(r, 300));
			}
		}
		// vis-timeline after every Dateline row, each run and load in a browser of its own that is closed after
		// it: a page still building 10,000 items after the time limit keeps its renderer busy (a whole
		// core, seen for minutes) after its context is closed, and it would slow what is measured next.
		if (!args.noVis)
			for (const n of sizes)
				rows.push(
					await row(
						n,
						'vis-timeline',
						args.runs,
						args.loads,
						() => inOwnBrowser(executablePath, (own) => measure(own, visUrl(n), '#timeline .vis-center', false, 60_000, false, watch, targetsFor(n).max)),
						() => inOwnBrowser(executablePath, (own) => load(own, visUrl(n), 60_000))
					)
				);
		rows.sort((a, b) => a.events - b.events); // stable: per size, Dateline's rows then vis-timeline's
	} finally {
		await browser.close().catch(() => {});
		vis.kill();
		watch?.stop();
	}

	const cpu = cpus();
	const out: string[] = [];
	out.push(`## Dateline benchmark, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`, '');
	out.push(
		`Machine: ${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}; load average ${loadavg()
			.map((l) => l.toFixed(2))
			.join(', ')}; Node ${process.version}; Chromium ${browser.version()}${executablePath ? ` (${executablePath})` : ''}; headless, ${VIEWPORT.width} × ${VIEWPORT.height}; runs per row: ${args.runs}, and ${args.loads} more page loads for first render and first paint.`
	);
	const took = (b: Built) => ('failed' in b ? b.failed : b.seconds ? `${b.seconds.toFixed(0)} s` : 'reused');
	out.push(`Site build per size: ${sizes.map((n) => `${n.toLocaleString('en')} events ${took(builds.get(n)!)}`).join('; ')}.`, '');
	out.push(table(rows), '');
	out.push('Dateline /embed over vis-timeline (below 1 is better for Dateline):', '');
	out.push('| events | first render | frame p95 | frame max | JS gz | heap |', '|---:|---:|---:|---:|---:|---:|');
	for (const n of sizes) {
		const d = rows.find((r) => r.events === n && r.tool === 'Dateline /embed');
		const v = rows.find((r) => r.events === n && r.tool === 'vis-timeline');
		const first = (r?: Row) => (typeof r?.firstRender === 'number' ? r.firstRender : null);
		out.push(`| ${n.toLocaleString('en')} | ${ratio(first(d), first(v))} | ${ratio(d?.frames?.p95, v?.frames?.p95)} | ${ratio(d?.frames?.max, v?.frames?.max)} | ${ratio(d?.jsGzKb, v?.jsGzKb)} | ${ratio(d?.heapMb, v?.heapMb)} |`);
	}
	out.push(
		'',
		'First render: navigation start to the `timeline:rendered` mark, the median and the range over every run and load of the row (for Dateline it fires once the whole timeline is loaded, including /t/<slug>/model.json for large ones; for vis-timeline a frame after its first draw). Page alone: the same, with every script of the site replaced by one that reads the chart’s width and marks a frame later (the median over as many loads, each right after one of the loads above): what the page’s HTML and CSS take before any script’s work, the part of first render no change to the scripts can take back. First paint: navigation start to the first contentful paint, the median over the same loads (Dateline’s pages are prerendered: the reader sees the chart then, before its scripts have run; vis-timeline’s page shows no timeline until its script has drawn one). Frames: requestAnimationFrame intervals during 15 wheel steps in, 15 out and a 20-step drag (pooled over runs). Frame max less stalls: the worst frame once the time every CPU’s stall watcher (a tiny process pinned to each CPU, waking every millisecond) was held back within it is taken out; the log gives each frame over the target with its stalls (n/a with --no-watch). Filter click: the longest Event Timing entry (input to next paint) of a click that unticks the first party filter, after the frames and the heap (median over runs; the browser reports nothing under 16 ms; vis-timeline has no filters). JS: gzip size of every script the page loaded. Heap: used JS heap after a forced GC, at the end.'
	);
	if (traced.length > 0) {
		out.push('', 'Where first render goes, in traced loads of Dateline’s pages (medians, ms):', '', phasesTable(traced), '');
		out.push(
			'Each of these loads is traced by Chromium (which slows it), after the row’s other loads. Its main thread, from navigation start to `timeline:rendered`, is split into what it was doing, each instant counted once, for the first of: style and layout (including layouts a script forces), paint, script (compiling and running the page’s scripts, with their garbage collection, microtasks and the events they handle), HTML parse, other work of a task; main thread idle is the rest (waiting for the network, for a compile on another thread, for the next frame). Font lookups: the part of those spent finding fonts, mostly within style and layout (on Linux a round trip to the browser process for each font and size first used). Each column is a median of its own, so a row need not add up.'
		);
	}
	console.log(out.join('\n'));
}

main().catch((e) => {
	console.error(e);
	process.exit(1);
});
