/**
 * Without JavaScript (the `no-js` project of playwright.config.ts runs only this file, with
 * javaScriptEnabled: false): the prerendered pages still give the chart, the whole list, each
 * event's facts and links to the cited passages.
 */
import type { Browser, Page } from '@playwright/test';
import { SLUG, event, expect, expectNoAxeViolations, test, timeline } from './fixtures';

const ids = timeline.events.map((e) => e.id).sort();
const row = (page: Page, id: string) => page.locator(`#event-list li[data-list-event-id="${id}"]`);

test.describe('without JavaScript', () => {
	for (const path of ['/', `/t/${SLUG}`, `/embed/${SLUG}`]) {
		test(`${path}: the chart has a mark for every event, and the whole list is on screen`, async ({ page }) => {
			await page.goto(path);
			// Really no script: the chart never said it was rendered in the browser.
			expect(await page.evaluate(() => performance.getEntriesByName('timeline:rendered', 'mark').length)).toBe(0);

			await expect(page.locator('.chart svg')).toBeVisible();
			expect((await page.locator('svg [data-event-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-event-id')!))).sort()).toEqual(ids);
			for (const id of ids) await expect(page.locator(`svg [data-event-id="${id}"] .mark`).first()).toBeVisible();

			const list = page.locator('#event-list');
			const box = (await list.boundingBox())!;
			expect(box.width).toBeGreaterThan(300);
			expect(box.height).toBeGreaterThan(ids.length * 40);
			for (const id of ids) {
				const item = row(page, id);
				await expect(item).toBeVisible();
				expect((await item.boundingBox())!.height).toBeGreaterThan(30);
				await expect(item.getByRole('link', { name: event(id).title, exact: true })).toBeVisible();
			}
			// Controls that need a script are not offered.
			await expect(page.getByRole('button', { name: /Show list|Hide list/ })).toBeHidden();
			await expect(page.getByRole('button', { name: 'Zoom in' })).toBeHidden();
			await expect(page.getByRole('group', { name: 'Filter events' })).toBeHidden();
			await expect(page.locator('.theme-toggle')).toBeHidden();
			await expect(page.getByText('Select an event in the chart')).toBeHidden();
		});
	}

	test('every event’s details open, with its date, how it is known, who, and links to its passages', async ({ page }) => {
		await page.goto('/');
		for (const e of timeline.events) {
			const item = row(page, e.id);
			const facts = item.locator('details.more');
			await expect(facts).not.toHaveAttribute('open');
			await expect(item.locator('blockquote').first()).toBeHidden();
			await item.locator('summary').click();
			await expect(facts).toHaveAttribute('open');
			await expect(facts.getByText('When', { exact: true })).toBeVisible();
			await expect(facts.locator('blockquote')).toHaveText(e.citations.map((c) => c.quote));
			const links = facts.getByRole('link', { name: 'Show this passage in the article' });
			await expect(links).toHaveCount(e.citations.length);
			// (Prerendered links are relative: compare where they lead.)
			const targets = await links.evaluateAll((els) => els.map((a) => new URL((a as HTMLAnchorElement).href)).map((u) => u.pathname + u.hash));
			expect(targets).toEqual(e.citations.map((c, i) => `/sources/${c.source}#cite-${SLUG}--${e.id}--${i + 1}`));
			await expect(facts.locator('.original-link')).toHaveCount(e.citations.length);
		}
		// The date at its precision in the entry, and in the disclosure how it is known.
		await expect(row(page, 'alaska-summit').locator('time')).toHaveText('15 August 2025');
		await expect(row(page, 'alaska-summit').locator('time')).toHaveAttribute('datetime', '2025-08-15');
		await expect(row(page, 'alaska-summit').locator('details')).toContainText('Known to the day.');
		await expect(row(page, 'alaska-summit').locator('details')).toContainText('Vladimir Putin');
		await expect(row(page, 'trump-acknowledges-difficulty').locator('details')).toContainText('Known only to the month: some time in August 2025.');
		await expect(row(page, 'bilateral-meeting-proposed')).toContainText('not scheduled');
		// Still one <time> per entry (the public hook), no list items but the entries, and no id twice.
		await expect(page.locator('#event-list li')).toHaveCount(ids.length);
		for (const id of ids) await expect(row(page, id).locator('time, .unscheduled')).toHaveCount(1);
		const allIds = await page.locator('[id]').evaluateAll((els) => els.map((e) => e.id));
		expect(allIds.length).toBe(new Set(allIds).size);
	});

	test('passage links reach the source page, with the passage there', async ({ page }) => {
		// Followed by a click, once…
		await page.goto('/');
		const item = row(page, 'trump-putin-call');
		await item.locator('summary').click();
		await item.getByRole('link', { name: 'Show this passage in the article' }).click();
		await expect(page).toHaveURL(new RegExp(`/sources/.+#cite-${SLUG}--trump-putin-call--1$`));
		await expect(page.locator(`[id="cite-${SLUG}--trump-putin-call--1"]`)).toBeAttached();
		expect(await readingText(page)).toContain(event('trump-putin-call').citations[0]!.quote);

		// …and every other one by its address.
		for (const e of timeline.events) {
			for (const [i, c] of e.citations.entries()) {
				await page.goto(`/sources/${c.source}#cite-${SLUG}--${e.id}--${i + 1}`);
				await expect(page.locator(`[id="cite-${SLUG}--${e.id}--${i + 1}"]`), `${e.id} ${i + 1}`).toBeAttached();
				expect(await readingText(page), `${e.id} ${i + 1}`).toContain(c.quote);
			}
		}
	});

	test('axe finds no violations in the page a browser without JavaScript shows', async ({ browser, baseURL, page }) => {
		test.setTimeout(120_000);
		// axe itself needs a script to run, so it checks a copy of each page that keeps exactly
		// what a browser without JavaScript renders: the scripts taken out, <noscript> in force.
		for (const path of ['/', `/embed/${SLUG}`, '/sources/jordannews-trump-steps-back']) {
			const check = await scriptless(browser, baseURL!, path);
			// The copy matches the real no-JS page: the same list on screen.
			await page.goto(path);
			if (path !== '/sources/jordannews-trump-steps-back') {
				const real = (await page.locator('#event-list').boundingBox())!.height;
				expect(Math.abs((await check.locator('#event-list').boundingBox())!.height - real)).toBeLessThan(2);
				await expectNoAxeViolations(check);
				// And with every entry's details open.
				await check.locator('details.more').evaluateAll((els) => els.forEach((d) => ((d as HTMLDetailsElement).open = true)));
				await expect(check.locator('#event-list blockquote').first()).toBeVisible();
			}
			await expectNoAxeViolations(check);
			await check.context().close();
		}
	});
});

/** The source text as read, without the ↩ links back to events that sit inside marked passages. */
async function readingText(page: Page): Promise<string> {
	return page.locator('.source .text').evaluate((el) => {
		const copy = el.cloneNode(true) as HTMLElement;
		copy.querySelectorAll('.backlink').forEach((b) => b.remove());
		return copy.textContent ?? '';
	});
}

/** A page showing `path` as served, minus its scripts and with its <noscript> content in force. */
async function scriptless(browser: Browser, baseURL: string, path: string): Promise<Page> {
	const context = await browser.newContext({ javaScriptEnabled: true, baseURL });
	const page = await context.newPage();
	await page.route(
		(url) => url.pathname === path,
		async (route) => {
			const response = await route.fetch();
			const html = (await response.text())
				.replace(/<script\b[\s\S]*?<\/script>/gi, '')
				.replace(/<link\b[^>]*rel="modulepreload"[^>]*>/gi, '')
				.replace(/<\/?noscript>/gi, '');
			await route.fulfill({ response, body: html });
		}
	);
	await page.goto(path);
	expect(await page.locator('script').count()).toBe(0);
	return page;
}
