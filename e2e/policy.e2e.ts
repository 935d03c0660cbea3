/**
 * Policy: a Content-Security-Policy on every page (and the tests see any violation), a 404 page
 * with a link home, the ?src= limits (a 50 MB file, a million events) refused with a clear message
 * while the tab stays responsive, and no event dropped between the data, the chart and the list.
 */
import type { Page } from '@playwright/test';
import { HOST, SLUG, SOURCE_ID, chartReady, expect, expectNoAxeViolations, test, timeline } from './fixtures';

const ROUTES = ['/', `/t/${SLUG}`, `/embed/${SLUG}`, '/view', '/embed', `/sources/${SOURCE_ID}`, '/no-such-page'];

function policyOf(html: string, header: string | undefined): string[] {
	const metas = [...html.matchAll(/<meta http-equiv="content-security-policy" content="([^"]*)"/gi)].map((m) => m[1]!);
	return header ? [...metas, header] : metas;
}

test.describe('Content-Security-Policy', () => {
	for (const path of ROUTES) {
		test(`${path} has a policy that allows no foreign script, and an inline one only by its hash`, async ({ page, guard }) => {
			if (path === '/no-such-page') guard.expectErrors.push(/status of 404/);
			const res = await page.request.get(path);
			const policies = policyOf(await res.text(), res.headers()['content-security-policy']);
			// The page's own <meta> policy names script-src; the _headers one adds frame-ancestors and connect-src.
			const scriptSrc = policies.flatMap((p) => /script-src ([^;]*)/.exec(p)?.[1] ?? []);
			expect(scriptSrc.length).toBeGreaterThan(0);
			for (const s of scriptSrc) {
				expect(s).toContain("'self'");
				expect(s).not.toMatch(/unsafe-inline|unsafe-eval|\*|https?:/);
			}
			// The theme's inline script (src/app.html) runs on every page: the guard below would see it blocked.
			expect(policies.some((p) => /object-src 'none'/.test(p))).toBe(true);
			// Opened in the browser, the page runs without a single violation (the guard checks).
			await page.goto(path);
			await expect(page.locator('h1').first()).toBeVisible();
		});
	}

	test('the guard sees a violation (so a quiet run means there was none)', async ({ page, guard }) => {
		guard.expectErrors.push(/Content Security Policy/);
		await page.goto(`/t/${SLUG}`);
		await chartReady(page);
		await page.evaluate(() => {
			const s = document.createElement('script');
			s.textContent = 'window.__inline = 1';
			document.body.append(s);
		});
		await expect.poll(() => guard.csp.length).toBeGreaterThan(0);
		expect(guard.csp[0]).toMatch(/script-src(-elem)? blocked inline/);
		expect(await page.evaluate(() => (window as unknown as { __inline?: number }).__inline)).toBeUndefined();
		guard.csp.length = 0;
	});
});

test('an unknown slug gets a 404 page with a link home', async ({ page, guard }) => {
	guard.expectErrors.push(/status of 404/);
	for (const path of ['/t/no-such-timeline', '/embed/no-such-timeline', '/no/such/page']) {
		const res = await page.goto(path);
		expect(res?.status()).toBe(404);
		await expect(page.locator('h1')).toHaveText('Page not found');
		// Styled at any depth: the app's CSS is inlined, and the links Kit keeps name it absolutely.
		expect(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--bg'))).not.toBe('');
		for (const href of await page.locator('link[rel="stylesheet"]').evaluateAll((ls) => ls.map((l) => l.getAttribute('href')))) expect(href).toMatch(/^\/_app\//);
	}
	await expectNoAxeViolations(page);
	await page.getByRole('link', { name: 'Go to the Dateline home page' }).click();
	await expect(page).toHaveURL(/\/$/);
	await chartReady(page);
});

test.describe('?src= limits', () => {
	const REMOTE = `${HOST}remote/huge.json`;

	async function refused(page: Page, body: Buffer | string, message: RegExp) {
		let hits = 0;
		await page.route(REMOTE, (route) => {
			hits++;
			return route.fulfill({ status: 200, headers: { 'access-control-allow-origin': '*', 'content-type': 'application/json' }, body });
		});
		await page.goto(`/view?src=${encodeURIComponent(REMOTE)}`);
		const panel = page.getByRole('alert');
		await expect(panel).toContainText('This timeline could not be shown', { timeout: 30_000 });
		await expect(panel).toContainText(message);
		// The tab still answers: the button works, and loads again.
		await page.getByRole('button', { name: 'Try again' }).click();
		await expect.poll(() => hits, { timeout: 30_000 }).toBe(2);
		await expect(panel).toContainText(message, { timeout: 30_000 });
		expect(await page.evaluate(() => 6 * 7)).toBe(42);
	}

	test('a 50 MB file is refused', async ({ page }) => {
		test.slow();
		await refused(page, Buffer.alloc(50 * 1024 * 1024, 0x20), /larger than 10 MB/);
	});

	test('a file of 1,000,000 events is refused', async ({ page }) => {
		test.slow();
		const events = `[${Array.from({ length: 1_000_000 }, () => '{}').join(',')}]`;
		await refused(page, `{"version":1,"events":${events}}`, /has 1,000,000 events; Dateline loads at most 100,000/);
	});
});

test('no event is dropped: the data, the chart and the list hold the same events', async ({ page }) => {
	await page.goto(`/t/${SLUG}`);
	await chartReady(page);
	const ids = timeline.events.map((e) => e.id).sort();
	const chart = await page.locator('.chart [data-event-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-event-id')!));
	const list = await page.locator('#event-list [data-list-event-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-list-event-id')!));
	expect([...new Set(chart)].sort()).toEqual(ids);
	expect(chart).toHaveLength(ids.length);
	expect([...list].sort()).toEqual(ids);
});
