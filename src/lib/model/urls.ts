/** Only http(s) URLs from data become links; anything else (javascript:, data:) is dropped. */
export function safeHref(url: string): string | null {
	try {
		const u = new URL(url.trim());
		return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
	} catch {
		return null;
	}
}

/**
 * `pageUrl` with `fragment` (e.g. from fragments.ts's `textFragment`) as its hash, replacing any hash it had;
 * null when `pageUrl` is not an absolute http(s) URL.
 */
export function fragmentUrl(pageUrl: string, fragment: string): string | null {
	if (safeHref(pageUrl) === null) return null;
	const page = pageUrl.trim();
	const hash = page.indexOf('#');
	return `${hash === -1 ? page : page.slice(0, hash)}#${fragment}`;
}
