import { chartReady, expect, expectNoAxeViolations, test } from './fixtures';

/** The x position of a mark in each of the frames after the zoom-in button is pressed. */
async function framesAfterZoomIn(page: import('@playwright/test').Page) {
	return page.evaluate(async () => {
		const button = document.querySelector<HTMLButtonElement>('button[aria-label="Zoom in"]')!;
		const x = () => document.querySelector('.chart svg [data-event-id="alaska-summit"] .mark')!.getBoundingClientRect().x;
		const xs = [x()];
		button.click();
		for (let i = 0; i < 20; i++) {
			await new Promise((r) => requestAnimationFrame(r));
			xs.push(x());
		}
		return xs;
	});
}

test('zooming animates, unless the reader asks for reduced motion', async ({ page }) => {
	await page.goto('/');
	await chartReady(page);
	const animated = await framesAfterZoomIn(page);
	// Several in-between positions: an animation.
	expect(new Set(animated.map((x) => Math.round(x))).size).toBeGreaterThan(3);

	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto('/');
	await chartReady(page);
	const still = await framesAfterZoomIn(page);
	// Before and after, nothing between: a jump.
	expect(new Set(still.map((x) => Math.round(x))).size).toBe(2);
	expect(still.at(-1)).not.toBe(still[0]);
});

for (const width of [1280, 375]) {
	test(`forced colours (Windows high contrast) keep every mark visible at ${width} px`, async ({ page }) => {
		await page.setViewportSize({ width, height: 900 });
		await page.emulateMedia({ forcedColors: 'active' });
		await page.goto('/?event=trump-putin-call');
		await chartReady(page);
		const { text, marks } = await page.evaluate(() => ({
			text: getComputedStyle(document.body).color,
			marks: [...document.querySelectorAll('.chart [data-event-id] .mark :is(circle, rect, path)')].map((e) => {
				const s = getComputedStyle(e);
				return { fill: s.fill, stroke: s.stroke };
			})
		}));
		expect(marks.length).toBeGreaterThan(20);
		// Drawn in the system's text colour (fill or outline), never in a colour the theme replaced.
		for (const m of marks) expect([m.fill, m.stroke]).toContain(text);
		await expectNoAxeViolations(page);
	});
}
