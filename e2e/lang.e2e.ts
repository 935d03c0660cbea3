/**
 * Languages (README, Languages): English, Ukrainian and Arabic, chosen by ?lang= (the test browser's
 * own language is en-US). For each: <html lang dir>, a known date in that language, the direction
 * of the page, no UI string left in English, translated event titles with the fallback marked, axe.
 */
import type { Page } from '@playwright/test';
import { en } from '../src/lib/i18n/en';
import { SLUG, chartReady, expect, expectNoAxeViolations, test } from './fixtures';

const CALL = 'trump-putin-call';
/** Has a Ukrainian translation in the data; STEPS_BACK has none. */
const CALL_UK = 'Телефонна розмова Трампа й Путіна';
const STEPS_BACK = 'trump-steps-back';

const CASES = [
	{ lang: 'en', dir: 'ltr', date: '18 August 2025', showList: 'Show list' },
	{ lang: 'uk', dir: 'ltr', date: '18 серпня 2025', showList: 'Показати список' },
	{ lang: 'ar', dir: 'rtl', date: '18 أغسطس 2025', showList: 'اعرض القائمة' }
] as const;

const MARK = '\u0001';

/**
 * The English interface text to look for: every plain string of the catalogue, and the fixed parts
 * of every parameterised one (split where the parameters go), of at least 8 characters so that
 * short words cannot match inside data by chance.
 */
function englishFragments(): string[] {
	const out = new Set<string>();
	const walk = (v: unknown) => {
		if (typeof v === 'string') out.add(v.trim());
		else if (typeof v === 'function') {
			for (const arg of [MARK, 3, true, false]) {
				const text = String(v(...Array.from({ length: v.length }, () => arg)));
				for (const part of text.split(MARK)) out.add(part.trim());
			}
		} else if (v && typeof v === 'object') Object.values(v).forEach(walk);
	};
	walk(en);
	// The date words are checked through the dates themselves; digits-only parts are not words.
	return [...out].filter((s) => s.length >= 8 && /[a-z]{4}/.test(s));
}

/** The interface text of the page: text, aria-labels and titles, without data (marked with `lang`, or isolated source credits). */
async function interfaceText(page: Page): Promise<string> {
	return page.evaluate(() => {
		const root = document.body.cloneNode(true) as HTMLElement;
		root.querySelectorAll('script, style, noscript, [lang], bdi, .src').forEach((el) => el.remove());
		// Event marks' names are title, date and parties: data, checked through the date test.
		root.querySelectorAll('[data-event-id]').forEach((el) => el.removeAttribute('aria-label'));
		const names = [...root.querySelectorAll('[aria-label], [title]')].map((el) => `${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('title') ?? ''}`);
		return `${root.textContent}\n${names.join('\n')}`;
	});
}

async function open(page: Page, path: string, lang: string) {
	await page.goto(path);
	await expect(page.locator('html')).toHaveAttribute('lang', lang);
	await chartReady(page);
}

for (const c of CASES) {
	test.describe(`in ${c.lang}`, () => {
		test('sets <html lang dir>, writes dates in the language, and leaves no UI string in English', async ({ page }) => {
			await open(page, `/t/${SLUG}?lang=${c.lang}&event=${CALL}`, c.lang);
			await expect(page.locator('html')).toHaveAttribute('dir', c.dir);
			expect(await page.evaluate(() => getComputedStyle(document.body).direction)).toBe(c.dir);
			await expect(page.locator('#details time.when')).toHaveText(c.date);
			await expect(page.locator(`li[data-list-event-id="${CALL}"] time`)).toHaveText(c.date);
			await expect(page.locator('.list-head button')).toHaveText(c.showList);

			if (c.lang === 'en') return;
			// Open the panels whose text is hidden at first, then look for English.
			await page.locator('.list-head button').click();
			await page.locator('.export-menu > button').click();
			const text = await interfaceText(page);
			const left = englishFragments().filter((f) => text.includes(f));
			expect(left).toEqual([]);
			// Kinds and field names are short words: checked where they are.
			for (const kind of Object.values(en.kinds)) await expect(page.locator('.filters legend + label, .filters label').filter({ hasText: new RegExp(`^\\s*${kind}\\s*\\(`) })).toHaveCount(0);
			const fields = await page.locator('#details dt').allInnerTexts();
			expect(fields).toHaveLength(3);
			for (const word of [en.details.when, en.details.who, en.details.where]) expect(fields).not.toContain(word);
		});

		test('announces the keyboard focus in the language', async ({ page }) => {
			await open(page, `/t/${SLUG}?lang=${c.lang}`, c.lang);
			const mark = page.locator(`.chart [data-event-id="${CALL}"]`);
			await mark.focus();
			await page.keyboard.press('ArrowRight');
			await page.keyboard.press('ArrowLeft');
			const said = page.getByTestId('chart-announcer');
			await expect(said).toContainText(c.date);
			if (c.lang === 'en') await expect(said).toContainText(' of ');
			else await expect(said).not.toContainText(' of ');
		});
	});
}

test('Ukrainian: translated titles are shown; untranslated ones fall back to English, marked lang="en"; quotes stay English', async ({ page }) => {
	await open(page, `/t/${SLUG}?lang=uk&event=${CALL}`, 'uk');
	const call = page.locator(`li[data-list-event-id="${CALL}"] > a`);
	await expect(call).toHaveText(CALL_UK);
	expect(await call.getAttribute('lang')).toBeNull();
	const steps = page.locator(`li[data-list-event-id="${STEPS_BACK}"] > a`);
	await expect(steps).toHaveAttribute('lang', 'en');
	await expect(page.locator('#details h2')).toHaveText(CALL_UK);
	await expect(page.locator('#details .summary')).not.toHaveAttribute('lang', /.*/);
	await expect(page.locator('#details blockquote').first()).toHaveAttribute('lang', 'en');
	await expect(page.locator(`.chart [data-event-id="${CALL}"]`)).toHaveAttribute('aria-label', new RegExp(`^${CALL_UK}, 18 серпня 2025, `));
	// Links the app builds keep the language.
	await expect(call).toHaveAttribute('href', /lang=uk/);
	await expectNoAxeViolations(page);
});

test('Arabic: the layout mirrors; time in the chart still runs left to right', async ({ page }) => {
	await open(page, `/t/${SLUG}?lang=ar&event=${CALL}&list=1`, 'ar');
	const box = async (selector: string) => (await page.locator(selector).first().boundingBox())!;
	// The details' close button is on the left of the heading, and the list's dates on the right of the titles.
	expect((await box('#details .close')).x).toBeLessThan((await box('#details h2')).x);
	expect((await box(`li[data-list-event-id="${CALL}"] time`)).x).toBeGreaterThan((await box(`li[data-list-event-id="${CALL}"] > a`)).x);
	expect(await page.locator('#details').evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
	// Earlier events are further left, as in English; ArrowRight still goes to a later one.
	const alaska = await box('.chart [data-event-id="alaska-summit"]');
	const call = await box(`.chart [data-event-id="${CALL}"]`);
	expect(alaska.x).toBeLessThan(call.x);
	// Tick labels stay inside the chart and do not overlap.
	const ticks = await page.locator('.axis text').evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => ({ left: r.left, right: r.right })));
	const chart = await box('.chart > svg');
	expect(ticks.length).toBeGreaterThan(3);
	for (const [i, t] of ticks.entries()) {
		expect(t.left).toBeGreaterThanOrEqual(chart.x);
		expect(t.right).toBeLessThanOrEqual(chart.x + chart.width);
		if (i > 0) expect(t.left).toBeGreaterThan(ticks[i - 1]!.right);
	}
	await expect(page.locator('.axis text').first()).toContainText('أغسطس');
	await expectNoAxeViolations(page);
});

test('Arabic phone layout: mirrored, dates and gaps in Arabic, axe clean', async ({ page }) => {
	await page.setViewportSize({ width: 375, height: 800 });
	await open(page, `/t/${SLUG}?lang=ar`, 'ar');
	const first = page.locator('.vgroup').first();
	await expect(first.locator('.vday')).toContainText('فبراير 2022');
	await expect(page.locator('.vgap').first()).toContainText('بعد');
	await expectNoAxeViolations(page);
});

test('/embed/<slug>?lang=ar is in Arabic and links to the full page in Arabic', async ({ page }) => {
	await open(page, `/embed/${SLUG}?lang=ar`, 'ar');
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	const full = page.getByRole('link', { name: /افتح الخط الزمني كاملًا/ });
	await expect(full).toHaveAttribute('href', /\/t\/trump-steps-back-2025-08\?lang=ar$/);
	await expect(page.locator('.list-head button')).toHaveText('اعرض القائمة');
	await expectNoAxeViolations(page);
});

test('the embed dialog keeps ?lang= in its snippets', async ({ page }) => {
	await open(page, `/t/${SLUG}?lang=uk`, 'uk');
	await page.getByRole('button', { name: 'Вбудувати' }).click();
	await expect(page.locator('#snippet-iframe')).toHaveValue(/\/embed\/trump-steps-back-2025-08\?lang=uk/);
});

test('an unknown ?lang= falls back to the browser language (English here), with a warning', async ({ page }) => {
	const warnings: string[] = [];
	page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
	await page.goto(`/t/${SLUG}?lang=xx&event=${CALL}`);
	await chartReady(page);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
	await expect(page.locator('#details time.when')).toHaveText('18 August 2025');
	await expect.poll(() => warnings.join('\n')).toContain('lang="xx"');
});

test('the browser language chooses when there is no ?lang=', async ({ browser, baseURL }) => {
	const context = await browser.newContext({ locale: 'uk-UA', baseURL });
	const page = await context.newPage();
	await page.goto(`/t/${SLUG}?event=${CALL}`);
	await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
	await expect(page.locator('#details time.when')).toHaveText('18 серпня 2025');
	// Not asked for in the URL: links do not add it.
	await expect(page.locator(`li[data-list-event-id="${CALL}"] > a`)).not.toHaveAttribute('href', /lang=/);
	await context.close();
});

test('English pages load no other language: the Ukrainian and Arabic chunks come only when chosen', async ({ page }) => {
	const scripts: string[] = [];
	page.on('response', async (r) => {
		if (r.url().endsWith('.js')) scripts.push(await r.text().catch(() => ''));
	});
	const loaded = (word: string) => scripts.some((s) => s.includes(word));
	await open(page, `/embed/${SLUG}`, 'en');
	await page.waitForLoadState('networkidle');
	// Words of the catalogues and of date-fns' locales (its Ukrainian and Arabic August).
	for (const word of ['Показати список', 'серпня', 'اعرض القائمة', 'أغسطس']) expect(loaded(word), word).toBe(false);
	await open(page, `/embed/${SLUG}?lang=ar`, 'ar');
	await page.waitForLoadState('networkidle');
	expect(loaded('اعرض القائمة') && loaded('أغسطس')).toBe(true);
});

test('the source page in Arabic: the interface in Arabic, the article marked as English', async ({ page }) => {
	await page.goto(`/sources/jordannews-trump-steps-back?lang=ar`);
	await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
	await expect(page.locator('.source .text')).toHaveAttribute('lang', 'en');
	await expect(page.locator('.source h1')).toHaveAttribute('lang', 'en');
	await expect(page.locator('.source .hint')).toHaveText(/^الفقرات المعلَّمة/);
	// Back links to events keep the language.
	await expect(page.locator('a.backlink').first()).toHaveAttribute('href', /lang=ar/);
	await expectNoAxeViolations(page);
});

test.describe('timeline:rendered with ?lang=', () => {
	/** Each timeline:rendered mark with the language the page had when it came. */
	async function recordMarks(page: Page) {
		await page.addInitScript(() => {
			const seen: string[] = [];
			(window as unknown as { __renderedIn: string[] }).__renderedIn = seen;
			new PerformanceObserver((list) => {
				for (const e of list.getEntries()) if (e.name === 'timeline:rendered') seen.push(document.documentElement.lang);
			}).observe({ type: 'mark' });
		});
		return () => page.evaluate(() => (window as unknown as { __renderedIn: string[] }).__renderedIn);
	}

	for (const [path, lang] of [
		[`/t/${SLUG}?lang=uk`, 'uk'],
		[`/embed/${SLUG}?lang=ar`, 'ar']
	] as const)
		test(`${path}: the mark comes once, with the page already in ${lang}`, async ({ page }) => {
			const marks = await recordMarks(page);
			await page.goto(path);
			await expect.poll(marks).toEqual([lang]);
			await expect(page.locator('html')).toHaveAttribute('lang', lang);
			// And no second one after a while (an English chart replaced by the chosen language's).
			await page.evaluate(() => new Promise((done) => setTimeout(done, 500)));
			expect(await marks()).toEqual([lang]);
		});

	test('a language that cannot be loaded leaves the page in English, rendered, with a warning', async ({ page, guard }) => {
		// The browser reports the failed request itself.
		guard.expectErrors.push(/Failed to load resource/);
		const warnings: string[] = [];
		page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
		const marks = await recordMarks(page);
		// The embed's build names its chunks (SvelteKit's are hashes only).
		let aborted = 0;
		await page.route(/\/_app\/immutable\/embed\/uk\.[\w-]+\.js$/, (route) => (aborted++, route.abort()));
		await page.goto(`/embed/${SLUG}?lang=uk`);
		await expect.poll(marks).toEqual(['en']);
		expect(aborted).toBeGreaterThan(0);
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(page.getByRole('button', { name: en.list.show })).toBeVisible();
		await expect.poll(() => warnings.some((w) => w.includes('the uk language could not be loaded'))).toBe(true);
	});
});
