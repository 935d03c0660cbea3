/**
 * A built-in timeline too large to prerender whole (3,000 generated events, in a second build of
 * the site: playwright.config.ts): its pages carry the first 1,000 events and load the rest from
 * /t/<slug>/model.json; every event ends up in the chart, the list and deep links; a failed load
 * says so and can be tried again.
 */
import { LARGE_EVENTS, LARGE_PORT } from '../playwright.config';
import { chartReady, expect, holdScripts, test } from './fixtures';

const SLUG = `bench-${LARGE_EVENTS}`;
const total = LARGE_EVENTS.toLocaleString('en');
/** Event ids the generator gives (e-1 … e-3000), in the order of their dates. */
const ids = (text: string) => new Set(text.match(/\be-\d+\b/g) ?? []);

test.use({ baseURL: `http://localhost:${LARGE_PORT}` });

test.describe('a timeline too large to prerender whole', () => {
	// Thousands of events on a shared 2-core machine running two workers: behaviour, not speed.
	test.slow();

	test('the page carries a first part; model.json the whole; the page then holds every event', async ({ page, request }) => {
		const html = await (await request.get(`/t/${SLUG}`)).text();
		const model = await (await request.get(`/t/${SLUG}/model.json`)).text();
		expect(ids(model).size).toBe(LARGE_EVENTS);
		expect(ids(html).size).toBeGreaterThan(0);
		expect(ids(html).size).toBeLessThanOrEqual(1000);
		expect(html).toContain(`/t/${SLUG}/model.json`);
		// The list's first render holds 20 entries of its first page; the page grows to 200 when idle.
		expect(html.match(/data-list-event-id=/g)).toHaveLength(20);

		// Until model.json arrives, the page shows its first part and says so.
		await page.addInitScript(() =>
			document.addEventListener('DOMContentLoaded', () => document.querySelector('.chart svg')?.setAttribute('data-prerendered', ''))
		);
		let release!: () => void;
		const held = new Promise<void>((r) => (release = r));
		await page.route(`**/t/${SLUG}/model.json`, async (route) => {
			await held;
			await route.continue();
		});
		await page.goto(`/t/${SLUG}`);
		await expect(page.getByRole('status').filter({ hasText: 'loading the rest' })).toHaveText(`Showing the first 1,000 of ${total} events; loading the rest…`);
		// The page gives up waiting for its preload after a second and hydrates the first part (its
		// list then grows from the prerendered 20 entries to a page of 200).
		await expect(page.locator('#event-list > li')).toHaveCount(200);
		// Hydrated (every control answers), not yet rendered (the rest of the timeline is missing).
		expect(await page.evaluate(() => performance.getEntriesByName('dateline:hydrated').length)).toBe(1);
		expect(await page.evaluate(() => performance.getEntriesByName('timeline:rendered').length)).toBe(0);
		release();
		await chartReady(page);
		// Held past the second hydration waits for it, the page hydrated its first part and drew the
		// whole timeline afresh once it came.
		await expect(page.locator('.chart svg[data-prerendered]')).toHaveCount(0);
		await expect(page.getByText('loading the rest')).toHaveCount(0);
		await expect(page.locator('#event-list > li')).toHaveCount(200);
		await expect(page.locator('.chart svg')).toHaveAttribute('aria-label', new RegExp(`${total} events`));
		// Counts in the filters are written as everywhere else, with thousands separators.
		await expect(page.locator('.filters [role="status"]')).toHaveText(`Showing ${total} of ${total} events`);
		// A draft without sources gets no "Built from ." and no claim that events link to passages.
		await expect(page.locator('.credit')).not.toContainText('Built from');
		await expect(page.locator('.credit')).not.toContainText('links to the passage');
		// The list counts every event too (it draws a page of them at a time).
		await page.getByRole('button', { name: 'Show list' }).click();
		await expect(page.locator('.event-list .list-pages p')).toHaveText(`Events 1 to 200 of ${total}`);
	});

	test('with model.json in before hydration, the page hydrates with every event: the prerendered chart is kept', async ({ page }) => {
		// The SVG the server drew is tagged before the scripts run. Hydrating the first part and then
		// swapping in the whole timeline would replace it (the chart is re-created for new events).
		await page.addInitScript(() =>
			document.addEventListener('DOMContentLoaded', () => document.querySelector('.chart svg')?.setAttribute('data-prerendered', ''))
		);
		for (const path of [`/t/${SLUG}`, `/embed/${SLUG}`]) {
			const requests: string[] = [];
			page.on('request', (r) => {
				if (r.url().includes('/model.json')) requests.push(r.url());
			});
			await page.goto(path);
			await chartReady(page);
			await expect(page.locator('.chart svg')).toHaveAttribute('aria-label', new RegExp(`${total} events`));
			await expect(page.locator('.chart svg[data-prerendered]')).toHaveCount(1);
			await expect(page.getByText('loading the rest')).toHaveCount(0);
			await expect(page.locator('.filters [role="status"]')).toHaveText(`Showing ${total} of ${total} events`);
			// The preload is the only request: the page reads it from the browser, not a second time.
			expect(requests).toHaveLength(1);
			page.removeAllListeners('request');
		}
	});

	test('hydrating reads no width or height: the browser lays out what hydration changed once, in the next frame', async ({ page, browser }) => {
		// A layout the page's script forces (by reading a size while the page is changing) carries the
		// script's stack in Chromium's trace; the layouts of the browser's own frames do not. The
		// widths the script reads as it starts (src/lib/chart/widths.ts) come before any change, and
		// cost a layout only when the browser had not laid out the page yet (it must once anyway).
		for (const path of [`/t/${SLUG}`, `/embed/${SLUG}`, '/t/trump-steps-back-2025-08', '/embed/trump-steps-back-2025-08']) {
			await browser.startTracing(page, {
				categories: ['devtools.timeline', 'blink.user_timing', 'disabled-by-default-devtools.timeline', 'disabled-by-default-devtools.timeline.stack']
			});
			await page.goto(path);
			await chartReady(page);
			type TraceEvent = { name: string; ts: number; dur?: number; pid: number; args?: { data?: { documentLoaderURL?: string }; beginData?: { stackTrace?: { functionName: string; url: string }[] } } };
			const { traceEvents } = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
			const start = traceEvents.find((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL?.endsWith(path));
			const rendered = traceEvents.find((e) => e.name === 'timeline:rendered');
			expect(start, `${path}: navigation in the trace`).toBeDefined();
			expect(rendered, `${path}: timeline:rendered in the trace`).toBeDefined();
			// The site's scripts only: Playwright's own, when it records a trace of a retry, read the page too.
			const origin = new URL(page.url()).origin;
			const starting = traceEvents.filter((e) => e.name === 'v8.evaluateModule' && e.pid === start!.pid && e.ts >= start!.ts);
			expect(starting.length, `${path}: the page's script started`).toBeGreaterThan(0);
			const whileStarting = (e: TraceEvent) => starting.some((m) => e.ts >= m.ts && e.ts <= m.ts + (m.dur ?? 0));
			const forced = traceEvents
				.filter((e) => e.name === 'Layout' && e.pid === start!.pid && e.ts >= start!.ts && e.ts <= rendered!.ts && !whileStarting(e))
				.map((e) => e.args?.beginData?.stackTrace ?? [])
				.filter((stack) => stack.some((f) => f.url.startsWith(origin)))
				.map((stack) => stack.map((f) => `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}`).join(' < '));
			expect(forced, `${path}: layouts forced by a script before timeline:rendered`).toEqual([]);
		}
	});

	test('a list entry opened before the scripts have run shows its facts once they run', async ({ page }) => {
		// A long list draws an entry's facts when its disclosure opens; one opened before hydration
		// (keyboard or screen reader: the collapsed list is there for them) had no one listening.
		const release = await holdScripts(page);
		await page.goto(`/t/${SLUG}`, { waitUntil: 'commit' });
		const entry = page.locator('#event-list > li').nth(2);
		await entry.locator('summary').focus();
		await page.keyboard.press('Enter');
		await expect(entry.locator('details')).toHaveAttribute('open', '');
		await expect(entry.locator('.more-body')).toHaveText('The details of a timeline this long are shown with JavaScript on.');
		release();
		await chartReady(page);
		await expect(entry.locator('.more-body .none')).toHaveCount(0);
		await expect(entry.locator('.more-body')).toContainText('Synthetic');
		// Entries nobody opened still wait to be opened.
		await expect(page.locator('#event-list > li').nth(3).locator('.more-body .none')).toHaveCount(1);
	});

	test('a deep link to an event only model.json carries selects it once loaded, in the page and the embed', async ({ page, request }) => {
		const html = await (await request.get(`/t/${SLUG}`)).text();
		const carried = ids(html);
		const late = [...ids(await (await request.get(`/t/${SLUG}/model.json`)).text())].find((id) => !carried.has(id))!;
		expect(late).toBeTruthy();
		for (const path of [`/t/${SLUG}?event=${late}`, `/embed/${SLUG}?event=${late}`]) {
			await page.goto(path);
			await chartReady(page);
			await expect(page.locator('#details h2, .details h2').first()).toHaveText(new RegExp(`^Synthetic .* ${late.slice(2)}$`));
			await expect(page.locator(`.chart [data-event-id="${late}"]`)).toHaveCount(1);
			// A draft without sources: the embed's credit line starts with its link, not a separator.
			if (path.startsWith('/embed')) await expect(page.locator('.embed-head p').first()).toHaveText(/^\s*Open the full timeline.* · Dateline$/);
		}
	});

	// Both pages run their own client (scripts/client-build.js): each loading path is held to the same.
	for (const path of [`/t/${SLUG}`, `/embed/${SLUG}`])
	test(`when model.json fails, the page says how many events it shows and why, and tries again on request (${path.split('/')[1]})`, async ({ page, guard }) => {
		guard.expectErrors.push(/status of 503|Failed to load resource/);
		let fail = true;
		await page.route(`**/t/${SLUG}/model.json`, (route) => (fail ? route.fulfill({ status: 503, body: 'busy' }) : route.continue()));
		await page.goto(path);
		const notice = page.getByRole('status').filter({ hasText: 'could not be loaded' });
		await expect(notice).toContainText(`Showing 1,000 of ${total} events: the rest could not be loaded`);
		fail = false;
		await notice.getByRole('button', { name: 'Try again' }).click();
		await chartReady(page);
		await expect(notice).toHaveCount(0);
		await expect(page.locator('.chart svg')).toHaveAttribute('aria-label', new RegExp(`${total} events`));
	});
});
