/**
 * Wheel, drag and pinch on the chart (gestures.ts): each keeps what is under the pointer or the
 * fingers under them, and a drag is never taken for a click on the mark it started on.
 */
import type { Page } from '@playwright/test';
import { chartEvent, chartReady, expect, test } from './fixtures';

/** Where an event's first mark is drawn, in page px (its centre). */
async function markX(page: Page, id: string): Promise<number> {
	const box = await chartEvent(page, id).locator('.mark').first().boundingBox();
	if (!box) throw new Error(`no mark for ${id}`);
	return box.x + box.width / 2;
}
async function markY(page: Page, id: string): Promise<number> {
	const box = await chartEvent(page, id).locator('.mark').first().boundingBox();
	return box!.y + box!.height / 2;
}
/** Page y of the time axis (no marks there: a drag from it starts on no event). */
async function axisY(page: Page): Promise<number> {
	const box = await page.locator('.chart svg .axis .baseline').boundingBox();
	return box!.y - 8;
}

test.describe('gestures on the chart', () => {
	test.beforeEach(async ({ page }) => {
		await page.goto('/');
		await chartReady(page);
	});

	test('the wheel zooms about the pointer: the day under it stays put, the others spread', async ({ page }) => {
		const x = await markX(page, 'alaska-summit');
		const spread = (await markX(page, 'ushakov-statement')) - x;
		await page.mouse.move(x, await markY(page, 'alaska-summit'));
		await page.mouse.wheel(0, -500); // d3-zoom's rule, kept: -500 px of wheel doubles the scale
		await expect.poll(async () => (await markX(page, 'ushakov-statement')) - (await markX(page, 'alaska-summit'))).toBeGreaterThan(spread * 1.8);
		expect(Math.abs((await markX(page, 'alaska-summit')) - x)).toBeLessThan(3);
		await page.mouse.wheel(0, 500);
		await expect.poll(async () => (await markX(page, 'ushakov-statement')) - (await markX(page, 'alaska-summit'))).toBeLessThan(spread * 1.1);
	});

	test('a sideways wheel (a trackpad swipe) pans by as many pixels, without zooming', async ({ page }) => {
		const x = await markX(page, 'alaska-summit');
		const spread = (await markX(page, 'ushakov-statement')) - x;
		await page.mouse.move(x, await axisY(page));
		await page.mouse.wheel(150, 0);
		await expect.poll(() => markX(page, 'alaska-summit')).toBeLessThan(x - 140);
		expect(Math.abs((await markX(page, 'alaska-summit')) - (x - 150))).toBeLessThan(2);
		expect(Math.abs((await markX(page, 'ushakov-statement')) - (await markX(page, 'alaska-summit')) - spread)).toBeLessThan(1);
	});

	test('dragging pans without zooming, and the drag is not a click on the mark it started from', async ({ page }) => {
		const x = await markX(page, 'alaska-summit');
		const spread = (await markX(page, 'ushakov-statement')) - x;
		const y = await axisY(page);
		await page.mouse.move(x, y);
		await page.mouse.down();
		await page.mouse.move(x - 60, y, { steps: 4 });
		await page.mouse.move(x - 120, y, { steps: 4 });
		await page.mouse.up();
		await expect.poll(() => markX(page, 'alaska-summit')).toBeLessThan(x - 110);
		expect(Math.abs((await markX(page, 'ushakov-statement')) - (await markX(page, 'alaska-summit')) - spread)).toBeLessThan(1);

		// From a mark: the chart moves and nothing is selected.
		await chartEvent(page, 'ushakov-statement').locator('.mark').first().scrollIntoViewIfNeeded();
		const from = { x: await markX(page, 'ushakov-statement'), y: await markY(page, 'ushakov-statement') };
		await page.mouse.move(from.x, from.y);
		await page.mouse.down();
		await page.mouse.move(from.x + 80, from.y, { steps: 5 });
		await page.mouse.up();
		await expect.poll(() => markX(page, 'ushakov-statement')).toBeGreaterThan(from.x + 70);
		expect(new URL(page.url()).searchParams.get('event')).toBeNull();
		// A click without moving still selects.
		await chartEvent(page, 'ushakov-statement').locator('.mark').first().click();
		await expect.poll(() => new URL(page.url()).searchParams.get('event')).toBe('ushakov-statement');
	});
});

test.describe('pinching the chart on a touch screen', () => {
	test.use({ hasTouch: true });

	test('two fingers zoom and pan, each keeping the day it touched under it', async ({ page }) => {
		await page.goto('/');
		await chartReady(page);
		const x1 = await markX(page, 'alaska-summit');
		const x2 = await markX(page, 'ushakov-statement');
		const y = await axisY(page);
		const cdp = await page.context().newCDPSession(page);
		const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', a: number, b: number) =>
			cdp.send('Input.dispatchTouchEvent', {
				type,
				touchPoints: type === 'touchEnd' ? [] : [
					{ x: a, y, id: 1 },
					{ x: b, y, id: 2 }
				]
			});
		await touch('touchStart', x1, x2);
		for (let i = 1; i <= 5; i++) await touch('touchMove', x1 - 12 * i, x2 + 12 * i);
		await touch('touchEnd', 0, 0);
		await expect.poll(() => markX(page, 'alaska-summit')).toBeLessThan(x1 - 50);
		expect(Math.abs((await markX(page, 'alaska-summit')) - (x1 - 60))).toBeLessThan(3);
		expect(Math.abs((await markX(page, 'ushakov-statement')) - (x2 + 60))).toBeLessThan(3);
	});
});
