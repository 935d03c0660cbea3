/**
 * Shared end-to-end fixtures: the timeline as the tests expect it (read from data/, not from the
 * site under test), and a page that fails the test on console errors, on any request that leaves
 * the site's origin, and on any Content-Security-Policy violation.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test as base, expect, type Page, type Response } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export const SLUG = 'trump-steps-back-2025-08';
export const SOURCE_ID = 'jordannews-trump-steps-back';
/** A page on another origin that embeds the timeline (e2e/host/, served by playwright.config.ts). */
export const HOST = 'http://127.0.0.1:4175/';

interface EventData {
	id: string;
	title: string;
	date: string | null;
	citations: { source: string; quote: string }[];
}
export const timeline = JSON.parse(readFileSync(resolve(import.meta.dirname, '..', 'data/timelines', `${SLUG}.json`), 'utf8')) as {
	id: string;
	title: string;
	events: EventData[];
};

export const event = (id: string): EventData => {
	const e = timeline.events.find((x) => x.id === id);
	if (!e) throw new Error(`test data: no event ${id}`);
	return e;
};

/** The chart's mark group for an event (the stable hook). */
/** An event's mark in the chart: an SVG group across, a button in the phone (vertical) layout. */
export const chartEvent = (page: Page, id: string) => page.locator(`.chart [data-event-id="${id}"]`);

/** Waits until the chart says it is rendered (the public performance mark). */
export async function chartReady(page: Page) {
	// Generous: a shared machine running two workers can take seconds to load and validate a large timeline.
	await expect.poll(() => page.evaluate(() => performance.getEntriesByName('timeline:rendered', 'mark').length), { timeout: 20_000 }).toBeGreaterThan(0);
}

/** Pairs of drawn chart labels whose boxes overlap (half a pixel of tolerance for anti-aliasing). */
export function labelOverlaps(page: Page): Promise<string[]> {
	return page.locator('.chart svg .event text').evaluateAll((texts) => {
		const boxes = texts.map((t) => ({ text: t.textContent, box: t.getBoundingClientRect() }));
		const hits: string[] = [];
		for (let i = 0; i < boxes.length; i++)
			for (let j = i + 1; j < boxes.length; j++) {
				const a = boxes[i]!.box;
				const b = boxes[j]!.box;
				if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5)
					hits.push(`"${boxes[i]!.text}" and "${boxes[j]!.text}"`);
			}
		return hits;
	});
}

/**
 * Holds back every script of the site until the returned function is called: the page as a reader
 * finds it before it hydrates (a slow network), prerendered and clickable.
 */
export async function holdScripts(page: Page): Promise<() => void> {
	let release!: () => void;
	const held = new Promise<void>((r) => (release = r));
	await page.route(/\/_app\/immutable\/.*\.js$/, async (route) => {
		await held;
		await route.continue();
	});
	return release;
}

/**
 * Opens `path`, a timeline page with its own script (scripts/client-build.js), and checks that the
 * script, from `/_app/immutable/<dir>/` and with no SvelteKit script beside it, hydrated the
 * prerendered element `selector` in place: the very element the HTML parser made before any script
 * ran (a page drawn again would hold a new one).
 */
export async function openWithOwnScript(page: Page, path: string, selector: string, dir: string) {
	const scripts: string[] = [];
	page.on('request', (r) => {
		if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
	});
	await page.addInitScript((sel) => {
		new MutationObserver((_, observer) => {
			const found = document.querySelector(sel);
			if (!found) return;
			(window as unknown as { prerendered: Element }).prerendered = found;
			observer.disconnect();
		}).observe(document, { childList: true, subtree: true });
	}, selector);
	await page.goto(path);
	await chartReady(page);
	expect(await page.evaluate((sel) => (window as unknown as { prerendered?: Element }).prerendered === document.querySelector(sel), selector)).toBe(true);
	expect(scripts.length).toBeGreaterThan(0);
	expect(scripts.filter((s) => !s.startsWith(`/_app/immutable/${dir}/`))).toEqual([]);
	await expect(page.locator('script[type="application/json"]#dateline-page-data')).toHaveCount(1);
}

/**
 * On a timeline page at `path` with nothing selected: selecting an event by keyboard is a history
 * entry, and back and forward step through it, as with SvelteKit's router.
 */
export async function expectSelectionHistory(page: Page, path: string, id: string) {
	await chartEvent(page, id).focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`${path}\\?event=${id}$`));
	await expect(page.locator('#details h2')).toHaveText(event(id).title);
	await page.goBack();
	await expect.poll(() => page.url()).toMatch(new RegExp(`${path}$`));
	await expect(page.locator('#details h2')).toHaveCount(0);
	await page.goForward();
	await expect(page.locator('#details h2')).toHaveText(event(id).title);
}

export async function expectNoAxeViolations(page: Page) {
	const results = await new AxeBuilder({ page }).analyze();
	const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
	expect(summary).toEqual([]);
}

interface Guard {
	errors: string[];
	foreign: string[];
	/** Content-Security-Policy violations reported by the site's own pages (never expected). */
	csp: string[];
	/** Console errors the test provokes on purpose (a failed fetch, a CORS refusal). */
	expectErrors: RegExp[];
}

/**
 * Waits until the site's page has hydrated (the public `dateline:hydrated` mark): a click or a key
 * on a prerendered control before then does nothing, and a test that acts at once races the
 * page's script (a busy CI machine lost such an Escape). Pages that are not the app's (JSON, the
 * host page on the other origin, the 404 page, which runs no script) are not waited for.
 */
export async function hydrated(page: Page) {
	await page.waitForFunction(
		() => !document.querySelector('script[src*="/_app/"], link[rel="modulepreload"]') || performance.getEntriesByName('dateline:hydrated', 'mark').length > 0,
		null,
		{ timeout: 20_000 }
	);
}

export const test = base.extend<{ guard: Guard }>({
	// goto and reload wait for hydration as well as the load event, unless a test asks for less
	// (`waitUntil: 'commit'`, to see the page before its scripts run) or runs without JavaScript.
	page: async ({ page, javaScriptEnabled }, use) => {
		if (javaScriptEnabled !== false) {
			const goto = page.goto.bind(page);
			const reload = page.reload.bind(page);
			// Not for an error page (the 404 page at an unknown path is plain HTML with working links).
			const wait = (response: Response | null, options?: { waitUntil?: string }) => (options?.waitUntil ?? 'load') === 'load' && response !== null && response.ok();
			page.goto = async (url, options) => {
				const response = await goto(url, options);
				if (wait(response, options)) await hydrated(page);
				return response;
			};
			page.reload = async (options) => {
				const response = await reload(options);
				if (wait(response, options)) await hydrated(page);
				return response;
			};
		}
		await use(page);
	},
	guard: [
		async ({ page, baseURL }, use) => {
			const origins = [new URL(baseURL!).origin, new URL(HOST).origin];
			const errors: string[] = [];
			const foreign: string[] = [];
			const expectErrors: RegExp[] = [];
			page.on('console', (m) => {
				if (m.type() === 'error') errors.push(m.text());
			});
			page.on('pageerror', (e) => errors.push(e.message));
			// Every frame reports CSP violations to the test (a binding works whatever the page's CSP;
			// with JavaScript off nothing runs, and the console check still sees the browser's own report).
			const csp: string[] = [];
			const siteOrigin = origins[0]!;
			await page.exposeBinding('__datelineCspViolation', (_source, report: string) => {
				if (report.startsWith(siteOrigin + '/')) csp.push(report);
			});
			await page.addInitScript(() => {
				document.addEventListener('securitypolicyviolation', (e) => {
					const report = (window as unknown as { __datelineCspViolation?: (r: string) => void }).__datelineCspViolation;
					report?.(`${e.documentURI}: ${e.effectiveDirective} blocked ${e.blockedURI || 'inline'}${e.sample ? ` (${e.sample})` : ''}`);
				});
			});
			page.on('request', (r) => {
				const url = r.url();
				if (!origins.some((o) => url.startsWith(o + '/')) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
			});
			await use({ errors, foreign, csp, expectErrors });
			expect(errors.filter((e) => !expectErrors.some((re) => re.test(e))), 'console errors').toEqual([]);
			expect(foreign, 'requests to other origins').toEqual([]);
			expect(csp, 'Content-Security-Policy violations').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };
