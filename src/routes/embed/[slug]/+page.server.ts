import { catalog, timelineOr404 } from '$lib/server/catalog';

export const entries = () => [...catalog().timelines.keys()].map((slug) => ({ slug }));

export const load = ({ params }) => ({ timeline: timelineOr404(params.slug) });
