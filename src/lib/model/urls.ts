/** Only http(s) URLs from data become links; anything else (javascript:, data:) is dropped. */
export function safeHref(url: string): string | null {
	try {
		const u = new URL(url.trim());
		return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
	} catch {
		return null;
	}
}
