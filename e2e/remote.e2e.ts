import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { HOST, SLUG, expect, expectNoAxeViolations, test, timeline } from './fixtures';

const raw = readFileSync(resolve(import.meta.dirname, '..', 'data/timelines', `${SLUG}.json`), 'utf8');
const REMOTE = `${HOST}remote/timeline.json`;
const CORS = { 'access-control-allow-origin': '*', 'content-type': 'application/json' };

/** Serves `body` at REMOTE (on the host's origin), with or without CORS. */
async function serveRemote(page: Page, body: string, headers: Record<string, string> = CORS) {
	await page.route(REMOTE, (route) => route.fulfill({ status: 200, headers, body }));
}

const src = (url: string) => `?src=${encodeURIComponent(url)}`;

test.describe('timelines from elsewhere (?src=)', () => {
	test('/view loads, validates and draws a timeline; its quotes are marked unverified', async ({ page }) => {
		await page.goto(`/view${src(`http://localhost:4173/t/${SLUG}.json`)}`);
		await expect(page.locator('h1')).toHaveText(timeline.title);
		await expect(page.locator('svg [data-event-id]')).toHaveCount(timeline.events.length);
		await expect(page.locator('.credit')).toContainText('not available here to check them against');
		await page.locator('svg [data-event-id="trump-putin-call"] .mark').first().click();
		await expect(page).toHaveURL(/src=.*&event=trump-putin-call$/);
		await expect(page.locator('#details .unverified')).toHaveText(/Unverified quote/);
		await expect(page.locator('#details .passage-link')).toHaveCount(0);
		await expect(page.getByRole('button', { name: 'Embed' })).toHaveCount(0);
		await expectNoAxeViolations(page);
	});

	test('/embed loads a timeline from another origin that allows CORS', async ({ page }) => {
		await serveRemote(page, raw);
		await page.goto(`/embed${src(REMOTE)}&event=alaska-summit`);
		await expect(page.locator('.embed-head')).toContainText('quotes unverified');
		await expect(page.locator('svg [data-event-id]')).toHaveCount(timeline.events.length);
		await expect(page.locator('#details h2')).toHaveText(/Alaska/);
		await expectNoAxeViolations(page);
	});

	test('text in a remote timeline is shown as text, never as HTML', async ({ page }) => {
		const json = JSON.parse(raw);
		json.title = '<img src=x onerror="document.title=\'owned\'">';
		json.events[4].title = '<script>document.title="owned"</script>';
		let dialogs = 0;
		page.on('dialog', (d) => {
			dialogs++;
			return d.dismiss();
		});
		await serveRemote(page, JSON.stringify(json));
		await page.goto(`/view${src(REMOTE)}`);
		await expect(page.locator('h1')).toHaveText(json.title);
		await expect(page.locator('main img')).toHaveCount(0);
		await expect(page.locator(`svg [data-event-id="${json.events[4].id}"]`)).toHaveAttribute('aria-label', /<script>/);
		expect(await page.title()).not.toBe('owned');
		expect(dialogs).toBe(0);
	});

	const failures: [string, (page: Page) => Promise<string>, RegExp, RegExp[]][] = [
		['no src', async () => '', /Add \?src=/, []],
		['a javascript: URL', async () => 'javascript:alert(1)', /must be an absolute http/, []],
		[
			'a network failure',
			async (page) => {
				await page.route(REMOTE, (r) => r.abort('connectionrefused'));
				return REMOTE;
			},
			/could not be fetched/,
			[/Failed to load resource/]
		],
		[
			'a server that does not allow CORS',
			// A real response without Access-Control-Allow-Origin (route.fulfill would skip the check).
			async () => `${HOST}remote/no-cors.json`,
			/could not be fetched.*CORS/,
			[/CORS policy|Failed to load resource/]
		],
		[
			'an HTTP error',
			async (page) => {
				await page.route(REMOTE, (r) => r.fulfill({ status: 404, headers: CORS, body: 'no' }));
				return REMOTE;
			},
			/answered 404/,
			[/Failed to load resource/]
		],
		[
			'not JSON',
			async (page) => {
				await serveRemote(page, '<!doctype html><p>hello</p>');
				return REMOTE;
			},
			/is not valid JSON \(line 1, column 1\)/,
			[]
		],
		[
			'over 10 MB',
			async (page) => {
				await serveRemote(page, `{"pad":"${'x'.repeat(10.5 * 1024 * 1024)}"}`);
				return REMOTE;
			},
			/larger than 10 MB/,
			[]
		]
	];
	for (const [name, setup, message, expected] of failures) {
		test(`an error panel, never a blank frame: ${name}`, async ({ page, guard }) => {
			guard.expectErrors.push(...expected);
			const url = await setup(page);
			for (const path of ['/view', '/embed']) {
				await page.goto(url ? `${path}${src(url)}` : path);
				const panel = page.getByRole('alert');
				await expect(panel).toContainText('This timeline could not be shown');
				await expect(panel).toContainText(message);
			}
		});
	}

	test('an error panel lists validation problems with their JSON paths', async ({ page }) => {
		const json = JSON.parse(raw);
		json.events[1].date = 'soon';
		json.events[3].actors = ['nobody'];
		await serveRemote(page, JSON.stringify(json));
		await page.goto(`/embed${src(REMOTE)}`);
		const panel = page.getByRole('alert');
		await expect(panel).toContainText('events[1].date: "soon" is not a valid EDTF date');
		await expect(panel).toContainText('events[3].actors[0]: unknown actor "nobody"');
		await expectNoAxeViolations(page);
	});

	test('an error panel after 15 seconds without an answer', async ({ page }) => {
		test.setTimeout(40_000);
		await page.route(REMOTE, () => new Promise(() => {}));
		await page.goto(`/view${src(REMOTE)}`);
		await expect(page.getByRole('status')).toContainText('Loading the timeline');
		await expect(page.getByRole('alert')).toContainText('no answer within 15 seconds', { timeout: 20_000 });
	});
});
