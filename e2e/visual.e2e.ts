/**
 * Visual baselines: the timeline page as a reader sees it, compared with committed screenshots
 * (e2e/visual.e2e.ts-snapshots/) within a small tolerance. Runs in the `visual` project only, on
 * Linux with Debian's Chromium and DejaVu fonts, as CI has. After an intended change of look:
 * `npx playwright test --project visual --update-snapshots`, then look at the new PNGs.
 */
import { chartReady, expect, test } from './fixtures';

const cases = [
	{ name: 'desktop', viewport: { width: 1280, height: 900 }, colorScheme: 'light' as const },
	{ name: 'phone', viewport: { width: 375, height: 812 }, colorScheme: 'light' as const },
	{ name: 'dark', viewport: { width: 1280, height: 900 }, colorScheme: 'dark' as const }
];

for (const c of cases) {
	test(`${c.name}: the page with an event selected looks as committed`, async ({ browser }) => {
		const context = await browser.newContext({
			viewport: c.viewport,
			colorScheme: c.colorScheme,
			reducedMotion: 'reduce',
			isMobile: c.viewport.width < 500,
			hasTouch: c.viewport.width < 500,
			timezoneId: 'America/Los_Angeles'
		});
		const page = await context.newPage();
		await page.goto('/?event=trump-putin-call');
		await chartReady(page);
		// The details' code loads when first needed: the screenshot waits for them.
		await expect(page.locator('#details [data-details-event-id="trump-putin-call"]')).toBeVisible();
		await page.evaluate(() => document.fonts.ready);
		await expect(page).toHaveScreenshot(`${c.name}.png`, { fullPage: true, maxDiffPixelRatio: 0.01, animations: 'disabled', caret: 'hide' });
		await context.close();
	});
}
