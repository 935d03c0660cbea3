/**
 * Vite wraps every dynamic `import()` of a client build in a helper, `__vitePreload(load, deps)`,
 * and its own is 0.48 KB gzipped of the embed's script: it also loads the stylesheets of the
 * chunk and waits for them, and fires a `vite:preloadError` event. scripts/client-build.js puts this one in
 * its place. It fetches the chunk and the chunks it imports side by side (a language's strings and
 * date-fns' words for it), once each, then runs the import.
 *
 * The pages' later chunks bring no stylesheet: their components inject their own CSS
 * (`<svelte:options css="injected" />`), and client-build fails when a chunk would need one.
 */
const fetched = new Set<string>();

export function __vitePreload<T>(load: () => Promise<T>, deps?: string[]): Promise<T> {
	for (const dep of deps ?? []) {
		if (fetched.has(dep)) continue;
		fetched.add(dep);
		const link = document.createElement('link');
		link.rel = 'modulepreload';
		// Paths relative to the script's directory, where every chunk is.
		link.href = new URL(dep, import.meta.url).href;
		document.head.append(link);
	}
	return load();
}
