import { chartReady, expect, test, timeline } from './fixtures';

// A4 is 210 mm wide and Letter 8.5 in; with 1 cm margins the narrower printable width is
// 190 mm = 718 CSS px (96 px to the inch).
const PRINTABLE = Math.floor((190 / 25.4) * 96);

test.describe('printing', () => {
	test('paper gets the chart, then every event with its date, quotes and source links, and no controls', async ({ page }) => {
		await page.goto('/?parties=united-states,russia,ukraine');
		await chartReady(page);
		await page.emulateMedia({ media: 'print' });

		// No interactive chrome: toolbars, buttons, the theme toggle, the filters, the embed dialog.
		await expect(page.locator('button:visible')).toHaveCount(0);
		await expect(page.locator('.chart-tools')).toBeHidden();
		await expect(page.locator('.theme-toggle')).toBeHidden();
		await expect(page.locator('.filters fieldset').first()).toBeHidden();
		await expect(page.locator('.embed-dialog')).toBeHidden();
		await expect(page.locator('summary:visible')).toHaveCount(0);
		// A filtered printout says so.
		await expect(page.locator('.filters')).toContainText('Showing');
		await expect(page.locator('.filters')).toContainText('United States, Russia, Ukraine; all kinds');

		// The chart, then the whole list, each entry open with its quotes and sources written out.
		await expect(page.locator('.chart svg')).toBeVisible();
		const items = page.locator('#event-list li[data-list-event-id]');
		const n = await items.count();
		expect(n).toBeGreaterThan(15);
		const listBox = await page.locator('#event-list').boundingBox();
		expect(listBox!.height).toBeGreaterThan(n * 60);
		for (let i = 0; i < n; i++) {
			const item = items.nth(i);
			await expect(item.locator('time, .unscheduled').first()).toBeVisible();
			await expect(item.locator('blockquote').first()).toBeVisible();
			await expect(item.locator('.passage-link').first()).toBeVisible();
		}
		const original = page.locator('#event-list .original-link').first();
		await expect(original).toBeVisible();
		const written = await original.evaluate((a) => getComputedStyle(a, '::after').content);
		expect(written).toBe(`" (${await original.getAttribute('data-print-href')})"`);
		expect(written).toContain('https://www.jordannews.jo/');
		expect(written).not.toContain(':~:text=');
		// Links inside the site are not written out.
		expect(await page.locator('#event-list li > a').first().evaluate((a) => getComputedStyle(a, '::after').content)).toBe('none');
	});

	test('the chart scales to the printable width of A4 and Letter', async ({ page }) => {
		await page.goto('/');
		await chartReady(page);
		await page.emulateMedia({ media: 'print' });
		await page.setViewportSize({ width: PRINTABLE, height: 1000 });
		// The chart follows the new width a frame later (a ResizeObserver): wait for it, or it would
		// undo what comes next.
		await expect
			.poll(() => page.locator('.chart svg').evaluate((svg) => Number(svg.getAttribute('width')) === svg.closest('.chart')!.clientWidth))
			.toBe(true);
		// A chart laid out for a wide screen (as it is when the reader presses print) still fits.
		await page.locator('.chart svg').evaluate((svg) => {
			svg.setAttribute('width', '1240');
			svg.setAttribute('viewBox', `0 0 1240 ${svg.getAttribute('height')}`);
		});
		const box = (await page.locator('.chart svg').boundingBox())!;
		const [w, h] = await page.locator('.chart svg').evaluate((svg) => {
			const v = (svg as SVGSVGElement).viewBox.baseVal;
			return [v.width, v.height];
		});
		expect(box.x).toBeGreaterThanOrEqual(0);
		expect(box.x + box.width).toBeLessThanOrEqual(PRINTABLE);
		expect(box.width).toBeLessThan(w!);
		expect(Math.abs(box.height / box.width - h! / w!)).toBeLessThan(0.01);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PRINTABLE);
	});

	test('a dark screen prints light', async ({ browser }) => {
		const context = await browser.newContext({ colorScheme: 'dark' });
		const page = await context.newPage();
		await page.goto('/');
		await page.emulateMedia({ media: 'print' });
		expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe('rgb(255, 255, 255)');
		await context.close();
	});

	test('the PDF holds several pages', async ({ page }) => {
		await page.goto('/');
		await chartReady(page);
		const pdf = await page.pdf({ format: 'A4', margin: { top: '1cm', bottom: '1cm', left: '1cm', right: '1cm' } });
		expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
		expect(pdf.length).toBeGreaterThan(50_000);
		const pages = pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? [];
		// All events with their quotes do not fit on two pages.
		expect(pages.length).toBeGreaterThan(2);
		expect(timeline.events.length).toBeGreaterThan(15);
	});
});
