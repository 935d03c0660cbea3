/**
 * The universal load of a timeline page (/t/<slug> and /embed/<slug>): in the browser, a large
 * timeline whose model.json the page preloads is unpacked before hydration once the preload is in
 * (waiting a second at most), so the page hydrates with every event (see preloaded). Otherwise
 * `whole` is null and the page shows its first part until TimelineLoader has loaded the rest.
 */
import { browser } from '$app/environment';
import { resolve } from '$app/paths';
import type { Timeline } from '../model/model.ts';
import type { PackedTimeline } from '../model/pack.ts';
import type { Rest } from '../model/preview.ts';
import { preloaded } from './loader.svelte.ts';

export async function withWhole<T extends { timeline: PackedTimeline; rest: Rest | null }>(data: T, fetcher: typeof fetch): Promise<T & { whole: Timeline | null }> {
	const { rest } = data;
	const id = data.timeline.meta.id;
	const whole = browser && rest ? await preloaded(resolve(`/t/${id}/model.json`), id, rest.total, fetcher) : null;
	return { ...data, whole };
}
