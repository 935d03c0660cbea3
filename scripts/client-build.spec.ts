import { describe, expect, it } from 'vitest';
import { COMPILE_HINT, DATA_ID, rewritePage, withCompileHint } from './client-build.js';
import { DATA_ID as CLIENT_DATA_ID } from '../src/client/data-id.ts';
import { themeBoot } from './theme-boot.js';

const boot = themeBoot();
const client = { entry: '/_app/immutable/embed/start.abc.js', imports: ['/_app/immutable/embed/chunk.def.js'] };

/**
 * A page as SvelteKit 2 prerenders it (trimmed): preloads, the inlined CSS's disabled links, the
 * theme's inline script from src/app.html (`theme: false` for a page without it), its start-up script.
 */
function kitPage({ data = '{timeline:{meta:{id:"x",title:"A \\u003C/script> title"}},rest:null}', nodes = '0, 9', layouts = 'null', extra = '', theme = true } = {}) {
	return `<!doctype html>
<html lang="en">
	<head>
		<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' '${boot.hash}' 'sha256-uqEQo9uQWBNljjqTuIngLL1/yx8g+EqBpCNFubT3WU8='; style-src 'self' 'unsafe-inline'">
		<link href="/_app/immutable/entry/start.CjEWigfT.js" rel="modulepreload">
		<link href="/_app/immutable/chunks/CUeFgY6g.js" rel="modulepreload">
		<title>A title</title>
		<link href="/_app/immutable/assets/0.sKYoiArj.css" rel="stylesheet" disabled media="(max-width: 0)">
		${theme ? `<script>${boot.text}</script>` : ''}
	</head>
	<body>
		<div style="display: contents"><!--[--><div class="embed">…</div><!--]-->
			${extra}
			<script>
				{
					__sveltekit_2o0xng = {
						base: ""
					};

					const element = document.currentScript.parentElement;

					Promise.all([
						import("/_app/immutable/entry/start.CjEWigfT.js"),
						import("/_app/immutable/entry/app.Dt4K6RQp.js")
					]).then(([kit, app]) => {
						kit.start(app, element, {
							node_ids: [${nodes}],
							data: [${layouts},{type:"data",data:${data},uses:{params:["slug"]}}],
							form: null,
							error: null
						});
					});
				}
			</script>
		</div>
	</body>
</html>`;
}

describe('rewritePage', () => {
	const page = rewritePage(kitPage(), client, 2, 'embed/x.html');

	it('puts the page data, as SvelteKit serialised it, in a JSON block the client reads', () => {
		expect(CLIENT_DATA_ID).toBe(DATA_ID);
		const block = new RegExp(`<script type="application/json" id="${DATA_ID}">(.*?)</script>`).exec(page);
		expect(block).not.toBeNull();
		expect(JSON.parse(block![1]!)).toEqual({ timeline: { meta: { id: 'x', title: 'A </script> title' } }, rest: null });
		// No text in the data can close the block early.
		expect(block![1]).not.toContain('<');
	});

	it('loads its own script, not SvelteKit’s', () => {
		expect(page).not.toContain('__sveltekit');
		expect(page).not.toContain('/_app/immutable/entry/');
		expect(page).not.toContain('/_app/immutable/chunks/');
		expect(page).toContain(`<link href="${client.imports[0]}" rel="modulepreload">`);
		expect(page).toContain(`<script type="module" src="${client.entry}"></script>`);
		// The inlined CSS's disabled links served only SvelteKit's client-side navigation.
		expect(page).not.toContain('disabled media');
	});

	it("leaves no inline script but the theme's, and only its hash in the policy", () => {
		expect(page).toContain(`script-src 'self' '${boot.hash}'; style-src 'self' 'unsafe-inline'`);
		expect(page.match(/sha256-/g)).toHaveLength(1);
		expect(page.match(/<script/g)).toHaveLength(3);
		expect(page).toContain(`<script>${boot.text}</script>`);
		// A page without the theme's script gets no hash at all.
		const bare = rewritePage(kitPage({ theme: false }), client, 2, 'embed/b.html');
		expect(bare).toContain(`script-src 'self'; style-src 'self' 'unsafe-inline'`);
		expect(bare).not.toContain('sha256-');
	});

	it('fails, naming the page, when the page is not shaped as expected', () => {
		expect(() => rewritePage('<html><body></body></html>', client, 2, 'embed/y.html')).toThrow('embed/y.html: expected one SvelteKit start-up script, found 0');
		expect(() => rewritePage(page, client, 2, 'embed/x.html')).toThrow('rewritten already');
		expect(() => rewritePage(kitPage({ nodes: '0, 2, 9' }), client, 2, 'embed/z.html')).toThrow('embed/z.html: expected a page under one layout, found nodes [0, 2, 9]');
		expect(() => rewritePage(kitPage({ extra: '<script>alert(1)</script>' }), client, 2, 'embed/w.html')).toThrow('embed/w.html: an inline script is left');
		expect(() => rewritePage(kitPage({ nodes: '0, 2, 9', layouts: 'null,{type:"data",data:{a:1}}' }), client, 3, 't/v.html')).toThrow('t/v.html: unexpected page data');
		expect(() => rewritePage(kitPage({ nodes: '0, 2, 9', layouts: 'null' }), client, 3, 't/u.html')).toThrow('t/u.html: unexpected page data');
		expect(() => rewritePage(kitPage(), client, 3, 't/s.html')).toThrow('t/s.html: expected a page under 2 layouts, found nodes [0, 9]');
	});

	it('takes the page data of a page under two layouts (/t/<slug>), which have none', () => {
		const t = rewritePage(kitPage({ nodes: '0, 2, 9', layouts: 'null,null' }), client, 3, 't/x.html');
		const block = new RegExp(`<script type="application/json" id="${DATA_ID}">(.*?)</script>`).exec(t);
		expect(JSON.parse(block![1]!)).toEqual({ timeline: { meta: { id: 'x', title: 'A </script> title' } }, rest: null });
		expect(t).not.toContain('__sveltekit');
	});
});

describe('withCompileHint', () => {
	it('puts V8’s compile hint on the first line of the entry, once', () => {
		const code = 'const __vite__mapDeps=0;\nfunction f(){}';
		expect(COMPILE_HINT).toBe('//# allFunctionsCalledOnLoad');
		expect(withCompileHint(code)).toBe(`//# allFunctionsCalledOnLoad\n${code}`);
		expect(withCompileHint(withCompileHint(code))).toBe(withCompileHint(code));
	});
});
