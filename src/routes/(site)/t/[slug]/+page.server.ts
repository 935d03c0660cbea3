import { catalog, timelinePayload } from '$lib/server/catalog';

export const entries = () => [...catalog().timelines.keys()].map((slug) => ({ slug }));

export const load = ({ params }) => timelinePayload(params.slug);
