import { SLUG, chartEvent, chartReady, event, expect, expectNoAxeViolations, labelOverlaps, test, timeline } from './fixtures';
import { advance, textWidth } from '../src/lib/layout/text';
import { PAGE_CHART_WIDTH } from '../src/lib/chart/widths';

test.describe('the timeline page', () => {
	test('every event of the data is in the chart and in the list, in time order', async ({ page }) => {
		await page.goto('/');
		const chartIds = await page.locator('svg [data-event-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-event-id')));
		expect(chartIds.sort()).toEqual(timeline.events.map((e) => e.id).sort());
		const listIds = await page.locator('#event-list li').evaluateAll((els) => els.map((e) => e.getAttribute('data-list-event-id')));
		expect(listIds.sort()).toEqual(timeline.events.map((e) => e.id).sort());
		// The list is in time order: the datetime attributes never go backwards.
		const datetimes = await page.locator('#event-list time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime')!));
		expect(datetimes.length).toBeGreaterThan(15);
		expect([...datetimes].sort()).toEqual(datetimes);
	});

	test('hydration keeps every prerendered mark: none is dropped to be made again', async ({ page }) => {
		// Marks are tagged before the scripts run. New full marks are made a few per frame when a
		// zoom brings many; the marks a page was hydrated with are not new and must stay.
		await page.addInitScript(() =>
			document.addEventListener('DOMContentLoaded', () => {
				for (const m of document.querySelectorAll('.chart svg [data-event-id]')) m.setAttribute('data-prerendered', '');
			})
		);
		await page.goto('/');
		await chartReady(page);
		await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
		const marks = page.locator('.chart svg [data-event-id]');
		await expect(marks).toHaveCount(timeline.events.length);
		await expect(page.locator('.chart svg [data-event-id][data-prerendered]')).toHaveCount(timeline.events.length);
	});

	for (const width of [1280, 1920])
		test(`in a ${width} px window the chart hydrates at the width /t was prerendered at (PAGE_CHART_WIDTH): nothing in it is laid out again`, async ({ page }) => {
			await page.setViewportSize({ width, height: 800 });
			const html = await (await page.request.get(`/t/${SLUG}`)).text();
			const prerendered = html.match(/ id="tl-[^"]+-chart"[^>]*>(?:<!--[^>]*-->)*<svg width="(\d+)"/)?.[1];
			expect(Number(prerendered)).toBe(PAGE_CHART_WIDTH);
			await page.goto(`/t/${SLUG}`);
			await chartReady(page);
			const chart = page.locator('.chart[id]');
			expect(await chart.evaluate((el) => el.clientWidth)).toBe(PAGE_CHART_WIDTH);
			await expect(chart.locator('> svg')).toHaveAttribute('width', String(PAGE_CHART_WIDTH));
			expect(await page.locator('.overview[id]').evaluate((el) => el.clientWidth)).toBe(PAGE_CHART_WIDTH);
		});

	test('the chart has an accessible name and marks performance once rendered', async ({ page }) => {
		await page.goto('/');
		await expect(page.getByRole('group', { name: /Timeline chart of/ })).toBeVisible();
		await expect
			.poll(() => page.evaluate(() => performance.getEntriesByName('timeline:rendered', 'mark').length))
			.toBeGreaterThan(0);
	});

	const named = [
		['alaska-summit', /Alaska/, '15 August 2025', '2025-08-15'],
		['white-house-meetings', /White House|Zelensky and European leaders/, '18 August 2025', '2025-08-18'],
		['trump-putin-call', /call/i, '18 August 2025', '2025-08-18'],
		['bilateral-meeting-proposed', /Putin–Zelensky/, 'not scheduled', null]
	] as const;
	for (const [id, title, words, datetime] of named) {
		test(`${id} shows with its date (${words})`, async ({ page }) => {
			await page.goto('/');
			await expect(chartEvent(page, id)).toHaveCount(1);
			await expect(chartEvent(page, id)).toHaveAttribute('aria-label', new RegExp(words));
			const row = page.locator(`#event-list li[data-list-event-id="${id}"]`);
			await expect(row.getByRole('link')).toHaveText(title);
			if (datetime) await expect(row.locator('time')).toHaveAttribute('datetime', datetime);
			await expect(row).toContainText(words);

			await page.goto(`/?event=${id}`);
			await expect(page.locator('#details .when')).toHaveText(words);
		});
	}

	test('the proposed bilateral meeting sits in the "not yet scheduled" area', async ({ page }) => {
		await page.goto('/');
		const column = await page.locator('.unscheduled-edge').boundingBox();
		const mark = await chartEvent(page, 'bilateral-meeting-proposed').locator('.mark').first().boundingBox();
		expect(column && mark && mark.x > column.x).toBe(true);
		const dated = await chartEvent(page, 'alaska-summit').locator('.mark').first().boundingBox();
		expect(dated && column && dated.x < column.x).toBe(true);
	});

	test('click an event, read its details, open the cited passage highlighted', async ({ page }) => {
		await page.goto('/');
		await chartEvent(page, 'trump-putin-call').locator('.mark').first().click();
		await expect(page).toHaveURL(/\?event=trump-putin-call$/);
		const details = page.locator('#details');
		await expect(details.getByRole('heading', { level: 2 })).toHaveText(event('trump-putin-call').title);
		await expect(details).toContainText('Donald Trump');
		await expect(details).toContainText('President of Russia');
		await expect(details).toContainText('From other reporting');
		await expect(details.locator('blockquote').first()).toHaveText(event('trump-putin-call').citations[0]!.quote);

		await details.getByRole('link', { name: 'Show this passage in the article' }).first().click();
		await expect(page).toHaveURL(new RegExp(`/sources/.+#cite-${SLUG}--trump-putin-call--1$`));
		const highlighted = await page.locator('mark.active').allTextContents();
		expect(highlighted.join('')).toBe(event('trump-putin-call').citations[0]!.quote);
		await expect(page.locator('mark.active').first()).toBeFocused();
		await expect(page.locator('mark.active').first()).toBeInViewport();
	});

	test('every citation of every event is highlighted exactly on the source page', async ({ page }) => {
		for (const e of timeline.events) {
			for (const [i, c] of e.citations.entries()) {
				await page.goto(`/sources/${c.source}#cite-${SLUG}--${e.id}--${i + 1}`);
				await expect(page.locator('mark.active').first()).toBeFocused();
				expect((await page.locator('mark.active').allTextContents()).join(''), `${e.id} citation ${i + 1}`).toBe(c.quote);
			}
		}
	});

	test('the details load once needed; when they cannot, the section says so and can try again', async ({ page, guard }) => {
		guard.expectErrors.push(/Failed to load resource: net::ERR_INTERNET_DISCONNECTED/);
		// Offline for the details' own script, which no page loads before a selection.
		let offline = true;
		const asked: string[] = [];
		await page.route(/\/EventDetails\.[\w-]+\.js$/, (route) => {
			asked.push(route.request().url());
			return offline ? route.abort('internetdisconnected') : route.continue();
		});
		await page.goto(`/t/${SLUG}`);
		await chartReady(page);
		await page.evaluate(() => new Promise((done) => requestIdleCallback(done)));
		expect(asked).toEqual([]);
		await chartEvent(page, 'alaska-summit').locator('.mark').first().click();
		const alert = page.locator('#details [role="alert"]');
		await expect(alert).toContainText('could not be loaded');
		await expect(page.locator('#details [data-details-event-id]')).toHaveCount(0);
		expect(asked).toHaveLength(1);
		await expectNoAxeViolations(page);
		// Back online: the button tries again, and the details come.
		offline = false;
		await alert.getByRole('button', { name: 'Try again' }).click();
		await expect(page.locator('#details [data-details-event-id="alaska-summit"]')).toBeVisible();
		await expect(alert).toHaveCount(0);
	});

	test('a passage links back to its event', async ({ page }) => {
		await page.goto(`/sources/jordannews-trump-steps-back#cite-${SLUG}--levin-interview--1`);
		await page.getByRole('link', { name: `Back to the event: ${event('levin-interview').title}` }).first().click();
		await expect(page).toHaveURL(new RegExp(`/t/${SLUG}\\?event=levin-interview$`));
		await expect(page.locator('#details h2')).toHaveText(event('levin-interview').title);
	});

	test('deep link, then select another event, then back and forward', async ({ page }) => {
		await page.goto('/?event=alaska-summit');
		await expect(page.locator('#details h2')).toHaveText(event('alaska-summit').title);
		await expect(chartEvent(page, 'alaska-summit')).toHaveAttribute('aria-pressed', 'true');

		await chartEvent(page, 'levin-interview').locator('.mark').first().click();
		await expect(page).toHaveURL(/\?event=levin-interview$/);
		await expect(page.locator('#details h2')).toHaveText(event('levin-interview').title);

		await page.goBack();
		await expect(page).toHaveURL(/\?event=alaska-summit$/);
		await expect(page.locator('#details h2')).toHaveText(event('alaska-summit').title);
		await page.goForward();
		await expect(page.locator('#details h2')).toHaveText(event('levin-interview').title);
	});

	test('an unknown ?event= says so and selects nothing', async ({ page }) => {
		await page.goto('/?event=no-such-event');
		await expect(page.getByRole('alert')).toContainText('no-such-event');
		await expect(page.locator('svg [aria-pressed="true"]')).toHaveCount(0);
	});

	test('the same path by keyboard alone', async ({ page }) => {
		await page.goto('/');
		// Tab from the top of the page until focus lands in the chart (one tab stop for all events).
		for (let i = 0; i < 30; i++) {
			await page.keyboard.press('Tab');
			if (await page.evaluate(() => document.activeElement?.hasAttribute('data-event-id'))) break;
		}
		const first = await page.evaluate(() => document.activeElement?.getAttribute('data-event-id'));
		expect(first).toBe(timeline.events.length > 0 ? await page.locator('#event-list li').first().getAttribute('data-list-event-id') : null);

		// Walk right to the call, open it, follow its passage link.
		const target = 'trump-putin-call';
		for (let i = 0; i < timeline.events.length; i++) {
			if ((await page.evaluate(() => document.activeElement?.getAttribute('data-event-id'))) === target) break;
			await page.keyboard.press('ArrowRight');
		}
		await expect(chartEvent(page, target)).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/\?event=trump-putin-call$/);
		await expect(page.locator('#details h2')).toHaveText(event(target).title);

		for (let i = 0; i < 40; i++) {
			await page.keyboard.press('Tab');
			if (await page.evaluate(() => document.activeElement?.classList.contains('passage-link'))) break;
		}
		await expect(page.locator('.passage-link').first()).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page.locator('mark.active').first()).toBeFocused();
		expect((await page.locator('mark.active').allTextContents()).join('')).toBe(event(target).citations[0]!.quote);
	});

	test('Escape closes the details; Home and End reach the first and last event', async ({ page }) => {
		await page.goto('/?event=alaska-summit');
		await chartEvent(page, 'alaska-summit').focus();
		await page.keyboard.press('Escape');
		await expect(page).not.toHaveURL(/event=/);
		await expect(page.locator('#details h2')).toHaveCount(0);
		await page.keyboard.press('End');
		const ids = await page.locator('#event-list li').evaluateAll((els) => els.map((e) => e.getAttribute('data-list-event-id')));
		await expect(chartEvent(page, ids.at(-1)!)).toBeFocused();
		await page.keyboard.press('Home');
		await expect(chartEvent(page, ids[0]!)).toBeFocused();
	});

	test('zoom buttons and keys change the visible window; reset restores it', async ({ page }) => {
		await page.goto('/');
		await chartReady(page);
		const ticks = () => page.locator('.axis text').allTextContents();
		const before = await ticks();
		await page.getByRole('button', { name: 'Zoom in' }).click();
		await expect.poll(ticks).not.toEqual(before);
		await page.getByRole('button', { name: 'Reset view' }).click();
		await expect.poll(ticks).toEqual(before);
		await page.getByRole('button', { name: 'Show all' }).click();
		await expect.poll(ticks).not.toEqual(before);
		// The whole timeline reaches back to 2022.
		await expect.poll(async () => (await ticks()).some((t) => t.includes('2023'))).toBe(true);

		// The same by keyboard, from an event in the chart: + zooms in, 0 resets.
		await page.getByRole('button', { name: 'Reset view' }).click();
		await expect.poll(ticks).toEqual(before);
		await chartEvent(page, 'alaska-summit').focus();
		await page.keyboard.press('+');
		await expect.poll(ticks).not.toEqual(before);
		await page.keyboard.press('0');
		await expect.poll(ticks).toEqual(before);
	});

	test('the list view toggles visibly and selects in step with the chart', async ({ page }) => {
		await page.goto('/');
		// The toggle is a script's (without one the list is always shown): a click before the page has
		// hydrated does nothing, which a loaded CI machine once caught this test doing.
		await chartReady(page);
		const toggle = page.getByRole('button', { name: 'Show list' });
		await expect(page.locator('#event-list')).not.toBeInViewport();
		await toggle.click();
		await expect(page.getByRole('button', { name: 'Hide list' })).toHaveAttribute('aria-expanded', 'true');
		await page.locator('#event-list').getByRole('link', { name: event('ushakov-statement').title }).click();
		await expect(page).toHaveURL(/\?event=ushakov-statement$/);
		await expect(chartEvent(page, 'ushakov-statement')).toHaveAttribute('aria-pressed', 'true');
	});

	test('axe finds no violations, details closed and open, on the source page too', async ({ page }) => {
		await page.goto('/');
		await expectNoAxeViolations(page);
		await page.goto('/?event=trump-putin-call');
		await expect(page.locator('#details h2')).toBeVisible();
		await expectNoAxeViolations(page);
		await page.goto(`/sources/jordannews-trump-steps-back#cite-${SLUG}--trump-putin-call--1`);
		await expectNoAxeViolations(page);
	});

	test('links to the original open in a new tab without opener or referrer', async ({ page }) => {
		await page.goto('/?event=alaska-summit');
		await expect(page.locator('#details h2')).toBeVisible();
		const links = page.locator('#details a[target="_blank"]');
		expect(await links.count()).toBeGreaterThan(0);
		for (const rel of await links.evaluateAll((els) => els.map((e) => e.getAttribute('rel')))) expect(rel).toBe('noopener noreferrer');
	});
});

test.describe('links to the original article', () => {
	const original = 'https://www.jordannews.jo/Section-24/Europe/Trump-Temporarily-Steps-Back-from-Russia-Ukraine-Peace-Talks-44244';

	test('every citation links to its passage in the original with a URL text fragment', async ({ page }) => {
		test.slow(); // one page load per event
		for (const e of timeline.events) {
			await page.goto(`/?event=${e.id}`);
			const links = page.locator('#details .original-link');
			await expect(links).toHaveCount(e.citations.length);
			for (const [i, c] of e.citations.entries()) {
				const href = (await links.nth(i).getAttribute('href'))!;
				expect(href.startsWith(`${original}#:~:text=`), `${e.id} ${i}: ${href}`).toBe(true);
				// prefix-, textStart, textEnd, -suffix: the terms, decoded, must frame the quote.
				const terms = href.slice(href.indexOf(':~:text=') + 8).split(',');
				const start = terms.find((t) => !t.endsWith('-'))!;
				const rest = terms.slice(terms.indexOf(start) + 1).filter((t) => !t.startsWith('-'));
				expect(href.slice(href.indexOf(':~:text=')), '& inside terms is encoded').not.toContain('&');
				const quote = c.quote.trim();
				expect(quote.startsWith(decodeURIComponent(start)), `${e.id} ${i}: starts with ${start}`).toBe(true);
				if (rest.length > 0) expect(quote.endsWith(decodeURIComponent(rest[0]!)), `${e.id} ${i}: ends with ${rest[0]}`).toBe(true);
				else expect(decodeURIComponent(start)).toBe(quote);
				for (const t of terms) expect(decodeURIComponent(t.replace(/^-|-$/g, ''))).not.toBe('');
				for (const t of terms) expect(t.replace(/^-|-$/g, ''), 'hyphens inside terms are encoded').not.toContain('-');
			}
			await expect(links.first()).toHaveAttribute('rel', 'noopener noreferrer');
		}
	});
});

test.describe('drawing follows the data', () => {
	test('each drawing style appears where the data calls for it', async ({ page }) => {
		await page.goto('/');
		await chartReady(page);
		const has = (id: string, selector: string) => chartEvent(page, id).locator(selector);
		// A day: a dot. A year or month: a light period. An interval of days: a bar.
		await expect(has('alaska-summit', '.mark circle')).toHaveCount(2);
		await expect(chartEvent(page, 'trump-24-hours-claim')).toHaveClass(/\bperiod\b/);
		await expect(chartEvent(page, 'trump-acknowledges-difficulty')).toHaveClass(/\bperiod\b.*\bapproximate\b|\bapproximate\b.*\bperiod\b/);
		await expect(chartEvent(page, 'trump-security-guarantees')).toHaveClass(/\bbar\b/);
		// Approximate: faded edges (a mask). Uncertain: dashed.
		await expect(has('trump-tells-advisers-trilateral', 'rect[mask*="fade-both"]')).not.toHaveCount(0);
		await expect(chartEvent(page, 'trump-arranges-bilateral')).toHaveClass(/\buncertain\b/);
		expect(await has('trump-arranges-bilateral', '.mark circle').first().evaluate((e) => getComputedStyle(e).strokeDasharray)).not.toBe('none');
		// An open end fades out; an unscheduled proposal is a diamond; a forecast is a dashed window.
		await expect(has('putin-rejects-face-to-face', 'rect[mask*="fade-end"]')).not.toHaveCount(0);
		await expect(has('bilateral-meeting-proposed', '.mark path')).toHaveCount(2);
		await expect(has('rutte-two-weeks', 'rect.forecast')).toHaveCount(1);
		await expect(has('alaska-summit', 'rect.forecast')).toHaveCount(0);
		// Eras are background bands with a label.
		await expect(page.locator('.era-label')).toHaveText('Alaska summit and follow-up');
	});

	// Labels are laid out from estimated widths (layout/text.ts), on the server too. This checks the
	// estimate against the font the browser really draws with (DejaVu Sans in CI, one of the widest
	// system sans-serifs), at two widths, and with each event selected in turn (selection emphasises
	// the label and must not widen it).
	test('the label width estimate is at least what the browser measures, for every character of its table', async ({ page }) => {
		await page.goto('/');
		await chartReady(page);
		const chars: string[] = [];
		for (let c = 0x20; c <= 0x7e; c++) chars.push(String.fromCharCode(c));
		for (let c = 0xa0; c <= 0xff; c++) if (c !== 0xad) chars.push(String.fromCharCode(c));
		chars.push(...'‘’‚“”„–—…•′″€™−');
		const measured = await page.locator('.chart svg .event text').first().evaluate((text, chars) => {
			const style = getComputedStyle(text);
			const context = document.createElement('canvas').getContext('2d')!;
			context.font = `${style.fontSize} ${style.fontFamily}`;
			return { font: context.font, widths: chars.map((ch) => context.measureText(ch).width) };
		}, chars);
		expect(measured.font).toContain('12px');
		const under = chars.flatMap((ch, i) => (advance(ch) * 12 < measured.widths[i]! - 0.01 ? [`${JSON.stringify(ch)} drawn ${measured.widths[i]} px`] : []));
		expect(under).toEqual([]);
		// And a whole title, as drawn.
		const title = 'Witkoff: Putin accepts “Article 5-like” guarantees';
		const drawn = await page.evaluate((title) => {
			const text = document.querySelector('.chart svg .event text')!;
			const copy = text.cloneNode() as SVGTextElement;
			copy.textContent = title;
			text.parentNode!.appendChild(copy);
			const width = copy.getComputedTextLength();
			copy.remove();
			return width;
		}, title);
		expect(textWidth(title)).toBeGreaterThanOrEqual(drawn);
	});

	for (const [width, query] of [
		[1280, ''],
		[720, ''],
		[1280, '?lang=uk']
	] as const) {
		test(`no two drawn labels overlap, at ${width} px${query ? ` with ${query}` : ''}, whichever event is selected`, async ({ page }) => {
			await page.setViewportSize({ width, height: 900 });
			await page.goto(`/${query}`);
			await chartReady(page);
			expect(await page.locator('.chart svg .event text').count()).toBeGreaterThan(10);
			// In Ukrainian, the titles the data translates are Cyrillic labels.
			if (query) expect((await page.locator('.chart svg .event text').allTextContents()).some((t) => /[а-яєіїґ]/i.test(t))).toBe(true);
			expect(await labelOverlaps(page)).toEqual([]);
			// By keyboard, as a long bar's middle can lie under another mark.
			const ids = await page.locator('#event-list li').evaluateAll((els) => els.map((e) => e.getAttribute('data-list-event-id')!));
			await chartEvent(page, ids[0]!).focus();
			await page.keyboard.press('Home');
			for (const [i, id] of ids.entries()) {
				if (i > 0) await page.keyboard.press('ArrowRight');
				await page.keyboard.press('Enter');
				await expect(chartEvent(page, id)).toHaveAttribute('aria-pressed', 'true');
				expect(await labelOverlaps(page), `with ${id} selected`).toEqual([]);
			}
		});
	}

	test('selecting an event highlights the events related to it, in both directions', async ({ page }) => {
		await page.goto('/?event=trump-putin-call');
		await expect(page.locator('#details h2')).toBeVisible();
		// The call follows the White House meetings; Ushakov's statement reports on the call.
		await expect(chartEvent(page, 'white-house-meetings')).toHaveClass(/\brelated\b/);
		await expect(chartEvent(page, 'ushakov-statement')).toHaveClass(/\brelated\b/);
		await expect(chartEvent(page, 'alaska-summit')).not.toHaveClass(/\brelated\b/);
		await expect(page.locator('#details .related')).toContainText('Follows');
		await expect(page.locator('#details .related')).toContainText('Reported on by');
	});

	test('details say how precise a date is, which clock it is on, and what a forecast names', async ({ page }) => {
		await page.goto('/?event=trump-acknowledges-difficulty');
		await expect(page.locator('#details')).toContainText('Known only to the month: some time in August 2025.');
		await page.goto('/?event=trump-putin-call');
		await expect(page.locator('#details .clock')).toContainText('already 19 August in Moscow');
		await page.goto('/?event=rutte-two-weeks');
		await expect(page.locator('#details .forecast-note')).toContainText('within two weeks');
	});
});

test('a polite live region announces the event the keyboard moves to', async ({ page }) => {
	await page.goto('/');
	await chartReady(page);
	const ids = await page.locator('#event-list li').evaluateAll((els) => els.map((e) => e.getAttribute('data-list-event-id')!));
	await chartEvent(page, ids[0]!).focus();
	await page.keyboard.press('ArrowRight');
	const live = page.getByTestId('chart-announcer');
	await expect(live).toHaveAttribute('aria-live', 'polite');
	const second = event(ids[1]!).title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	await expect(live).toHaveText(new RegExp(`^2 of ${ids.length}: ${second}, `));
	const call = ids.indexOf('trump-putin-call');
	for (let i = 1; i < call; i++) await page.keyboard.press('ArrowRight');
	await expect(live).toHaveText(`${call + 1} of ${ids.length}: Trump–Putin phone call, 18 August 2025, United States and Russia`);
});

test('a keyboard-only walk visits every event in time order and opens each one’s details', async ({ page }) => {
	await page.goto('/');
	await chartReady(page);
	const ids = await page.locator('#event-list li').evaluateAll((els) => els.map((e) => e.getAttribute('data-list-event-id')!));
	await chartEvent(page, ids[0]!).focus();
	await page.keyboard.press('Home');
	for (const [i, id] of ids.entries()) {
		if (i > 0) await page.keyboard.press('ArrowRight');
		await expect(chartEvent(page, id)).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page.locator('#details h2')).toHaveText(event(id).title);
		await expect(chartEvent(page, id)).toBeFocused();
	}
	// Past the last event, focus stays on it.
	await page.keyboard.press('ArrowRight');
	await expect(chartEvent(page, ids.at(-1)!)).toBeFocused();
});
