import { DEFAULT_TIMELINE } from '$lib/config';
import { timelineOr404 } from '$lib/server/catalog';

export const load = () => ({ timeline: timelineOr404(DEFAULT_TIMELINE) });
