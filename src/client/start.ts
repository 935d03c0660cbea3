/**
 * Hydrates a page SvelteKit prerendered, without SvelteKit's client (its router, loaders and data
 * deserialiser: about a third of the embed's JavaScript, and on /t a start-up that held back
 * hydration). Used by /embed/<slug> (embed.ts) and /t/<slug>
 * (timeline.ts), which change only their own query string (see app-navigation.ts); a link to
 * another page of the site is an ordinary navigation. scripts/client-build.js builds the entries
 * and writes each page's data where it is read below. In `vite dev` the routes are SvelteKit's,
 * with the same components.
 */
import { hydrate, mount, type Component } from 'svelte';
import { withWhole } from '$lib/view/whole';
import type { TimelinePayload } from '$lib/view/loader.svelte';
import { DATA_ID } from './data-id.ts';
import Root from './Root.svelte';
import { rememberLaidOutWidths } from '$lib/chart/widths';

/** @param constructors the route's components, outermost first, as SvelteKit's root takes them */
export async function start(constructors: Component<any>[]): Promise<void> {
	// First, as the script starts: read during hydration, each width would make the browser lay out
	// hydration's changes so far (see widths.ts). Forgotten once hydration is over.
	const forgetWidths = rememberLaidOutWidths();
	const block = document.getElementById(DATA_ID);
	const target = block?.parentElement;
	if (!block || !target) throw new Error(`Dateline: this page has no #${DATA_ID} data block`);
	// As the routes' universal load does: a large timeline whose model.json the page preloads is
	// hydrated whole once the preload is in.
	const data = await withWhole(JSON.parse(block.textContent ?? '') as TimelinePayload, fetch);
	const props = { constructors, data, params: { slug: data.timeline.meta.id } };
	try {
		hydrate(Root, { target, props, recover: false });
	} catch (error) {
		// Never a dead page: drawn afresh, and said in the console (the tests fail on it).
		console.error('Dateline: the page could not hydrate its prerendered HTML, so it was drawn again.', error);
		target.textContent = '';
		mount(Root, { target, props });
	}
	// After the effects hydration set off (they run in microtasks), before any later change of size.
	requestAnimationFrame(forgetWidths);
}
