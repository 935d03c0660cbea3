/**
 * `$app/state` for the pages' own client (see start.ts): the part of SvelteKit's `page` that the
 * timeline pages' components read, its URL, kept in step with the history (goto in app-navigation.ts, back and forward).
 */
class ClientPage {
	url = $state(new URL(location.href));
	/** Read by nothing on these pages; here so `page` has SvelteKit's shape where it matters. */
	readonly params: Record<string, string> = {};
}

export const page = new ClientPage();

addEventListener('popstate', () => (page.url = new URL(location.href)));
