import { catalog, timelineOr404 } from '$lib/server/catalog';
import { SITE_NAME } from '$lib/config';
import { iframeSnippet } from '$lib/view/snippets';
import { SITE_ORIGIN } from '$lib/server/site';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => [...catalog().timelines.keys()].map((slug) => ({ slug }));

/** oEmbed (type rich) for a timeline, so CMSs that speak oEmbed can embed it from its URL. */
export const GET: RequestHandler = ({ params }) => {
	const t = timelineOr404(params.slug);
	const body = {
		type: 'rich',
		version: '1.0',
		title: t.title,
		provider_name: SITE_NAME,
		provider_url: `${SITE_ORIGIN}/`,
		width: 800,
		height: 640,
		html: iframeSnippet({ origin: SITE_ORIGIN, slug: t.id, title: t.title, query: '' })
	};
	return new Response(JSON.stringify(body, null, '\t') + '\n', { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
