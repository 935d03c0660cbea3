import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

// Debian's chromium when present (CI and these machines cannot download Playwright's browsers);
// Playwright's own browser everywhere else.
const systemChromium = '/usr/bin/chromium';
const launchOptions = existsSync(systemChromium)
	? {
			executablePath: systemChromium,
			args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync']
		}
	: {};

const PORT = 4173;
const NO_JS_SPEC = '**/nojs.e2e.ts';
const VISUAL_SPEC = '**/visual.e2e.ts';
// Screenshots differ by platform and browser build: baselines are kept per platform and per browser
// (Debian's Chromium, which CI uses, or Playwright's own). A missing one is written on a developer's
// machine; CI never writes one, so a missing baseline fails there.
const browserTag = existsSync(systemChromium) ? 'debian-chromium' : 'playwright-chromium';
export const HOST_PORT = 4175;
/** A second build of the site that also holds a generated timeline of LARGE_EVENTS events (e2e/model.e2e.ts). */
export const LARGE_PORT = 4176;
export const LARGE_EVENTS = 3000;

export default defineConfig({
	testDir: 'e2e',
	testMatch: '**/*.e2e.ts',
	fullyParallel: true,
	forbidOnly: !!process.env.CI,
	retries: 0,
	// The suite checks behaviour, not speed, on shared 2-core machines running two workers: allow for
	// load (npm run bench reports speed).
	timeout: 60_000,
	expect: { timeout: 10_000 },
	workers: process.env.CI ? 2 : undefined,
	updateSnapshots: process.env.CI ? 'none' : 'missing',
	snapshotPathTemplate: `{testDir}/{testFilePath}-snapshots/{arg}-{platform}-${browserTag}{ext}`,
	reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
	use: {
		baseURL: `http://localhost:${PORT}`,
		trace: 'retain-on-failure',
		launchOptions
	},
	// Dates must not move with the reader's zone: the suite runs at UTC+14 and UTC-11, and
	// e2e/site.e2e.ts compares those with UTC in one test. The
	// no-JS project reads the prerendered pages with scripts off, and runs only its own spec.
	projects: [
		{ name: 'kiritimati', testIgnore: [NO_JS_SPEC, VISUAL_SPEC], use: { ...devices['Desktop Chrome'], timezoneId: 'Pacific/Kiritimati', launchOptions } },
		{ name: 'pago-pago', testIgnore: [NO_JS_SPEC, VISUAL_SPEC], use: { ...devices['Desktop Chrome'], timezoneId: 'Pacific/Pago_Pago', launchOptions } },
		{ name: 'no-js', testMatch: NO_JS_SPEC, use: { ...devices['Desktop Chrome'], javaScriptEnabled: false, launchOptions } },
		// Visual baselines (committed, compared within a small tolerance): desktop, phone and dark.
		{ name: 'visual', testMatch: VISUAL_SPEC, use: { ...devices['Desktop Chrome'], launchOptions } }
	],
	webServer: [
		{
			command: `npm run build && node scripts/serve.js --port ${PORT}`,
			url: `http://localhost:${PORT}/`,
			reuseExistingServer: !process.env.CI,
			timeout: 180_000,
			stdout: 'ignore',
			stderr: 'pipe'
		},
		{
			// A host page on another origin, for the embed tests (e2e/host/).
			command: `node scripts/serve.js --port ${HOST_PORT} --host 127.0.0.1 --dir e2e/host`,
			url: `http://127.0.0.1:${HOST_PORT}/`,
			reuseExistingServer: !process.env.CI,
			stdout: 'ignore'
		},
		{
			// The site as built with a generated timeline too large to prerender whole (npm run bench's
			// generator and build, into build-bench/): its pages carry a first part and load model.json.
			command: `npx tsx scripts/bench/run.ts --sizes ${LARGE_EVENTS} --build-only --no-vis && node scripts/serve.js --port ${LARGE_PORT} --dir build-bench/site-${LARGE_EVENTS}`,
			url: `http://localhost:${LARGE_PORT}/`,
			reuseExistingServer: !process.env.CI,
			timeout: 300_000,
			stdout: 'ignore',
			stderr: 'pipe'
		}
	]
});
