#!/usr/bin/env node
/**
 * Second step of `npm run build` (after `vite build`, before precompress.js): gives the prerendered
 * timeline pages, /embed/<slug> and /t/<slug>, a script of their own instead of SvelteKit's client.
 * SvelteKit's router, data deserialiser and loaders are a third of an embed's JavaScript (issue 6:
 * at most 50 KB of JavaScript on /embed/<slug>), and on /t/<slug> its start-up (its larger script,
 * then its error page's chunks, then its router) held hydration back well behind the embed's in a
 * trace at 1,000 events. Neither page navigates to another page of the site by script: a link to
 * one is an ordinary navigation (a client-side navigation from a page that has SvelteKit's client
 * still renders them with it). The site's other pages keep SvelteKit's client.
 *
 * For each client in CLIENTS:
 * 1. Builds src/client/<name>.ts with Vite (the same Svelte config, `$app/*` replaced by the small
 *    modules beside it, and Vite's helper for dynamic imports by the smaller one in preload.ts)
 *    into <site>/_app/immutable/<name>/.
 * 2. In each <site>/<pages>/<slug>.html: SvelteKit's start-up script becomes a JSON data block (the
 *    page's data, as SvelteKit serialised it) and the module preloads become the new script's; that
 *    script's hash leaves the Content-Security-Policy, which keeps only the theme's (the one inline
 *    script left, scripts/theme-boot.js).
 *
 * Fails, naming the page, when a page is not shaped as this step expects (a SvelteKit upgrade that
 * changes its output): never a page whose script cannot start.
 * Usage: node scripts/client-build.js [site dir; default DATELINE_OUT_DIR or build]
 * (DATELINE_SOURCEMAP=1 writes source maps too, to see what the bytes are.)
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { themeBoot } from './theme-boot.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CLIENT = join(ROOT, 'src/client');
export const DATA_ID = 'dateline-page-data';

/**
 * V8's explicit compile hint (Chrome 136 on; other engines read a comment): the first line of the
 * pages' entry script, so that V8 compiles every function in it while the script streams in, on
 * another thread, rather than each on the main thread when hydration first calls it. Nearly all of
 * the entry runs before `timeline:rendered`: in the bench's traced loads at 1,000 events the main
 * thread's script time fell by a quarter or more (97 to 68 ms on /embed, 107 to 80 on /t), though
 * first render itself hardly moved on its 2-core machine, where that thread competes with the
 * browser's own (README, Performance). Chunks loaded later (the phone layout, languages, the EDTF
 * parser) are compiled as they are called. The hint goes in after Vite has named the file by its
 * hash: the same hash always means the same file still.
 */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/**
 * The pages given their own script: the entry (src/client/<name>.ts, written under
 * _app/immutable/<name>/ with SvelteKit's own immutable files, cached for good), the directory of
 * their prerendered HTML, and how many route components (layouts and the page) SvelteKit's root
 * holds for them, which src/client/Root.svelte mirrors.
 * @type {readonly { name: string; pages: string; nodes: number }[]}
 */
export const CLIENTS = [
	{ name: 'embed', pages: 'embed', nodes: 2 },
	{ name: 'timeline', pages: 't', nodes: 3 }
];

/** The theme's inline script (src/app.html), read once, when the first page is rewritten. */
let theme = /** @type {ReturnType<typeof themeBoot> | undefined} */ (undefined);

/** SvelteKit's start-up script of a prerendered page. */
const START_SCRIPT = /<script>\s*\{\s*__sveltekit_\w+\s*=[\s\S]*?<\/script>/g;
const PRELOAD = /[ \t]*<link href="[^"]+" rel="modulepreload">\n?/g;
/** Stylesheets SvelteKit links disabled when it has inlined them (for its client-side navigations). */
const DISABLED_CSS = /[ \t]*<link href="[^"]+\.css" rel="stylesheet" disabled media="\(max-width: 0\)">\n?/g;

/** Vite's helper for dynamic imports, replaced by the pages' own (see src/client/preload.ts). */
const PRELOAD_HELPER = '\0vite/preload-helper.js';
const preloadHelper = {
	name: 'dateline:preload-helper',
	enforce: /** @type {const} */ ('pre'),
	/** @param {string} id */
	resolveId: (id) => (id === PRELOAD_HELPER ? join(CLIENT, 'preload.ts') : null)
};

/**
 * @param {string} site the built site's directory
 * @param {string} name the entry, src/client/<name>.ts
 * @returns {Promise<Client>}
 */
async function buildClient(site, name) {
	const { build } = await import('vite');
	const { svelte } = await import('@sveltejs/vite-plugin-svelte');
	const publicDir = `_app/immutable/${name}`;
	const outDir = join(site, publicDir);
	rmSync(outDir, { recursive: true, force: true });
	await build({
		configFile: false,
		root: ROOT,
		// Where the files are served from: the paths of the chunks its dynamic imports load.
		base: `/${publicDir}/`,
		logLevel: 'warn',
		// svelte.config.js as SvelteKit's build reads it: the same preprocessing and CSS class names.
		plugins: [svelte(), preloadHelper],
		resolve: {
			alias: {
				$lib: join(ROOT, 'src/lib'),
				'$app/state': join(CLIENT, 'app-state.svelte.ts'),
				'$app/navigation': join(CLIENT, 'app-navigation.ts'),
				'$app/paths': join(CLIENT, 'app-paths.ts'),
				'$app/environment': join(CLIENT, 'app-environment.ts')
			}
		},
		build: {
			outDir,
			emptyOutDir: false,
			manifest: true,
			copyPublicDir: false,
			assetsDir: '',
			sourcemap: process.env.DATELINE_SOURCEMAP === '1',
			rolldownOptions: {
				input: join(CLIENT, `${name}.ts`),
				// A dynamic import of a module that is imported statically too loads nothing later: what it
				// was to keep out of the page's first script is in it (the EDTF parser was in /t's, through
				// the export code's import of a constant, until 3 December 2026: 15 KB gzipped).
				onLog(level, log, handler) {
					if (log.code === 'INEFFECTIVE_DYNAMIC_IMPORT') throw new Error(`client-build: ${name}: ${log.message.replace(/\x1b\[\d+m/g, '')}`);
					handler(level, log);
				},
				output: { entryFileNames: 'start.[hash].js', chunkFileNames: '[name].[hash].js', assetFileNames: '[name].[hash][extname]' }
			}
		}
	});
	/** @type {Record<string, { file: string; isEntry?: boolean; imports?: string[]; css?: string[] }>} */
	const manifest = JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8'));
	const entry = Object.values(manifest).find((m) => m.isEntry);
	if (!entry) throw new Error(`client-build: no entry in ${outDir}/.vite/manifest.json`);
	// Vite's own helper names this event; preload.ts does not. Found, it means Vite no longer loads
	// its helper by the id preloadHelper replaces (a Vite upgrade).
	const entryCode = readFileSync(join(outDir, entry.file), 'utf8');
	if (entryCode.includes('vite:preloadError'))
		throw new Error(`client-build: ${name}: ${entry.file} holds Vite's own helper for dynamic imports, not src/client/preload.ts: has Vite renamed ${JSON.stringify(PRELOAD_HELPER)}?`);
	// The compile hint goes first, once Vite has written the file: an output banner comes after the
	// list of chunks Vite's dynamic imports put at the top, and minification drops comments.
	writeFileSync(join(outDir, entry.file), withCompileHint(entryCode));
	const map = join(outDir, `${entry.file}.map`);
	if (existsSync(map)) {
		const json = JSON.parse(readFileSync(map, 'utf8'));
		json.mappings = `;${json.mappings}`; // one line more at the top
		writeFileSync(map, JSON.stringify(json));
	}
	// Its static imports, which the page preloads beside it (dynamic ones load when needed).
	/** @type {string[]} */
	const imports = [];
	/** @param {string} key */
	const visit = (key) => {
		for (const dep of manifest[key]?.imports ?? []) {
			const file = manifest[dep]?.file;
			if (!file) throw new Error(`client-build: ${name}: the manifest has no ${dep}`);
			if (!imports.includes(file)) imports.push(file), visit(dep);
		}
	};
	visit(Object.keys(manifest).find((k) => manifest[k] === entry) ?? '');
	// The pages have SvelteKit's CSS inlined already: the copy of it Vite extracted for the entry is
	// not used. A chunk loaded later cannot bring a stylesheet: the pages' preload helper
	// (src/client/preload.ts) loads none.
	for (const file of entry.css ?? []) rmSync(join(outDir, file));
	for (const later of Object.values(manifest).filter((m) => m !== entry && m.css?.length))
		throw new Error(
			`client-build: ${name}: ${later.file} would need the stylesheet ${later.css?.join(', ')}, which the page's script does not load: give its component <svelte:options css="injected" />, as VerticalChart.svelte has`
		);
	rmSync(join(outDir, '.vite'), { recursive: true, force: true });
	/** @param {string} file */
	const url = (file) => `/${publicDir}/${file}`;
	return { entry: url(entry.file), imports: imports.map(url) };
}

/**
 * The entry script with COMPILE_HINT as its first line (the script as it is when it has one).
 * @param {string} code
 */
export function withCompileHint(code) {
	return code.startsWith(`${COMPILE_HINT}\n`) ? code : `${COMPILE_HINT}\n${code}`;
}

/**
 * The page data SvelteKit serialised into its start-up script (a JavaScript expression, not JSON).
 * @param {string} script
 * @param {number} count how many route components the page is expected to have (layouts and page)
 * @param {string} where the page, for errors
 * @returns {unknown}
 */
function pageData(script, count, where) {
	const nodes = /node_ids:\s*\[([\d,\s]*)\]/.exec(script);
	const data = /\bdata:\s*(\[[\s\S]*\]),\s*form:/.exec(script);
	if (!nodes || !data) throw new Error(`client-build: ${where}: SvelteKit's start-up script has no node_ids or data`);
	// The entry hands Root.svelte the route's components: so many layouts, then the page.
	const layouts = count - 1;
	if ((nodes[1] ?? '').split(',').length !== count)
		throw new Error(`client-build: ${where}: expected a page under ${layouts === 1 ? 'one layout' : `${layouts} layouts`}, found nodes [${nodes[1]}]`);
	const value = vm.runInNewContext(`(${data[1]})`, Object.create(null), { timeout: 10_000 });
	const node = value[layouts];
	// Layouts without data (Root.svelte gives them none), and the page's.
	if (value.length !== count || value.slice(0, layouts).some((/** @type {unknown} */ v) => v !== null) || node?.type !== 'data' || typeof node.data !== 'object')
		throw new Error(`client-build: ${where}: unexpected page data`);
	return node.data;
}

/**
 * A JSON data block: `<` escaped so no text in the data can end the script element.
 * @param {unknown} data
 */
export function dataBlock(data) {
	const json = JSON.stringify(data).replace(/</g, '\\u003c');
	return `<script type="application/json" id="${DATA_ID}">${json}</script>`;
}

/** @typedef {{ entry: string; imports: string[] }} Client the URLs of a page's script and its static imports */

/**
 * The page with its own script in place of SvelteKit's client.
 * @param {string} html a prerendered page
 * @param {Client} client
 * @param {number} nodes how many route components SvelteKit's root holds for it (layouts and page)
 * @param {string} where the page, for errors
 */
export function rewritePage(html, client, nodes, where) {
	const starts = html.match(START_SCRIPT) ?? [];
	if (starts.length !== 1) {
		const again = html.includes(`id="${DATA_ID}"`) ? ' (this page was rewritten already: run vite build first)' : '';
		throw new Error(`client-build: ${where}: expected one SvelteKit start-up script, found ${starts.length}${again}`);
	}
	let out = html.replace(START_SCRIPT, () => dataBlock(pageData(starts[0], nodes, where)));
	const preloads = out.match(PRELOAD) ?? [];
	if (preloads.length === 0) throw new Error(`client-build: ${where}: no module preloads to replace`);
	const head = [...client.imports.map((/** @type {string} */ f) => `\t\t<link href="${f}" rel="modulepreload">\n`), `\t\t<script type="module" src="${client.entry}"></script>\n`].join('');
	let placed = false;
	out = out.replace(PRELOAD, () => (placed ? '' : ((placed = true), head)));
	out = out.replace(DISABLED_CSS, '');
	// The one inline script left is the theme's (scripts/theme-boot.js, from src/app.html): its hash
	// is the only one the policy keeps; SvelteKit's start-up script's goes with the script.
	const boot = (theme ??= themeBoot());
	const inline = [...out.matchAll(/<script(?![^>]*\b(?:src=|type="application\/json"))[^>]*>([\s\S]*?)<\/script>/g)];
	const other = inline.find((m) => m[1] !== boot.text);
	if (other) throw new Error(`client-build: ${where}: an inline script is left: ${other[0].slice(0, 80)}`);
	const csp = /(<meta http-equiv="content-security-policy" content="[^"]*script-src )([^;"]*)/.exec(out);
	if (!csp) throw new Error(`client-build: ${where}: no Content-Security-Policy with a script-src`);
	const sources = (csp[2] ?? '').replace(/\s*'sha256-[^']+'/g, '') + (inline.length > 0 ? ` '${boot.hash}'` : '');
	out = out.replace(csp[0], csp[1] + sources);
	return out;
}

/**
 * @param {string} site the built site's directory
 * @returns {Promise<{ name: string; client: Client; pages: number }[]>}
 */
export async function clientBuild(site) {
	const config = (await import(join(ROOT, 'svelte.config.js'))).default;
	if (config.kit?.paths?.base) throw new Error('client-build: a base path (kit.paths.base) is not supported by src/client/app-paths.ts');
	const built = [];
	for (const { name, pages: under, nodes } of CLIENTS) {
		const client = await buildClient(site, name);
		const dir = join(site, under);
		const pages = readdirSync(dir).filter((f) => f.endsWith('.html'));
		if (pages.length === 0) throw new Error(`client-build: no pages in ${relative(ROOT, dir)} for the ${name} script`);
		for (const page of pages) {
			const file = join(dir, page);
			writeFileSync(file, rewritePage(readFileSync(file, 'utf8'), client, nodes, relative(ROOT, file)));
		}
		built.push({ name, client, pages: pages.length });
	}
	return built;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const site = resolve(process.argv[2] ?? process.env.DATELINE_OUT_DIR ?? 'build');
	clientBuild(site).then(
		(built) => {
			for (const { name, client, pages } of built) console.log(`client-build: ${pages} ${name} page(s) use ${client.entry}`);
		},
		(error) => {
			console.error(error instanceof Error ? error.message : error);
			process.exit(1);
		}
	);
}
