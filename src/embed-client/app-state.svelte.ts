/**
 * `$app/state` for the embed client (see main.ts): the part of SvelteKit's `page` that the embed's
 * components read, its URL, kept in step with the history (goto in app-navigation.ts, back and forward).
 */
class EmbedPage {
	url = $state(new URL(location.href));
	/** Read by nothing in the embed; here so `page` has SvelteKit's shape where it matters. */
	readonly params: Record<string, string> = {};
}

export const page = new EmbedPage();

addEventListener('popstate', () => (page.url = new URL(location.href)));
