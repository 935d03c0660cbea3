import { packTimeline } from '$lib/model/pack';
import { catalog, timelineOr404 } from '$lib/server/catalog';

export const prerender = true;

export const entries = () => [...catalog().timelines.keys()].map((slug) => ({ slug }));

/**
 * The validated timeline as the page works with it (dates parsed, citations located), packed (see
 * pack.ts). A page whose timeline is too large to prerender whole loads the rest of it from here.
 * Not a public format: `/t/<slug>.json` is.
 */
export const GET = ({ params }) =>
	new Response(JSON.stringify(packTimeline(timelineOr404(params.slug))), { headers: { 'content-type': 'application/json; charset=utf-8' } });
