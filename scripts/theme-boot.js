/**
 * The one inline script of the site: in src/app.html, after %sveltekit.head% (so after the page's
 * Content-Security-Policy <meta>, which governs it), it sets <html data-theme> before the first
 * paint, where the page's own script would set it only once it has loaded and hydrated: an embed
 * asked for `?theme=dark` was drawn light until then (seconds on a slow network). With scripts
 * off, neither runs: the page follows the system.
 *
 * What it sets is what src/lib/view/theme.svelte.ts sets once the page runs: `?theme=light` or
 * `dark`; otherwise, except on embeds (which follow their host, not this site's remembered
 * choice), the choice remembered under `dateline:theme`. A unit test runs it on those cases and
 * an e2e test checks that hydration never changes what it set.
 *
 * Its hash goes in the policy's script-src: svelte.config.js adds it for every page, and
 * scripts/client-build.js keeps it when it rewrites /t/<slug> and /embed/<slug>.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

const APP_HTML = new URL('../src/app.html', import.meta.url);

/**
 * The inline script of src/app.html: its text between the tags, and its hash as SvelteKit's
 * `kit.csp` takes it (`sha256-…`; the policy quotes it).
 * @param {string} [html] the app template (src/app.html unless given)
 */
export function themeBoot(html = readFileSync(APP_HTML, 'utf8')) {
	const scripts = [...html.matchAll(/<script>([^<]*)<\/script>/g)];
	if (scripts.length !== 1) throw new Error(`theme-boot: src/app.html should have one inline script, found ${scripts.length}`);
	const text = /** @type {string} */ (scripts[0]?.[1]);
	return { text, hash: scriptHash(text) };
}

/**
 * The hash that allows an inline script with exactly this text.
 * @param {string} text
 * @returns {`sha256-${string}`}
 */
export function scriptHash(text) {
	return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}
