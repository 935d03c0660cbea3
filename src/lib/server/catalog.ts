/**
 * Every timeline and source snapshot, read from data/ and validated once per build (on every
 * request in dev, so edits show at once). An invalid timeline stops the build with the validator's
 * messages, the same ones `npm run validate` prints.
 */
import { dev } from '$app/environment';
import { error } from '@sveltejs/kit';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Timeline } from '../model/model.ts';
import { packTimeline } from '../model/pack.ts';
import { facetTotals } from '../view/filters.ts';
import type { TimelinePayload } from '../view/loader.svelte.ts';
import { previewTimeline } from '../model/preview.ts';
import { formatIssue } from '../model/validate.ts';
import { checkFiles, readCheckedCache, safeReadSources, type CheckResult } from './check.ts';
import { citationsBySource, type CitedPassage } from './citations.ts';
import { dataFingerprint, timelineDirs } from './files.ts';

interface Catalog {
	timelines: Map<string, Timeline>;
	sources: CheckResult['sources'];
	/** Cited passages by source id (for the source pages). */
	citations: Map<string, CitedPassage[]>;
}

let cached: Catalog | null = null;

function load(): Catalog {
	const root = process.cwd();
	// In a build the vite plugin has validated the same files already (see readCheckedCache).
	const fingerprint = dev ? null : dataFingerprint(root);
	const cached = fingerprint === null ? null : readCheckedCache(root, fingerprint);
	if (cached) {
		const sources = new Map([...new Set(timelineDirs(root).map((d) => join(d, '..', 'sources')))].flatMap((d) => [...safeReadSources(d)]));
		return { timelines: new Map(cached.map((t) => [t.id, t])), sources, citations: citationsBySource(cached) };
	}
	const { timelines, issues, sources } = checkFiles(root);
	const errors = issues.filter((i) => i.severity === 'error');
	if (errors.length > 0) throw new Error(`Invalid timeline data:\n${errors.map(formatIssue).join('\n')}`);
	return {
		timelines: new Map(timelines.map((t) => [t.id, t])),
		// The snapshots checkFiles already read and hashed.
		sources,
		citations: citationsBySource(timelines)
	};
}

export function catalog(): Catalog {
	if (dev || !cached) cached = load();
	return cached;
}

export function timelineOr404(slug: string): Timeline {
	const t = catalog().timelines.get(slug);
	if (!t) error(404, `No timeline "${slug}"`);
	return t;
}

/** The timeline file as written, for download. */
export function timelineFile(slug: string): string {
	timelineOr404(slug);
	const file = timelineDirs(process.cwd())
		.map((dir) => join(dir, `${slug}.json`))
		.find((f) => existsSync(f));
	return readFileSync(file!, 'utf8');
}

/**
 * What a timeline page prerenders: the timeline, or for a large one its first part and where the
 * rest is (`/t/<slug>/model.json`), so pages stay small however many events there are. Packed
 * (see pack.ts): the page data is a third of the size of the timeline as JSON. With it, the whole
 * timeline's filter counts, so that the page need not count them before its first render.
 */
export function timelinePayload(slug: string): TimelinePayload {
	const full = timelineOr404(slug);
	const timeline = previewTimeline(full);
	return { timeline: packTimeline(timeline), rest: timeline === full ? null : { total: full.events.length }, facets: facetTotals(full) };
}
