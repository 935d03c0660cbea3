/**
 * Runs `fn` once the browser is idle (at most `timeout` ms later), or after a short delay where
 * there are no idle callbacks (Safari). Returns what cancels it: an `onMount` can return it as is.
 */
export function whenIdle(fn: () => void, timeout = 2000): () => void {
	if (typeof requestIdleCallback === 'function') {
		const id = requestIdleCallback(() => fn(), { timeout });
		return () => cancelIdleCallback(id);
	}
	const id = setTimeout(fn, 200);
	return () => clearTimeout(id);
}
