/**
 * A timeline of thousands of events (generated here, served from another origin, loaded with
 * /view?src=): only what is in view is drawn, density strips stand in when too much is, and the
 * keyboard, the list and axe still work.
 */
import type { Page } from '@playwright/test';
import { HOST, chartReady, expect, expectNoAxeViolations, labelOverlaps, test } from './fixtures';

const N = 3000;
const URL = `${HOST}remote/large.json`;

function largeTimeline(): string {
	const parties = Array.from({ length: 8 }, (_, i) => ({ id: `p${i}`, label: `Party ${i + 1}`, order: i }));
	const actors = parties.map((p) => ({ id: `a-${p.id}`, name: `Envoy of ${p.label}`, role: 'Envoy', party: p.id }));
	const day = (k: number) => new Date(Date.UTC(2015, 0, 1) + k * 86_400_000).toISOString().slice(0, 10);
	const events = Array.from({ length: N }, (_, k) => {
		const start = (k * 7919) % 3650; // spread over ten years, deterministically
		return {
			id: `e${k}`,
			title: `Synthetic event ${k}`,
			summary: `Event ${k}.`,
			kind: ['meeting', 'call', 'statement', 'proposal'][k % 4],
			status: 'occurred',
			date: k % 4 === 0 ? `${day(start)}/${day(start + 1 + (k % 9))}` : day(start),
			dateBasis: 'stated',
			actors: k % 3 === 0 ? [actors[k % 8]!.id, actors[(k + 3) % 8]!.id] : [actors[k % 8]!.id],
			citations: []
		};
	});
	return JSON.stringify({ version: 1, id: 'large', title: 'Large', description: 'Synthetic.', language: 'en', unverified: true, sources: [], parties, actors, events });
}

async function openLarge(page: Page) {
	// Thousands of events and an axe scan of a page of 200 list entries: slow on a shared 2-core
	// machine running two workers, and this checks behaviour, not speed (npm run bench does speed).
	test.slow();
	const body = largeTimeline();
	await page.route(URL, (route) => route.fulfill({ status: 200, headers: { 'access-control-allow-origin': '*', 'content-type': 'application/json' }, body }));
	await page.goto(`/view?src=${encodeURIComponent(URL)}`);
	await chartReady(page);
}

test('thousands of events: density when too many are in view, marks when zoomed in', async ({ page }) => {
	await openLarge(page);
	// The whole ten years are in view: a density strip per lane, and few marks (focused, selected).
	await expect(page.locator('.chart .density-lane')).toHaveCount(8);
	await expect(page.locator('.chart .density-count').first()).toHaveText(/^[\d,]+ in view$/);
	expect(await page.locator('.chart svg [data-event-id]').count()).toBeLessThanOrEqual(2);
	await expect(page.locator('.chart svg')).toHaveAttribute('aria-label', /3,000 events\. Too many in view/);

	// Clicking a strip zooms in there, until the strips give way to compact marks: a few paths per
	// lane for hundreds of events, with only the pinned (focused) event a full mark.
	for (let i = 0; i < 6 && (await page.locator('.chart .density-lane').count()) > 0; i++) {
		await page.locator('.chart .density-hit').first().click({ position: { x: 400, y: 20 } });
		await page.waitForTimeout(400);
	}
	await expect(page.locator('.chart .density-lane')).toHaveCount(0);
	await expect(page.locator('.chart .compact')).toHaveCount(1);
	const subpaths = await page.locator('.chart .compact g path').evaluateAll((ps) => ps.reduce((n, p) => n + (p.getAttribute('d')!.match(/M/g) ?? []).length, 0));
	expect(subpaths).toBeGreaterThan(100);
	expect(await page.locator('.chart svg [data-event-id]').count()).toBeLessThanOrEqual(2);

	// A click on a compact mark selects that event: its details open and it becomes a full mark.
	// A dot well inside the chart (in chart px): the subpath nearest the middle of the first lane with dots.
	const dot = await page.locator('.chart .compact .day').first().evaluate((p) => {
		const centres = [...p.getAttribute('d')!.matchAll(/M(-?[\d.]+),(-?[\d.]+)a/g)].map((m) => ({ x: Number(m[1]) + 6, y: Number(m[2]) }));
		return centres.sort((a, b) => Math.abs(a.x - 600) - Math.abs(b.x - 600))[0]!;
	});
	const svg = page.locator('.chart > svg');
	const width = Number(await svg.getAttribute('width'));
	const box = (await svg.boundingBox())!;
	await page.mouse.click(box.x + (dot.x / width) * box.width, box.y + (dot.y / width) * box.width);
	await expect(page.locator('#details h2')).toHaveText(/^Synthetic event \d+$/);
	const id = new globalThis.URL(page.url()).searchParams.get('event');
	expect(id).toMatch(/^e\d+$/);
	await expect(page.locator(`.chart svg [data-event-id="${id}"]`)).toHaveCount(1);

	// Zoomed further in, single events are full marks with labels, and the compact paths are gone.
	for (let i = 0; i < 8 && (await page.locator('.chart .compact').count()) > 0; i++) {
		await page.getByRole('button', { name: 'Zoom in' }).click();
		await page.waitForTimeout(300);
	}
	await expect(page.locator('.chart .compact')).toHaveCount(0);
	const drawn = await page.locator('.chart svg [data-event-id]').count();
	expect(drawn).toBeGreaterThan(1);
	expect(drawn).toBeLessThanOrEqual(102);
	expect(await page.locator('.chart svg [data-event-id] text').count()).toBeGreaterThan(0);
	expect(await labelOverlaps(page)).toEqual([]);
});

test('a dense view draws no lone mark: the one kept for the keyboard shows once it has focus', async ({ page }) => {
	await openLarge(page);
	await expect(page.locator('.chart .density-lane')).toHaveCount(8);
	const kept = page.locator('.chart svg [data-event-id][tabindex="0"]');
	await expect(kept).toHaveCount(1);
	const style = () => kept.evaluate((el) => ({ opacity: getComputedStyle(el).opacity, pointer: getComputedStyle(el).pointerEvents }));
	// Not painted over the strips, and a click where it would be reaches the strip under it.
	expect(await style()).toEqual({ opacity: '0', pointer: 'none' });
	const box = (await kept.locator('.mark').first().boundingBox())!;
	const hit = await page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.getAttribute('class'), [box.x + box.width / 2, box.y + box.height / 2]);
	expect(hit).toContain('density-hit');
	// The keyboard's way in: Tab from the toolbar reaches it, and then it shows, with its label.
	await page.getByRole('button', { name: 'Show all' }).focus();
	await page.keyboard.press('Tab');
	await expect(kept).toBeFocused();
	expect(await style()).toEqual({ opacity: '1', pointer: 'auto' });
	// Selected, it stays drawn after focus has gone elsewhere; the next one focused is shown only while focused.
	await page.keyboard.press('Enter');
	await expect(page.locator('#details h2')).toHaveText(/^Synthetic event \d+$/);
	const selected = page.locator('.chart svg [data-event-id][aria-pressed="true"]');
	await selected.focus();
	await page.keyboard.press('ArrowRight');
	const next = page.locator('.chart svg [data-event-id]:focus');
	await expect(next).toHaveCount(1);
	expect(await next.evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
	await page.getByRole('button', { name: 'Show all' }).focus();
	expect(await selected.evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
	expect(await page.locator('.chart svg [data-event-id][tabindex="0"]').evaluate((el) => getComputedStyle(el).opacity)).toBe('0');
});

test('zooming in to full marks makes a few in the frame that changes the view, the rest in the frames after', async ({ page }) => {
	// One notch can bring a hundred full marks into view; making them all in one frame took 30-40 ms.
	// The frame of the change makes at most 6 new ones (plus the pinned), drawing the others as
	// compact marks meanwhile, so nothing in view goes undrawn; the next frames make the rest.
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await openLarge(page);
	const zoomIn = page.getByRole('button', { name: 'Zoom in' });
	const steps: { before: number; first: number; second: number; compactFirst: number }[] = [];
	for (let i = 0; i < 14 && (await page.locator('.chart .compact, .chart .density-lane').count()) > 0; i++) {
		await zoomIn.focus();
		steps.push(
			await page.evaluate(
				() =>
					new Promise<{ before: number; first: number; second: number; compactFirst: number }>((done) => {
						const marks = () => document.querySelectorAll('.chart svg [data-event-id]').length;
						const before = marks();
						(document.activeElement as HTMLButtonElement).click();
						// Frame callbacks asked for now run in the frame this click changes, before it is painted.
						requestAnimationFrame(() => {
							const first = marks();
							const compactFirst = document.querySelectorAll('.chart .compact').length;
							requestAnimationFrame(() => done({ before, first, second: marks(), compactFirst }));
						});
					})
			)
		);
		await page.waitForTimeout(300);
	}
	await expect(page.locator('.chart .compact')).toHaveCount(0);
	const last = steps.at(-1)!;
	// The step that left compact marks behind brought many full marks into view.
	await expect.poll(() => page.locator('.chart svg [data-event-id]').count()).toBeGreaterThan(last.before + 12);
	for (const s of steps) expect(s.first - s.before, JSON.stringify(steps)).toBeLessThanOrEqual(6 + 2);
	// The frame of the change still draws what it has not made yet, as compact marks.
	expect(last.compactFirst).toBe(1);
	// The frame after it has not made more yet either (its callback was asked for in the frame after).
	expect(last.second).toBe(last.first);
});

test('thousands of events: the keyboard reaches the first and the last, the list pages', async ({ page }) => {
	await openLarge(page);
	const tabbable = page.locator('.chart svg [data-event-id][tabindex="0"]');
	await expect(tabbable).toHaveCount(1);
	await tabbable.focus();
	await page.keyboard.press('End');
	const lastId = await page.locator('.chart svg [data-event-id]:focus').getAttribute('data-event-id');
	expect(lastId).toMatch(/^e\d+$/);
	await page.keyboard.press('Enter');
	await expect(page.locator('#details h2')).toHaveText(`Synthetic event ${lastId!.slice(1)}`);
	await expect(page.getByTestId('chart-announcer')).toHaveText(/^3000 of 3000: |^$/);
	await page.keyboard.press('Home');
	await expect(page.locator('.chart svg [data-event-id]:focus')).toHaveCount(1);
	await page.keyboard.press('ArrowRight');
	await expect(page.getByTestId('chart-announcer')).toHaveText(/^2 of 3000: Synthetic event \d+, /);

	// The list shows the page holding the selected (last) event, 200 at a time.
	await expect(page.locator('.list-pages p')).toHaveText('Events 2,801 to 3,000 of 3,000');
	await expect(page.locator('#event-list > li')).toHaveCount(200);
	await expect(page.locator(`#event-list li[data-list-event-id="${lastId}"]`)).toHaveCount(1);
	await page.getByRole('button', { name: 'Show list' }).click();
	await page.getByRole('button', { name: 'Previous 200' }).click();
	await expect(page.locator('.list-pages p')).toHaveText('Events 2,601 to 2,800 of 3,000');
	// A long list draws an entry's facts when it is opened: none in the page before, then that one's.
	await expect(page.locator('#event-list .facts')).toHaveCount(0);
	const entry = page.locator('#event-list > li').first();
	await entry.locator('summary').click();
	await expect(entry.locator('.facts')).toHaveCount(1);
	await expect(entry.locator('.facts .actor').first()).toContainText('Envoy of Party');
	await expect(page.locator('#event-list .facts')).toHaveCount(1);
	// Printing writes out every entry's facts on the page, as print does for a short timeline.
	await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
	await expect(page.locator('#event-list .facts')).toHaveCount(200);
	await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
	await expect(page.locator('#event-list .facts')).toHaveCount(1);
	await expectNoAxeViolations(page);
});

test('thousands of events on a phone: 50 events first, the page of 200 when idle or when the keyboard needs it', async ({ page }) => {
	await page.setViewportSize({ width: 380, height: 800 });
	// No idle time: the page stays at its first 50 events until focus goes past them.
	await page.addInitScript(() => {
		window.requestIdleCallback = () => 0;
	});
	await openLarge(page);
	const events = page.locator('.vertical .vevent');
	await expect(events).toHaveCount(50);
	// No "later" button while the page is partly drawn: it would skip the 150 not yet drawn.
	await expect(page.getByRole('button', { name: /^Show \d+ later events/ })).toHaveCount(0);
	await page.locator('.vertical .vevent[tabindex="0"]').focus();
	await page.keyboard.press('End');
	await expect(page.locator('.vertical .vevent:focus')).toHaveText(/Synthetic event/);
	await expect(events).toHaveCount(200);
	await page.keyboard.press('Home');
	await expect(page.locator('.vertical .vevent:focus')).toHaveCount(1);
	await expect(events).toHaveCount(200);
	await expect(page.getByRole('button', { name: 'Show 200 later events (2,800 in all)' })).toHaveCount(1);
});

test('thousands of events on a phone: the rest of the page is drawn once the browser is idle', async ({ page }) => {
	await page.setViewportSize({ width: 380, height: 800 });
	await openLarge(page);
	await expect(page.locator('.vertical .vevent')).toHaveCount(200);
	await expect(page.getByRole('button', { name: 'Show 200 later events (2,800 in all)' })).toHaveCount(1);
});
