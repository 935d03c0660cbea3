/** A plain left click, which a link handler may take over; modified clicks keep the browser's meaning. */
export function isPlainClick(e: MouseEvent): boolean {
	return e.button === 0 && !e.metaKey && !e.ctrlKey && !e.shiftKey && !e.altKey;
}
