import { DEFAULT_TIMELINE } from '$lib/config';
import { timelinePayload } from '$lib/server/catalog';

export const load = () => timelinePayload(DEFAULT_TIMELINE);
