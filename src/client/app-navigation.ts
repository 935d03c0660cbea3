/**
 * `$app/navigation` for the pages' own client (see start.ts). The pages only ever change their own
 * query string (filters, the selected event): a history entry (or a replaced one) and a new `page.url`,
 * with focus and scroll left where they are, as SvelteKit's `goto(url, { keepFocus, noScroll })`.
 * A URL of another page is a full navigation.
 */
import { page } from './app-state.svelte.ts';

export async function goto(url: string | URL, options: { replaceState?: boolean } = {}): Promise<void> {
	const next = new URL(url, location.href);
	if (next.origin !== location.origin || next.pathname !== location.pathname) {
		location.assign(next);
		return;
	}
	history[options.replaceState ? 'replaceState' : 'pushState'](history.state, '', next);
	page.url = next;
}
