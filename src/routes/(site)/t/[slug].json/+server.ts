import { catalog, timelineFile } from '$lib/server/catalog';

export const prerender = true;

export const entries = () => [...catalog().timelines.keys()].map((slug) => ({ slug }));

/** The timeline file as written, with `$schema` pointing at the schema this site serves. */
export const GET = ({ params }) => {
	const json = JSON.parse(timelineFile(params.slug)) as Record<string, unknown>;
	const body = JSON.stringify({ ...json, $schema: '/schema/timeline-v1.json' }, null, '\t');
	return new Response(body + '\n', { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
