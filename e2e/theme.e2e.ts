/**
 * The colour theme is the page's from its first paint: the inline script in src/app.html
 * (scripts/theme-boot.js) sets <html data-theme> as the page is parsed, before the page's own script
 * has loaded, and hydration keeps what it set. Before, an embed asked for `?theme=dark` was drawn
 * light until its script had run. (With scripts off, neither runs, and the page follows the system.)
 */
import { SLUG, SOURCE_ID, expect, holdScripts, hydrated, test } from './fixtures';

const DARK_BG = 'rgb(20, 23, 27)';
const LIGHT_BG = 'rgb(255, 255, 255)';

const CASES: { path: string; scheme: 'light' | 'dark'; stored: 'light' | 'dark' | null; theme: 'light' | 'dark' | null }[] = [
	{ path: `/embed/${SLUG}?theme=dark`, scheme: 'light', stored: null, theme: 'dark' },
	{ path: `/embed/${SLUG}?theme=light`, scheme: 'dark', stored: null, theme: 'light' },
	// An embed follows its host, not the choice a reader made on this site.
	{ path: `/embed/${SLUG}`, scheme: 'light', stored: 'dark', theme: null },
	{ path: `/t/${SLUG}`, scheme: 'light', stored: 'dark', theme: 'dark' },
	{ path: `/t/${SLUG}?theme=light`, scheme: 'dark', stored: 'dark', theme: 'light' },
	{ path: '/', scheme: 'dark', stored: 'light', theme: 'light' },
	// The source pages a passage link opens keep the reader's choice too.
	{ path: `/sources/${SOURCE_ID}`, scheme: 'light', stored: 'dark', theme: 'dark' }
];

for (const { path, scheme, stored, theme } of CASES) {
	test(`${path}, system ${scheme}, ${stored ?? 'nothing'} remembered: ${theme ?? 'the system'}'s theme from the first paint`, async ({ page }) => {
		await page.emulateMedia({ colorScheme: scheme });
		await page.addInitScript(
			([stored]) => {
				if (stored) localStorage.setItem('dateline:theme', stored);
				// Every write of <html data-theme> (even of the value it has), when, and what it replaced.
				const seen: [number, string | null][] = [];
				(window as unknown as { __themes: typeof seen }).__themes = seen;
				new MutationObserver((records) => records.forEach((r) => seen.push([performance.now(), r.oldValue]))).observe(document, {
					subtree: true,
					attributes: true,
					attributeOldValue: true,
					attributeFilter: ['data-theme']
				});
			},
			[stored]
		);
		// The page as a reader on a slow network finds it: parsed, painted, its scripts not yet in.
		const release = await holdScripts(page);
		await page.goto(path, { waitUntil: 'commit' });
		await expect(page.locator('h1').first()).toBeVisible();
		await expect.poll(() => page.evaluate(() => performance.getEntriesByName('first-contentful-paint').length)).toBe(1);
		expect(await page.evaluate(() => performance.getEntriesByName('dateline:hydrated').length)).toBe(0);
		const bg = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
		const expected = theme ?? scheme;
		expect(await page.locator('html').getAttribute('data-theme')).toBe(theme);
		expect(await bg()).toBe(expected === 'dark' ? DARK_BG : LIGHT_BG);
		release();
		await hydrated(page);
		// Hydration kept it: the attribute was written once, by the inline script, before the first
		// paint, and never again (not even with the same value).
		const writes = await page.evaluate(() => (window as unknown as { __themes: [number, string | null][] }).__themes);
		expect(writes.map(([, old]) => old)).toEqual(theme ? [null] : []);
		const firstPaint = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Infinity);
		for (const [t] of writes) expect(t).toBeLessThan(firstPaint);
		expect(await page.locator('html').getAttribute('data-theme')).toBe(theme);
		expect(await bg()).toBe(expected === 'dark' ? DARK_BG : LIGHT_BG);
	});
}
