import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { scriptHash, themeBoot } from './theme-boot.js';
import config from '../svelte.config.js';
import { THEME_KEY, forcedTheme } from '../src/lib/view/theme.svelte.ts';

/** What the theme's inline script sets <html data-theme> to, on a page at `url` with `stored` remembered where the page remembers it. */
function boot(url: string, stored: string | null | Error): string | undefined {
	const { pathname, search } = new URL(url, 'https://dateline.example');
	const dataset: Record<string, string> = {};
	const localStorage = {
		getItem(key: string) {
			if (stored instanceof Error) throw stored;
			return key === THEME_KEY ? stored : null;
		}
	};
	vm.runInNewContext(themeBoot().text, { location: { pathname, search }, localStorage, URLSearchParams, document: { documentElement: { dataset } } });
	return dataset.theme;
}

describe("the theme's inline script", () => {
	it('sets what the page sets once it runs: ?theme=, else the remembered choice, never on an embed', () => {
		const cases: [url: string, stored: string | null, theme: string | undefined][] = [
			['/t/x', null, undefined],
			['/t/x', 'dark', 'dark'],
			['/t/x', 'light', 'light'],
			['/t/x?theme=light', 'dark', 'light'],
			['/t/x?theme=dark', null, 'dark'],
			// ?theme=auto and a value the page ignores (with a warning) leave the remembered choice.
			['/t/x?theme=auto', 'dark', 'dark'],
			['/t/x?theme=dark%3Bbackground%3Aurl(x)', 'light', 'light'],
			['/t/x?theme=sepia', null, undefined],
			['/', 'dark', 'dark'],
			['/sources/s1', 'dark', 'dark'],
			['/view?src=https%3A%2F%2Fexample.org%2Ft.json', 'light', 'light'],
			// Embeds follow their host: ?theme= only.
			['/embed/x', 'dark', undefined],
			['/embed', 'dark', undefined],
			['/embed/x?theme=dark', null, 'dark'],
			['/embed/x?theme=light&event=a', 'dark', 'light'],
			['/embed?src=x&theme=dark', null, 'dark'],
			// Not an embed, only a page whose name starts so.
			['/embedded', 'dark', 'dark'],
			// Something stored that is no theme.
			['/t/x', 'dark;x', undefined]
		];
		for (const [url, stored, theme] of cases) expect(boot(url, stored), `${url} with ${stored}`).toBe(theme);
	});

	it("reads ?theme= as the page does once it runs (forcedTheme)", () => {
		for (const value of ['light', 'dark', 'auto', 'sepia', 'DARK', 'dark;x', '', ' dark'])
			expect(boot(`/embed/x?theme=${encodeURIComponent(value)}`, 'light') ?? null, value).toBe(forcedTheme(new URLSearchParams({ theme: value })));
		expect(boot('/embed/x?theme=light&theme=dark', null)).toBe(forcedTheme(new URLSearchParams('theme=light&theme=dark')));
	});

	it('never throws where storage is refused (third-party frames, private modes)', () => {
		expect(boot('/t/x', new Error('SecurityError'))).toBeUndefined();
		expect(boot('/t/x?theme=dark', new Error('SecurityError'))).toBe('dark');
	});

	it("is allowed by the policy by its hash, and by nothing looser", () => {
		const html = readFileSync(new URL('../src/app.html', import.meta.url), 'utf8');
		const { text, hash } = themeBoot(html);
		expect(html).toContain(`<script>${text}</script>`);
		// The form a policy takes (the SHA-256 of the script's UTF-8 text, in base64), worked out here apart.
		expect(hash).toBe(`sha256-${createHash('sha256').update(Buffer.from(text, 'utf8')).digest('base64')}`);
		expect(scriptHash('')).toBe('sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
		const scriptSrc = config.kit?.csp?.directives?.['script-src'] ?? [];
		expect(scriptSrc).toEqual(['self', hash]);
		// After the page's policy (SvelteKit writes its <meta> in %sveltekit.head%), so the policy governs it.
		expect(html.indexOf('%sveltekit.head%')).toBeLessThan(html.indexOf(`<script>${text}`));
	});

	it('fails when the template has no inline script, or more than one', () => {
		expect(() => themeBoot('<head></head>')).toThrow('should have one inline script, found 0');
		expect(() => themeBoot('<script>a</script><script>b</script>')).toThrow('found 2');
	});
});
