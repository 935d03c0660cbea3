/**
 * The script of /embed/<slug> pages: hydrates the page SvelteKit prerendered, without SvelteKit's
 * client (its router, loaders and data deserialiser: about a third of the page's JavaScript). The
 * embed never navigates to another page of the site; it changes only its own query string (see
 * app-navigation.ts). scripts/embed-build.js builds this file and writes the pages' data where it is
 * read below. In `vite dev` the route is SvelteKit's, with the same components.
 */
import { hydrate, mount } from 'svelte';
import { withWhole } from '$lib/view/whole';
import { DATA_ID } from './data-id.ts';
import Root from './Root.svelte';

async function start() {
	const block = document.getElementById(DATA_ID);
	const target = block?.parentElement;
	if (!block || !target) throw new Error(`Dateline: this page has no #${DATA_ID} data block`);
	// As the route's universal load does: a large timeline whose model.json the page preloads is
	// hydrated whole once the preload is in.
	const data = await withWhole(JSON.parse(block.textContent ?? ''), fetch);
	try {
		hydrate(Root, { target, props: { data }, recover: false });
	} catch (error) {
		// Never a dead page: drawn afresh, and said in the console (the tests fail on it).
		console.error('Dateline: the embed could not hydrate its prerendered HTML, so it was drawn again.', error);
		target.textContent = '';
		mount(Root, { target, props: { data } });
	}
}

void start();
