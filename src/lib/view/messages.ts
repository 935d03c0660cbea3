/**
 * Messages an embed sends to its host page (public API, see README):
 *   { type: 'dateline:resize', height }  the content height in CSS pixels, whenever it changes;
 *   { type: 'dateline:select', event }   the selected event id, or null, whenever it changes.
 * They carry nothing private, so they go to any parent ('*'); static/embed.js on the host accepts
 * them only from its own iframes and the embed's origin, and only in these shapes.
 */

export type EmbedMessage = { type: 'dateline:resize'; height: number } | { type: 'dateline:select'; event: string | null };

export function postToHost(message: EmbedMessage) {
	if (typeof window !== 'undefined' && window.parent !== window) window.parent.postMessage(message, '*');
}
