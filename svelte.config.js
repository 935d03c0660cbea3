import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { themeBoot } from './scripts/theme-boot.js';

// `npm run bench` builds into its own directories so build/ and .svelte-kit/ stay untouched.
const out = process.env.DATELINE_OUT_DIR ?? 'build';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ pages: out, assets: out, strict: true }),
		outDir: process.env.DATELINE_KIT_DIR ?? '.svelte-kit',
		// Absolute asset paths: the 404 page (build/404.html) is served at any unknown path.
		paths: { relative: false },
		// The app's CSS (about 21 KB, 6 KB gzipped) goes in each page: a first paint need not wait for
		// two stylesheets queued behind a dozen module preloads (about 0.1 s at 1,000 events).
		inlineStyleThreshold: 32 * 1024,
		prerender: { handleMissingId: 'fail', handleHttpError: 'fail' },
		// Every page gets a Content-Security-Policy <meta>; SvelteKit hashes its own inline scripts.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				// The theme's inline script in src/app.html (scripts/theme-boot.js), by its hash.
				'script-src': ['self', themeBoot().hash],
				'style-src': ['self', 'unsafe-inline'],
				// blob: for the PNG export, which draws the chart's SVG (a blob URL) into a canvas.
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				// /view?src= and /embed?src= fetch timelines from other sites. Every other page gets
				// connect-src 'self' from the _headers rules as well, and the stricter policy wins.
				'connect-src': ['self', 'https:', 'http:'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
