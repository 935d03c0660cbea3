import type { Page } from '@playwright/test';
import { SLUG, chartEvent, chartReady, expect, expectNoAxeViolations, test } from './fixtures';

/** The overview strip's window, as the keyboard and screen readers know it. */
const slider = (page: Page) => page.getByRole('slider', { name: 'Visible dates' });
const valueText = (page: Page) => slider(page).getAttribute('aria-valuetext');

/** Where an event's first mark is drawn in the chart, in page px (its centre). */
async function markX(page: Page, id: string): Promise<number> {
	const box = await chartEvent(page, id).locator('.mark').first().boundingBox();
	if (!box) throw new Error(`no mark for ${id}`);
	return box.x + box.width / 2;
}
/** Chart px between two days: grows when the chart zooms in, shrinks when it zooms out. */
const spread = async (page: Page) => (await markX(page, 'ushakov-statement')) - (await markX(page, 'alaska-summit'));

async function centre(page: Page, selector: string) {
	const box = await page.locator(selector).boundingBox();
	if (!box) throw new Error(`${selector} is not drawn`);
	return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

async function dragBy(page: Page, from: { x: number; y: number }, dx: number) {
	await page.mouse.move(from.x, from.y);
	await page.mouse.down();
	await page.mouse.move(from.x + dx / 2, from.y, { steps: 3 });
	await page.mouse.move(from.x + dx, from.y, { steps: 3 });
	await page.mouse.up();
}

test.describe('the overview strip', () => {
	test.beforeEach(async ({ page }) => {
		await page.goto('/');
		await chartReady(page);
		await expect(slider(page)).toHaveAttribute('aria-valuetext', '13 to 22 August 2025');
		// The strip is under the chart, below the fold: the mouse reaches only what is on screen.
		await page.locator('.overview').scrollIntoViewIfNeeded();
	});

	test('dragging the window pans the chart without zooming it', async ({ page }) => {
		const alaska = await markX(page, 'alaska-summit');
		const before = await spread(page);
		// A few px of the strip are days of the chart: the window moves back about four days.
		await dragBy(page, await centre(page, '.overview [data-part="window"]'), -4);
		await expect.poll(() => markX(page, 'alaska-summit')).toBeGreaterThan(alaska + 100);
		expect(Math.abs((await spread(page)) - before)).toBeLessThan(1);
		expect(await valueText(page)).toMatch(/^\d+( July)? to \d+ August 2025$/);
		expect(await valueText(page)).not.toBe('13 to 22 August 2025');
		// The window, being dragged, also took the focus.
		await expect(slider(page)).toBeFocused();
	});

	test('dragging a handle resizes the window: the chart zooms out and in', async ({ page }) => {
		const before = await spread(page);
		await dragBy(page, await centre(page, '.overview [data-part="end"] .grip'), 30);
		// The start stays put; the end moves weeks later; the same days take less room.
		await expect.poll(() => valueText(page)).toMatch(/^13 August to \d+ (September|October) 2025$/);
		const wider = await spread(page);
		expect(wider).toBeLessThan(before / 2);

		await dragBy(page, await centre(page, '.overview [data-part="end"] .grip'), -25);
		await expect.poll(() => spread(page)).toBeGreaterThan(wider * 1.5);
		expect(await valueText(page)).toMatch(/^13 /);

		// The start handle moves the start only.
		const end = (await valueText(page))!.replace(/^.* to /, '');
		await dragBy(page, await centre(page, '.overview [data-part="start"] .grip'), -10);
		await expect.poll(() => valueText(page)).not.toMatch(/^13 /);
		expect((await valueText(page))!.endsWith(` to ${end}`)).toBe(true);
	});

	test('a handle cannot pass the other: the window keeps at least a day', async ({ page }) => {
		await dragBy(page, await centre(page, '.overview [data-part="end"] .grip'), -200);
		await expect.poll(() => valueText(page)).toBe('13 August 2025');
		// Still drawn wide enough to see and grab, handles in order.
		const start = await centre(page, '.overview [data-part="start"] .grip');
		const end = await centre(page, '.overview [data-part="end"] .grip');
		expect(end.x - start.x).toBeGreaterThanOrEqual(19);
		await dragBy(page, start, 200);
		await expect.poll(() => valueText(page)).toBe('13 August 2025');
	});

	test('pressing outside the window centres the window there', async ({ page }) => {
		const strip = (await page.locator('.overview svg').boundingBox())!;
		const at = { x: strip.x + strip.width * 0.3, y: strip.y + 12 };
		await page.mouse.click(at.x, at.y);
		await expect.poll(async () => Math.abs((await centre(page, '.overview [data-part="window"]')).x - at.x)).toBeLessThan(1.5);
		// 30 % of the way from early 2022 to late 2025 is in 2023.
		expect(await valueText(page)).toMatch(/2023$/);
		// The chart followed: August 2025 is far off to the right.
		await expect(chartEvent(page, 'alaska-summit').locator('.mark').first()).not.toBeInViewport();
	});

	test('the window is a slider for the keyboard, the next tab stop after the chart', async ({ page }) => {
		// The chart keeps its single tab stop; Tab from it reaches the slider.
		await chartEvent(page, 'alaska-summit').focus();
		await expect(page.locator('svg [data-event-id][tabindex="0"]')).toHaveCount(1);
		await page.keyboard.press('Tab');
		await expect(slider(page)).toBeFocused();
		await expect(slider(page)).toHaveAttribute('aria-valuemin', '0');
		const max = Number(await slider(page).getAttribute('aria-valuemax'));
		expect(max).toBeGreaterThan(1000);

		const x = await markX(page, 'alaska-summit');
		const before = await spread(page);
		// ← and → pan by a tenth of the window: one day of ten.
		await page.keyboard.press('ArrowLeft');
		await expect(slider(page)).toHaveAttribute('aria-valuetext', '12 to 21 August 2025');
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('ArrowRight');
		await expect(slider(page)).toHaveAttribute('aria-valuetext', '14 to 23 August 2025');
		await expect.poll(() => markX(page, 'alaska-summit')).toBeLessThan(x);
		const now = Number(await slider(page).getAttribute('aria-valuenow'));

		// Shift + → moves the end out a day; + zooms in about the centre.
		await page.keyboard.press('Shift+ArrowRight');
		await expect(slider(page)).toHaveAttribute('aria-valuetext', '14 to 24 August 2025');
		await page.keyboard.press('+');
		await expect(slider(page)).toHaveAttribute('aria-valuetext', '16 to 22 August 2025');
		await expect.poll(() => spread(page)).toBeGreaterThan(before * 1.5);
		await page.keyboard.press('-');
		await expect(slider(page)).toHaveAttribute('aria-valuetext', '14 to 24 August 2025');

		// Home and End go to the ends of the timeline, keeping the width.
		await page.keyboard.press('Home');
		await expect(slider(page)).toHaveAttribute('aria-valuetext', /^\d+ January 2022$|^\d+ to \d+ January 2022$/);
		expect(Number(await slider(page).getAttribute('aria-valuenow'))).toBeLessThan(now);
		await page.keyboard.press('End');
		await expect(slider(page)).toHaveAttribute('aria-valuetext', /(September|October) 2025$/);
		expect(Number(await slider(page).getAttribute('aria-valuenow'))).toBeGreaterThan(max - 10);
		// The chart's own keys still work on the chart.
		await chartEvent(page, 'alaska-summit').focus();
		await page.keyboard.press('0');
		await expect(slider(page)).toHaveAttribute('aria-valuetext', '13 to 22 August 2025');
	});

	test('axe finds no violations, with the slider focused and moved', async ({ page }) => {
		await slider(page).focus();
		await page.keyboard.press('ArrowLeft');
		await expectNoAxeViolations(page);
	});
});

test.describe('the overview strip on a touch screen', () => {
	test.use({ viewport: { width: 720, height: 900 }, hasTouch: true });

	test('fits the width without sideways scrolling, and a tap centres the window', async ({ page }) => {
		await page.goto('/');
		await chartReady(page);
		await page.locator('.overview').scrollIntoViewIfNeeded();
		const strip = (await page.locator('.overview svg').boundingBox())!;
		expect(strip.x).toBeGreaterThanOrEqual(0);
		expect(strip.x + strip.width).toBeLessThanOrEqual(720);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(720);
		await expect(page.locator('.overview svg')).toHaveCSS('touch-action', 'none');

		await page.touchscreen.tap(strip.x + strip.width * 0.3, strip.y + 12);
		await expect(slider(page)).toHaveAttribute('aria-valuetext', /2023$/);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(720);
	});

	test('each handle has a grab area at least 44 px wide and as tall as the strip', async ({ page }) => {
		await page.goto('/');
		await chartReady(page);
		expect(await page.evaluate(() => matchMedia('(pointer: coarse)').matches)).toBe(true);
		const hits = page.locator('.overview .handle .hit');
		await expect(hits).toHaveCount(2);
		for (const box of await hits.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect))) {
			expect(box.width).toBeGreaterThanOrEqual(44);
			expect(box.height).toBeGreaterThanOrEqual(44);
		}
	});
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 375, height: 800 }, hasTouch: true });

	// The vertical chart runs the whole timeline down the page, so page scrolling is the overview:
	// a strip of the visible window would only repeat it.
	test('the vertical chart shows every event and there is no overview strip', async ({ page }) => {
		await page.goto('/');
		await chartReady(page);
		await expect(page.locator('.chart.is-vertical [data-event-id]').first()).toBeVisible();
		await expect(page.locator('.overview')).toHaveCount(0);
		await expect(slider(page)).toHaveCount(0);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
	});
});

test.describe('the overview strip in an embed', () => {
	test('is there by default, pans the chart, and passes axe', async ({ page }) => {
		await page.goto(`/embed/${SLUG}`);
		await chartReady(page);
		await slider(page).focus();
		await page.keyboard.press('ArrowLeft');
		await expect(slider(page)).toHaveAttribute('aria-valuetext', '12 to 21 August 2025');
		await expectNoAxeViolations(page);
	});

	test('is left out with controls=0', async ({ page }) => {
		await page.goto(`/embed/${SLUG}?controls=0`);
		await chartReady(page);
		await expect(page.locator('svg [data-event-id]').first()).toBeAttached();
		await expect(page.locator('.overview')).toHaveCount(0);
		await expect(slider(page)).toHaveCount(0);
	});
});
