import { SLUG, SOURCE_ID, chartEvent, chartReady, event, expect, expectNoAxeViolations, expectSelectionHistory, holdScripts, openWithOwnScript, test, timeline } from './fixtures';

test.describe('the built site', () => {
	test('prerendered HTML holds every event, in the chart and the list, before any script runs', async ({ request }) => {
		for (const path of ['/', `/t/${SLUG}`]) {
			const html = await (await request.get(path)).text();
			for (const e of timeline.events) {
				expect(html, `${path}: chart mark of ${e.id}`).toContain(`data-event-id="${e.id}"`);
				expect(html, `${path}: list entry of ${e.id}`).toContain(`data-list-event-id="${e.id}"`);
			}
			expect(html).toContain('http-equiv="content-security-policy"');
		}
	});

	test('/t/<slug>.json serves the timeline; the schema is served', async ({ request }) => {
		const res = await request.get(`/t/${SLUG}.json`);
		expect(res.headers()['content-type']).toContain('application/json');
		const json = await res.json();
		expect(json.id).toBe(SLUG);
		expect(json.events.length).toBe(timeline.events.length);
		expect(json.$schema).toBe('/schema/timeline-v1.json');
		const schema = await (await request.get(json.$schema)).json();
		expect(schema.properties.events.type).toBe('array');
	});

	test('/t/<slug> shows the same timeline as /', async ({ page }) => {
		await page.goto(`/t/${SLUG}`);
		await expect(page.locator('h1')).toHaveText(timeline.title);
		await expect(page.locator('svg [data-event-id]')).toHaveCount(timeline.events.length);
	});

	test('/t/<slug> hydrates with its own script (no SvelteKit client); selection steps through history; a passage link is a page of its own', async ({ page }) => {
		await openWithOwnScript(page, `/t/${SLUG}`, '.page', 'timeline');
		await expectSelectionHistory(page, `/t/${SLUG}`, 'alaska-summit');

		// Another page of the site is an ordinary navigation, and back comes to the same selection.
		await page.locator('#details .passage-link').first().click();
		await expect(page).toHaveURL(new RegExp(`/sources/${SOURCE_ID}#`));
		await expect(page.locator('h1')).toHaveText('Trump Temporarily Steps Back from Russia-Ukraine Peace Talks');
		await page.goBack();
		await expect(page).toHaveURL(new RegExp(`/t/${SLUG}\\?event=alaska-summit$`));
		await expect(page.locator('#details h2')).toHaveText(event('alaska-summit').title);
		await expect(chartEvent(page, 'alaska-summit')).toHaveAttribute('aria-pressed', 'true');
	});

	test('the source page shows the article clean: one title, no advertisement residue', async ({ page }) => {
		await page.goto(`/sources/${SOURCE_ID}`);
		const text = await page.locator('.source .text').innerText();
		expect(text).not.toContain('Trump Temporarily Steps Back');
		expect(text).not.toContain('اضافة اعلان');
		expect(text).toContain('U.S. President Donald Trump intends to leave Russia and Ukraine');
		await expect(page.locator('h1')).toHaveText('Trump Temporarily Steps Back from Russia-Ukraine Peace Talks');
		// Every cited passage is marked.
		const anchors = await page.locator('mark[id]').evaluateAll((els) => els.map((e) => e.id));
		const expected = timeline.events.flatMap((e) => e.citations.map((_, i) => `cite-${SLUG}--${e.id}--${i + 1}`));
		for (const a of expected) expect(anchors.concat(await page.locator('.anchor-alias').evaluateAll((els) => els.map((e) => e.id)))).toContain(a);
	});

	test('dark mode: the page follows the system setting and passes axe', async ({ browser }) => {
		const context = await browser.newContext({ colorScheme: 'dark' });
		const page = await context.newPage();
		await page.goto('/?event=alaska-summit');
		const bg = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
		expect(bg).toBe('rgb(20, 23, 27)');
		await expectNoAxeViolations(page);
		await context.close();
	});

	test('a 375 px wide screen: no sideways scrolling, the chart and details fit', async ({ browser }) => {
		const context = await browser.newContext({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
		const page = await context.newPage();
		await page.goto('/?event=trump-putin-call');
		await chartReady(page);
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(overflow).toBeLessThanOrEqual(0);
		const chart = await page.locator('.chart').boundingBox();
		expect(chart!.width).toBeLessThanOrEqual(375);
		await expect(chartEvent(page, 'trump-putin-call')).toHaveAttribute('aria-pressed', 'true');
		await expect(page.locator('#details h2')).toBeVisible();
		const fontSize = await page.locator('.chart .vtitle').first().evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
		expect(fontSize).toBeGreaterThanOrEqual(12);
		await expectNoAxeViolations(page);
		await context.close();
	});

	test('below 640 px time runs down the page, every event a touch target of 44 px or more', async ({ browser }) => {
		const context = await browser.newContext({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
		const page = await context.newPage();
		await page.goto('/');
		await chartReady(page);
		await expect(page.locator('.chart > svg')).toHaveCount(0);
		const marks = page.locator('.chart [data-event-id]');
		await expect(marks).toHaveCount(timeline.events.length);
		// Time order down the page: ids in document order are the data's time order, and each is lower.
		const boxes = await marks.evaluateAll((els) => els.map((e) => ({ id: e.getAttribute('data-event-id'), ...e.getBoundingClientRect().toJSON() })));
		const order = [...timeline.events].map((e) => e.id);
		const listed = await page.locator('#event-list li').evaluateAll((els) => els.map((e) => e.getAttribute('data-list-event-id')));
		expect(boxes.map((b) => b.id)).toEqual(listed);
		expect(new Set(boxes.map((b) => b.id))).toEqual(new Set(order));
		for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.top, boxes[i]!.id!).toBeGreaterThan(boxes[i - 1]!.top);
		for (const b of boxes) {
			expect(b.height, `${b.id} height`).toBeGreaterThanOrEqual(44);
			expect(b.width, `${b.id} width`).toBeGreaterThanOrEqual(44);
		}
		// Each party is named in words, not by colour alone.
		await expect(chartEvent(page, 'trump-putin-call')).toContainText('United States · Russia');
		// The unscheduled meeting comes last, under its own heading.
		await expect(page.locator('.chart .unscheduled-group')).toContainText('Not yet scheduled');
		// Tap selects; arrows step through time; the zoom toolbar is gone (there is nothing to zoom).
		await chartEvent(page, 'trump-putin-call').tap();
		await expect(page).toHaveURL(/event=trump-putin-call/);
		await expect(page.locator('#details h2')).toHaveText(/Trump–Putin phone call/);
		await expect(page.getByRole('toolbar', { name: 'Chart view' })).toHaveCount(0);
		const i = listed.indexOf('trump-putin-call');
		await chartEvent(page, 'trump-putin-call').focus();
		await page.keyboard.press('ArrowDown');
		await expect(page.locator('.chart [data-event-id]:focus')).toHaveAttribute('data-event-id', listed[i + 1]!);
		await page.keyboard.press('ArrowUp');
		await page.keyboard.press('ArrowUp');
		await expect(page.locator('.chart [data-event-id]:focus')).toHaveAttribute('data-event-id', listed[i - 1]!);
		await expect(page.locator('.chart [data-event-id][tabindex="0"]')).toHaveCount(1);
		await context.close();
	});

	test('at phone width a chart made again (a filter changed) is drawn down the page from the start', async ({ page }) => {
		await page.setViewportSize({ width: 375, height: 740 });
		await page.goto('/');
		await chartReady(page);
		await expect(page.locator('.chart .vertical')).toBeVisible();
		// Every chart drawn across the page from now on, even one taken out again at once.
		await page.evaluate(() => {
			const w = window as unknown as { across: number };
			w.across = 0;
			new MutationObserver((records) => {
				for (const r of records)
					for (const n of r.addedNodes)
						if (n instanceof Element && (n.matches('svg[role="group"]') || n.querySelector('svg[role="group"]'))) w.across++;
			}).observe(document.body, { childList: true, subtree: true });
		});
		await page.getByRole('group', { name: 'Parties' }).getByRole('checkbox').first().uncheck();
		await expect(page).toHaveURL(/parties=/);
		await expect(page.locator('.chart .vertical')).toBeVisible();
		await expect(page.locator('.chart [data-event-id]').first()).toBeVisible();
		expect(await page.evaluate(() => (window as unknown as { across: number }).across)).toBe(0);
	});

	for (const path of [`/embed/${SLUG}`, `/t/${SLUG}`])
		test(`at phone width ${path} keeps room for the phone layout until it comes, and nothing in view moves then`, async ({ page }) => {
			await page.setViewportSize({ width: 390, height: 800 });
			await page.addInitScript(() => {
				const w = window as unknown as { shifted: number };
				w.shifted = 0;
				new PerformanceObserver((list) => {
					for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!e.hadRecentInput) w.shifted += e.value;
				}).observe({ type: 'layout-shift', buffered: true });
			});
			const release = await holdScripts(page);
			await page.goto(path, { waitUntil: 'commit' });
			// Before any script: the chart as prerendered (across a desktop width) and its toolbar are
			// in the page but not shown; the chart's box is there, down to the bottom of the screen.
			await expect(page.locator('.chart > svg')).toHaveCount(1);
			await expect(page.locator('.chart > svg')).toBeHidden();
			await expect(page.locator('.chart-tools')).toHaveCount(1);
			await expect(page.locator('.chart-tools')).toBeHidden();
			const box = (await page.locator('.chart').boundingBox())!;
			expect(box.y + box.height).toBeGreaterThanOrEqual(800);
			release();
			await chartReady(page);
			await expect(page.locator('.chart .vertical')).toBeVisible();
			await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
			// It was 0.23 on the embed (its legend and overview pushed down, the section moved up).
			expect(await page.evaluate(() => (window as unknown as { shifted: number }).shifted)).toBeLessThan(0.01);
		});

	test('a timeline page loads the EDTF parser only for a from or to that needs it', async ({ page }) => {
		// Its script (scripts/client-build.js) leaves the parser in a chunk of its own, loaded when needed.
		const parsers: string[] = [];
		page.on('request', (r) => /\/_app\/immutable\/timeline\/dates\.[\w-]+\.js$/.test(r.url()) && parsers.push(r.url()));
		await page.goto(`/t/${SLUG}?from=2025-08-18&to=2025-08-19`);
		await chartReady(page);
		// Not for the export code either (a calendar file uses its dates).
		await page.getByRole('button', { name: 'Export' }).click();
		const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Calendar (.ics)' }).click()]);
		expect(download.suggestedFilename()).toBe(`${SLUG}.ics`);
		expect(parsers).toEqual([]);
		await page.goto(`/t/${SLUG}?from=yesterday&to=2025-08-19`);
		await chartReady(page);
		await expect.poll(() => parsers.length).toBe(1);
	});

	test('the pages’ first script asks V8 to compile all of it as it streams in; scripts loaded later do not', async ({ page, request }) => {
		// scripts/client-build.js, COMPILE_HINT: nearly all of the entry runs before timeline:rendered.
		const scripts: string[] = [];
		page.on('request', (r) => r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname));
		await page.setViewportSize({ width: 375, height: 740 }); // the phone layout's chunk loads too
		await page.goto(`/embed/${SLUG}?lang=uk`); // and a language's
		await chartReady(page);
		const entries = scripts.filter((s) => /\/start\.[\w-]+\.js$/.test(s));
		const later = scripts.filter((s) => !entries.includes(s));
		expect(entries).toHaveLength(1);
		expect(later.length).toBeGreaterThanOrEqual(2);
		expect((await (await request.get(entries[0]!)).text()).startsWith('//# allFunctionsCalledOnLoad\n')).toBe(true);
		for (const s of later) expect(await (await request.get(s)).text(), s).not.toContain('allFunctionsCalledOnLoad');
		const html = await (await request.get(`/t/${SLUG}`)).text();
		const start = /<script type="module" src="([^"]+)"/.exec(html)?.[1];
		expect(start).toMatch(/\/timeline\/start\.[\w-]+\.js$/);
		expect((await (await request.get(start!)).text()).startsWith('//# allFunctionsCalledOnLoad\n')).toBe(true);
	});

	test('at desktop width the prerendered chart is shown before any script runs', async ({ page }) => {
		await page.setViewportSize({ width: 1280, height: 800 });
		const release = await holdScripts(page);
		await page.goto(`/embed/${SLUG}`, { waitUntil: 'commit' });
		await expect(page.locator('.chart > svg')).toBeVisible();
		await expect(page.locator('.chart-tools')).toBeVisible();
		await expect(page.locator('.chart > svg [data-event-id]')).toHaveCount(timeline.events.length);
		release();
		await chartReady(page);
	});

	test('at phone width, a phone layout that cannot be loaded leaves the chart across the page, whole', async ({ page, guard }) => {
		guard.expectErrors.push(/Failed to load resource|Failed to fetch dynamically imported module/);
		const warnings: string[] = [];
		page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
		// The embed's build names its chunks (SvelteKit's are hashes only).
		let aborted = 0;
		await page.route(/\/VerticalChart\.[\w-]+\.js$/, (route) => (aborted++, route.abort()));
		await page.setViewportSize({ width: 375, height: 740 });
		await page.goto(`/embed/${SLUG}`);
		await chartReady(page);
		expect(aborted).toBeGreaterThan(0);
		await expect(page.locator('.chart > svg')).toBeVisible();
		await expect(page.locator('.chart > svg [data-event-id]')).toHaveCount(timeline.events.length);
		await expect.poll(() => warnings.some((w) => w.includes('the phone layout could not be loaded'))).toBe(true);
	});

	test('a chart that grows past 640 px turns back to time across, and back again', async ({ page }) => {
		await page.setViewportSize({ width: 600, height: 800 });
		await page.goto('/');
		await chartReady(page);
		await expect(page.locator('.chart .vertical')).toBeVisible();
		await page.setViewportSize({ width: 1000, height: 800 });
		await expect(page.locator('.chart > svg')).toBeVisible();
		await expect(page.locator('.chart svg [data-event-id]')).toHaveCount(timeline.events.length);
		await chartEvent(page, 'alaska-summit').locator('.mark').first().click();
		await expect(page).toHaveURL(/event=alaska-summit/);
		await page.setViewportSize({ width: 400, height: 800 });
		await expect(chartEvent(page, 'alaska-summit')).toHaveAttribute('aria-pressed', 'true');
	});

	test('dates and positions do not move with the reader’s time zone (UTC, UTC+14, UTC−11)', async ({ browser }) => {
		const snapshot = async (timezoneId: string) => {
			const context = await browser.newContext({ timezoneId, viewport: { width: 1280, height: 900 } });
			const page = await context.newPage();
			await page.goto('/?event=trump-putin-call');
			await expect(page.locator('#details h2')).toBeVisible();
			const chart = await page.locator('.chart svg').evaluate((e) => e.outerHTML);
			// Every mark's place on the axis, and every date the list shows.
			const marks = await page.locator('.chart svg [data-event-id]').evaluateAll((els) =>
				els.map((e) => {
					const box = e.getBoundingClientRect();
					return `${e.getAttribute('data-event-id')}: ${box.x.toFixed(2)}–${(box.x + box.width).toFixed(2)}`;
				})
			);
			const list = await page.locator('#event-list').innerText();
			const listDates = await page.locator('#event-list time').allTextContents();
			const when = await page.locator('#details .when').innerText();
			const offset = await page.evaluate(() => new Date(2025, 7, 18).getTimezoneOffset());
			await context.close();
			return { chart, marks, list, listDates, when, offset };
		};
		const utc = await snapshot('UTC');
		const kiritimati = await snapshot('Pacific/Kiritimati');
		const pagoPago = await snapshot('Pacific/Pago_Pago');
		// The zones really differ (UTC, UTC+14 and UTC−11: 25 hours apart)…
		expect([utc.offset, kiritimati.offset, pagoPago.offset]).toEqual([0, -840, 660]);
		// …and nothing on the page does.
		expect(utc.when).toBe('18 August 2025');
		expect(utc.marks).toHaveLength(timeline.events.length);
		expect(utc.listDates.length).toBeGreaterThan(0);
		for (const other of [kiritimati, pagoPago]) {
			expect(other.when).toBe(utc.when);
			expect(other.listDates).toEqual(utc.listDates);
			expect(other.list).toBe(utc.list);
			expect(other.marks).toEqual(utc.marks);
			expect(other.chart).toBe(utc.chart);
		}
	});
});

test('the theme toggle overrides the system setting and is remembered', async ({ browser }) => {
	const context = await browser.newContext({ colorScheme: 'dark' });
	const page = await context.newPage();
	const bg = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
	await page.goto('/');
	await chartReady(page);
	const toggle = page.locator('.theme-toggle');
	await expect(toggle).toHaveText('Theme: System');
	expect(await bg()).toBe('rgb(20, 23, 27)');
	await toggle.click();
	await expect(toggle).toHaveText('Theme: Light');
	await expect.poll(bg).toBe('rgb(255, 255, 255)');
	await toggle.click();
	await expect(toggle).toHaveText('Theme: Dark');
	await page.reload();
	await expect(page.locator('.theme-toggle')).toHaveText('Theme: Dark');
	await expect.poll(bg).toBe('rgb(20, 23, 27)');
	await page.locator('.theme-toggle').click();
	await expect(page.locator('.theme-toggle')).toHaveText('Theme: System');
	expect(await page.evaluate(() => localStorage.getItem('dateline:theme'))).toBeNull();
	await expectNoAxeViolations(page);
	await context.close();
});
