/** The HTML a host page pastes to embed a timeline: a plain iframe, or the self-sizing loader. */

export function escapeAttribute(s: string): string {
	return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export interface SnippetInput {
	/** The site's origin, e.g. https://dateline.example */
	origin: string;
	slug: string;
	title: string;
	/** The query string of view options, '' or starting with '?'. */
	query: string;
}

export function embedUrl({ origin, slug, query }: SnippetInput): string {
	return `${origin}/embed/${encodeURIComponent(slug)}${query}`;
}

export function iframeSnippet(input: SnippetInput): string {
	return `<iframe src="${escapeAttribute(embedUrl(input))}" title="${escapeAttribute(`Timeline: ${input.title}`)}" width="100%" height="640" style="border:0" loading="lazy"></iframe>`;
}

export function loaderSnippet(input: SnippetInput, hash = false): string {
	return (
		`<div data-dateline="${escapeAttribute(embedUrl(input))}" data-dateline-title="${escapeAttribute(`Timeline: ${input.title}`)}"${hash ? ' data-dateline-hash' : ''}></div>\n` +
		`<script async src="${escapeAttribute(`${input.origin}/embed.js`)}"></script>`
	);
}
