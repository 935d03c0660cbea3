import type { FrameLocator, Page } from '@playwright/test';
import { HOST, SLUG, chartEvent, chartReady, event, expect, expectNoAxeViolations, openWithOwnScript, expectSelectionHistory, test, timeline } from './fixtures';

const EMBED = `/embed/${SLUG}`;
const HASH_KEY = `dateline-${SLUG}`;

async function openHost(page: Page, hash = '') {
	await page.goto(HOST + hash);
	const iframe = page.locator('#embed iframe');
	await expect(iframe).toHaveCount(1);
	const frame = page.frameLocator('#embed iframe');
	await expect(frame.locator('svg [data-event-id]').first()).toBeAttached();
	await expect
		.poll(async () => {
			const embed = page.frames().find((f) => f.url().includes('/embed/'));
			return embed ? embed.evaluate(() => performance.getEntriesByName('timeline:rendered', 'mark').length) : 0;
		})
		.toBeGreaterThan(0);
	return { iframe, frame };
}

/** The embed's content height (measured inside the frame) and the iframe's height, in px. */
async function heights(page: Page, frame: FrameLocator) {
	const content = await frame.locator('.embed').evaluate((e) => e.getBoundingClientRect().height);
	const box = await page.locator('#embed iframe').boundingBox();
	return { content, iframe: box!.height };
}

async function expectHeightInStep(page: Page, frame: FrameLocator) {
	await expect.poll(async () => {
		const h = await heights(page, frame);
		return Math.abs(h.content - h.iframe);
	}).toBeLessThanOrEqual(2);
}

test.describe('embedding with the loader on another origin', () => {
	test('the loader makes a titled, lazy iframe whose height follows the content', async ({ page }) => {
		const { iframe, frame } = await openHost(page);
		await expect(iframe).toHaveAttribute('title', 'Timeline: Trump steps back');
		await expect(iframe).toHaveAttribute('loading', 'lazy');
		await expectHeightInStep(page, frame);
		const before = (await heights(page, frame)).iframe;

		await frame.locator('[data-event-id="trump-putin-call"] .mark').first().click();
		await expect(frame.locator('#details h2')).toHaveText(event('trump-putin-call').title);
		await expectHeightInStep(page, frame);
		const selected = (await heights(page, frame)).iframe;
		expect(selected).toBeGreaterThan(before);

		// The list's entries (a row or more each) make the frame much taller. Not compared with a
		// height read as the list appears: its entries' first frame has their placeholder size
		// (content-visibility), some px more than they then take.
		await frame.getByRole('button', { name: 'Show list' }).click();
		await expect(frame.locator('#event-list')).toBeVisible();
		await expectHeightInStep(page, frame);
		expect((await heights(page, frame)).iframe).toBeGreaterThan(selected + timeline.events.length * 20);

		await page.setViewportSize({ width: 420, height: 900 });
		await expectHeightInStep(page, frame);
	});

	test('the hash deep link round-trips: restore on load, mirror on select', async ({ page }) => {
		const { frame } = await openHost(page, `#${HASH_KEY}=alaska-summit`);
		await expect(frame.locator('#details h2')).toHaveText(event('alaska-summit').title);
		await frame.locator('[data-event-id="levin-interview"] .mark').first().click();
		await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${HASH_KEY}=levin-interview`);
		await page.reload();
		const again = page.frameLocator('#embed iframe');
		await expect(again.locator('#details h2')).toHaveText(event('levin-interview').title);
		await again.getByRole('button', { name: 'Close details' }).click();
		await expect.poll(() => page.evaluate(() => location.hash)).toBe('');
	});

	test('forged messages change nothing: from the host, from another origin, or malformed', async ({ page }) => {
		const { frame } = await openHost(page, `#${HASH_KEY}=alaska-summit`);
		await expectHeightInStep(page, frame);
		const height = () => page.locator('#embed iframe').evaluate((f) => (f as HTMLIFrameElement).style.height);
		const settled = await height();

		// From the host window itself (not the iframe).
		await page.evaluate(() => {
			window.postMessage({ type: 'dateline:resize', height: 5 }, '*');
			window.postMessage({ type: 'dateline:select', event: 'levin-interview' }, '*');
		});
		// From a frame of another origin.
		await page.evaluate(() => {
			const f = document.createElement('iframe');
			f.src = '/forger.html';
			document.body.append(f);
			return new Promise((r) => f.addEventListener('load', r));
		});
		// From the embed's own window, but not in the documented shapes.
		const embedFrame = page.frames().find((f) => f.url().includes('/embed/'))!;
		await embedFrame.evaluate(() => {
			parent.postMessage({ type: 'dateline:resize', height: '9999' }, '*');
			parent.postMessage({ type: 'dateline:resize', height: -1 }, '*');
			parent.postMessage({ type: 'dateline:resize', height: Infinity }, '*');
			parent.postMessage({ type: 'dateline:select', event: '<img src=x onerror=alert(1)>' }, '*');
			parent.postMessage({ type: 'dateline:select', event: 'x&y=z' }, '*');
			parent.postMessage('dateline:resize', '*');
			parent.postMessage(null, '*');
		});
		await page.waitForTimeout(300);
		expect(await height()).toBe(settled);
		expect(await page.evaluate(() => location.hash)).toBe(`#${HASH_KEY}=alaska-summit`);
		await expect(page.locator('img')).toHaveCount(0);
	});

	test('the plain wheel scrolls the host page and hints at Ctrl + wheel; Ctrl + wheel zooms', async ({ page }) => {
		await page.setViewportSize({ width: 900, height: 600 });
		const { frame } = await openHost(page);
		const chart = frame.locator('.chart svg');
		await chart.scrollIntoViewIfNeeded();
		const box = (await chart.boundingBox())!;
		await page.mouse.move(box.x + box.width / 2, box.y + 40);
		const ticks = () => frame.locator('.axis text').allTextContents();
		const before = await ticks();
		const scrollBefore = await page.evaluate(() => scrollY);
		await page.mouse.wheel(0, 300);
		await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(scrollBefore);
		await expect(frame.getByRole('status').filter({ hasText: 'scroll to zoom' })).toBeVisible();
		expect(await ticks()).toEqual(before);

		// The host page scrolled, so aim at a part of the chart that is still on screen.
		const box2 = (await chart.boundingBox())!;
		expect(box2.y + box2.height).toBeGreaterThan(100);
		await page.mouse.move(box2.x + box2.width / 2, Math.max(box2.y, 0) + 60);
		await page.keyboard.down('Control');
		await page.mouse.wheel(0, -400);
		await page.keyboard.up('Control');
		await expect.poll(ticks).not.toEqual(before);
	});

	test('axe finds no violations in the host page with the frame, or in the frame', async ({ page }) => {
		const { frame } = await openHost(page, `#${HASH_KEY}=trump-putin-call`);
		await expect(frame.locator('#details h2')).toBeVisible();
		// The host page with the frame in it (axe looks inside frames too), then the embed alone.
		await expectNoAxeViolations(page);
		await page.goto(`${EMBED}?event=trump-putin-call&list=1`);
		await expectNoAxeViolations(page);
	});
});

test.describe('embed options', () => {
	/** Console warnings of the page, collected from the start. */
	function warnings(page: Page) {
		const list: string[] = [];
		page.on('console', (m) => {
			if (m.type() === 'warning') list.push(m.text());
		});
		return list;
	}

	test('no site chrome; a compact header credits the source and links to the full page', async ({ page }) => {
		await page.goto(`${EMBED}?event=alaska-summit`);
		await expect(page.locator('.site-foot')).toHaveCount(0);
		await expect(page.locator('.embed-head h1')).toHaveText(timeline.title);
		const full = page.getByRole('link', { name: /Open the full timeline/ });
		await expect(full).toHaveAttribute('href', `/t/${SLUG}?event=alaska-summit`);
		await expect(full).toHaveAttribute('target', '_blank');
		await expect(full).toHaveAttribute('rel', 'noopener noreferrer');
		for (const rel of await page.locator('#details a[target="_blank"]').evaluateAll((els) => els.map((e) => e.getAttribute('rel'))))
			expect(rel).toBe('noopener noreferrer');
		await expect(page.locator('#details .passage-link').first()).toHaveAttribute('target', '_blank');
	});

	test('its own script hydrates the prerendered page (the same nodes, no SvelteKit client); selection steps through history', async ({ page }) => {
		await openWithOwnScript(page, EMBED, '.embed', 'embed');
		await expectSelectionHistory(page, EMBED, 'alaska-summit');
	});

	test('at phone width its own script loads the phone layout with its CSS, and a language with the chunks it imports', async ({ page }) => {
		const requested: string[] = [];
		page.on('request', (r) => requested.push(new URL(r.url()).pathname));
		await page.setViewportSize({ width: 375, height: 740 });
		await page.goto(`${EMBED}?lang=uk`);
		await chartReady(page);
		await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
		await expect(page.locator('.chart > svg')).toHaveCount(0);
		const marks = page.locator('.chart [data-event-id]');
		await expect(marks).toHaveCount(timeline.events.length);
		// Styled: unstyled, these buttons would be a line of text high.
		for (const height of await marks.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height))) expect(height).toBeGreaterThanOrEqual(44);
		// The phone layout's component brings its CSS in its script: no stylesheet is fetched.
		expect(requested.filter((p) => p.endsWith('.css'))).toEqual([]);
		expect(requested.some((p) => /^\/_app\/immutable\/embed\/VerticalChart\.[\w-]+\.js$/.test(p))).toBe(true);
		// The Ukrainian strings and the date-fns chunk they import were fetched side by side, once each.
		const preloads = await page.locator('link[rel="modulepreload"]').evaluateAll((links) => links.map((l) => new URL((l as HTMLLinkElement).href).pathname));
		expect(preloads.filter((p) => /\/embed\/(uk|date-fns)\.[\w-]+\.js$/.test(p))).toHaveLength(2);
		expect(new Set(preloads).size).toBe(preloads.length);
		await expectNoAxeViolations(page);
	});

	test('event: a known id selects it; anything else is ignored with a warning', async ({ page }) => {
		const warned = warnings(page);
		await page.goto(`${EMBED}?event=alaska-summit`);
		await expect(page.locator('#details h2')).toHaveText(event('alaska-summit').title);
		let dialogs = 0;
		page.on('dialog', (d) => {
			dialogs++;
			return d.dismiss();
		});
		await page.goto(`${EMBED}?event=${encodeURIComponent('"><img src=x onerror=alert(1)>')}`);
		await expect(page.locator('svg [data-event-id]').first()).toBeAttached();
		await expect(page.locator('#details h2')).toHaveCount(0);
		await expect(page.locator('img')).toHaveCount(0);
		await expect(page.getByRole('alert')).toContainText('"><img src=x onerror=alert(1)>');
		expect(dialogs).toBe(0);
		await expect.poll(() => warned.some((w) => w.includes('event: no event'))).toBe(true);
	});

	test('parties and kinds filter the chart and the list; unknown values are ignored', async ({ page }) => {
		const warned = warnings(page);
		await page.goto(`${EMBED}?parties=russia`);
		await expect(page.locator('.lane-label')).toHaveText(['Russia']);
		const ids = await page.locator('svg [data-event-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-event-id')));
		expect(ids).toContain('trump-putin-call');
		expect(ids).not.toContain('zelensky-press-conference');
		await expect(page.locator('#event-list li')).toHaveCount(ids.length);

		await page.goto(`${EMBED}?kinds=call,interview`);
		// The prerendered page holds every event; the filter applies once the page reads its URL.
		await expect
			.poll(async () => (await page.locator('svg [data-event-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-event-id')))).sort())
			.toEqual(['levin-interview', 'trump-putin-call', 'witkoff-cnn-interview']);

		await page.goto(`${EMBED}?parties=atlantis&kinds=${encodeURIComponent('<script>')}`);
		await expect(page.locator('svg [data-event-id]')).toHaveCount(timeline.events.length);
		// The prerendered page already shows every event: wait for the script to read the URL.
		await expect.poll(() => warned.some((w) => w.includes('parties: "atlantis" is not one of'))).toBe(true);
		await expect.poll(() => warned.some((w) => w.includes('kinds: "<script>" is not one of'))).toBe(true);
	});

	test('a filter row that scrolls sideways fades out where more chips lie beyond it', async ({ page }) => {
		await page.setViewportSize({ width: 380, height: 600 });
		await page.goto(EMBED);
		await chartReady(page);
		const kinds = page.locator('.filters fieldset').nth(1);
		const fades = () =>
			kinds.evaluate((f) => {
				const style = getComputedStyle(f);
				return [style.getPropertyValue('--fade-start'), style.getPropertyValue('--fade-end')];
			});
		expect(await kinds.evaluate((f) => f.scrollWidth > f.clientWidth)).toBe(true);
		expect(await kinds.evaluate((f) => getComputedStyle(f).maskImage)).toContain('linear-gradient');
		// At the start: no fade on the left, one on the right; at the end, the other way round.
		await expect.poll(fades).toEqual(['0px', '32px']);
		await kinds.evaluate((f) => (f.scrollLeft = f.scrollWidth));
		await expect.poll(fades).toEqual(['32px', '0px']);
		// Focus scrolls a chip clear of the fade: back at the start, the first chip that reaches into
		// the right-hand fade (not the last one) ends up left of it once focused.
		await kinds.evaluate((f) => (f.scrollLeft = 0));
		await expect.poll(fades).toEqual(['0px', '32px']);
		const chips = kinds.locator('.chip');
		const k = await kinds.evaluate((f) => {
			const right = f.getBoundingClientRect().right - 32;
			return [...f.querySelectorAll('.chip')].findIndex((c) => c.getBoundingClientRect().right > right);
		});
		expect(k).toBeGreaterThan(0);
		expect(k).toBeLessThan((await chips.count()) - 1);
		await chips.nth(k).locator('input').focus();
		await expect
			.poll(() => kinds.evaluate((f, k) => f.querySelectorAll('.chip')[k]!.getBoundingClientRect().right <= f.getBoundingClientRect().right - 32, k))
			.toBe(true);
		// In Arabic a row starts on the right, so at the start it fades on the left.
		await page.goto(`${EMBED}?lang=ar`);
		await chartReady(page);
		await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
		await expect.poll(() => kinds.evaluate((f) => getComputedStyle(f).getPropertyValue('--fade-towards').trim())).toBe('to left');
		await expect.poll(fades).toEqual(['0px', '32px']);
		// A row that fits does not fade.
		await page.setViewportSize({ width: 1200, height: 600 });
		const parties = page.locator('.filters fieldset').first();
		await expect.poll(() => parties.evaluate((f) => getComputedStyle(f).getPropertyValue('--fade-end'))).toBe('0px');
	});

	test('from/to set the visible window; invalid dates are ignored', async ({ page }) => {
		const warned = warnings(page);
		const ticks = () => page.locator('.axis text').allTextContents();
		await page.goto(`${EMBED}?from=2025-08-18&to=2025-08-19`);
		await chartReady(page);
		const narrow = await ticks();
		expect(narrow.some((t) => t.includes('18 Aug') || t.includes('19 Aug'))).toBe(true);
		expect(narrow.some((t) => t.includes('15 Aug') || t.includes('22 Aug'))).toBe(false);
		// Ignored: the timeline's own window (13 to 22 August) instead.
		await page.goto(`${EMBED}?from=yesterday&to=2025-08-19`);
		await chartReady(page);
		const fallback = await ticks();
		expect(fallback.some((t) => t.includes('14 Aug'))).toBe(true);
		expect(fallback.some((t) => t.includes('22 Aug'))).toBe(true);
		await expect.poll(() => warned.some((w) => w.includes('from: "yesterday" is not an EDTF date'))).toBe(true);
	});

	test('the axis names the day in view, over its events, down to the narrowest zoom', async ({ page }) => {
		const label = (text: string) => page.locator('.axis text').filter({ hasText: new RegExp(`^${text}$`) });
		const centre = async (selector: string) => {
			const b = (await page.locator(selector).first().boundingBox())!;
			return b.x + b.width / 2;
		};
		await page.goto(EMBED);
		await chartReady(page);
		// The Alaska summit (15 August) is under "15 Aug": the label stands over the middle of its day.
		const summit = await centre('.chart [data-event-id="alaska-summit"] circle');
		const aug15 = (await label('15 Aug').boundingBox())!;
		expect(Math.abs(aug15.x + aug15.width / 2 - summit)).toBeLessThan(2);
		// A one-day window holds no midnight far from its ends: its one day is still named.
		await page.goto(`${EMBED}?from=2025-08-15&to=2025-08-15`);
		await chartReady(page);
		await expect(page.locator('.axis text')).toHaveText(['15 Aug']);
		const alone = (await label('15 Aug').boundingBox())!;
		expect(Math.abs(alone.x + alone.width / 2 - (await centre('.chart [data-event-id="alaska-summit"] circle')))).toBeLessThan(2);
	});

	test('theme, list and controls', async ({ page }) => {
		const warned = warnings(page);
		const bg = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
		await page.goto(`${EMBED}?theme=dark`);
		await expect.poll(bg).toBe('rgb(20, 23, 27)');
		await page.goto(`${EMBED}?theme=light`);
		await expect.poll(bg).toBe('rgb(255, 255, 255)');
		await page.goto(`${EMBED}?theme=${encodeURIComponent('dark;background:url(x)')}`);
		await expect(page.locator('html')).not.toHaveAttribute('data-theme', /.+/);
		await expect.poll(() => warned.some((w) => w.includes('theme:'))).toBe(true);

		await page.goto(`${EMBED}?list=1`);
		await expect(page.getByRole('button', { name: 'Hide list' })).toBeVisible();
		await expect(page.locator('#event-list')).not.toHaveClass(/collapsed/);
		await page.goto(`${EMBED}?list=0`);
		await expect(page.getByRole('button', { name: 'Show list' })).toBeVisible();
		await expect(page.locator('#event-list')).toHaveClass(/collapsed/);

		await page.goto(`${EMBED}?controls=0`);
		await expect(page.getByRole('button', { name: 'Zoom in' })).toHaveCount(0);
		await page.goto(`${EMBED}?controls=maybe`);
		await expect(page.getByRole('button', { name: 'Zoom in' })).toBeVisible();
		await expect.poll(() => warned.some((w) => w.includes('controls: "maybe"'))).toBe(true);
	});
});

test.describe('embedding from the full page', () => {
	test('the Embed dialog gives both snippets for the current selection, with copy buttons', async ({ page, context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.goto(`/t/${SLUG}?event=trump-putin-call&parties=united-states,russia`);
		await expect(page.locator('#details h2')).toBeVisible();
		await page.getByRole('button', { name: 'Embed' }).click();
		const dialog = page.getByRole('dialog', { name: 'Embed this timeline' });
		await expect(dialog).toBeVisible();
		const loader = await dialog.getByLabel(/Loader/).inputValue();
		expect(loader).toContain(`data-dateline="http://localhost:4173/embed/${SLUG}?event=trump-putin-call&amp;parties=united-states%2Crussia"`);
		expect(loader).toContain('<script async src="http://localhost:4173/embed.js"></script>');
		const iframe = await dialog.getByLabel('Plain iframe').inputValue();
		expect(iframe).toMatch(/^<iframe src="http:\/\/localhost:4173\/embed\/trump-steps-back-2025-08\?event=trump-putin-call[^"]*" title="Timeline: /);
		await dialog.getByLabel(/Mirror the selected event/).check();
		expect(await dialog.getByLabel(/Loader/).inputValue()).toContain('data-dateline-hash');
		await dialog.getByRole('button', { name: /Copy Plain iframe/ }).click();
		await expect(dialog.getByRole('status')).toHaveText('Copied');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(iframe);
		await expectNoAxeViolations(page);
		await page.keyboard.press('Escape');
		await expect(dialog).toBeHidden();
	});

	test('oEmbed: discovery link and endpoint', async ({ page, request }) => {
		await page.goto(`/t/${SLUG}`);
		const href = await page.locator('link[rel="alternate"][type="application/json+oembed"]').getAttribute('href');
		const endpoint = new URL(href!, page.url());
		expect(endpoint.pathname).toBe(`/oembed/${SLUG}.json`);
		const o = await (await request.get(endpoint.href)).json();
		expect(o).toMatchObject({ type: 'rich', version: '1.0', title: timeline.title, provider_name: 'Dateline', width: 800, height: 640 });
		expect(o.provider_url).toMatch(/^https?:\/\//);
		expect(o.html).toMatch(/^<iframe src="https?:\/\/[^"]+\/embed\/trump-steps-back-2025-08" title="Timeline: /);
	});

	test('headers: embeds may be framed anywhere, other pages only by the site', async ({ request }) => {
		expect((await request.get(EMBED)).headers()['content-security-policy']).toBe("frame-ancestors *; connect-src 'self'");
		expect((await request.get('/embed')).headers()['content-security-policy']).toBe('frame-ancestors *');
		for (const path of ['/', `/t/${SLUG}`, `/sources/jordannews-trump-steps-back`])
			expect((await request.get(path)).headers()['content-security-policy'], path).toBe("frame-ancestors 'self'; connect-src 'self'");
	});
});
