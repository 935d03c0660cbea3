/** Validates timeline files on disk with the shared validator; used by the CLI and the build. */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { validateTimeline, type Issue, type SourceText } from '../model/validate.ts';
import type { Timeline } from '../model/model.ts';
import { listTimelineFiles, readJson, readSources, timelineDirs } from './files.ts';

export interface CheckResult {
	timelines: Timeline[];
	issues: Issue[];
	/** The source snapshots the timelines were checked against, by file name. */
	sources: ReadonlyMap<string, SourceText>;
}

/** Checks the given files (default: every file in data/timelines, see timelineDirs); sources come from data/sources next to them. */
export function checkFiles(root: string, files?: string[]): CheckResult {
	const list = files && files.length > 0 ? files : timelineDirs(root).flatMap(listTimelineFiles);
	const timelines: Timeline[] = [];
	const issues: Issue[] = [];
	const stores = new Map<string, ReturnType<typeof readSources>>();
	for (const file of list) {
		const name = relative(root, file) || file;
		const sourcesDir = join(dirname(file), '..', 'sources');
		if (!stores.has(sourcesDir)) stores.set(sourcesDir, safeReadSources(sourcesDir));
		let json;
		try {
			json = readJson(file);
		} catch (e) {
			issues.push({ severity: 'error', file: name, path: '', message: `cannot be read: ${(e as Error).message}` });
			continue;
		}
		if ('error' in json) {
			issues.push({ severity: 'error', file: name, path: '', message: json.error });
			continue;
		}
		const result = validateTimeline(json.value, name, stores.get(sourcesDir)!);
		issues.push(...result.issues);
		if (result.timeline) timelines.push(result.timeline);
	}
	return { timelines, issues, sources: new Map([...stores.values()].flatMap((s) => [...s])) };
}

export function safeReadSources(dir: string): ReturnType<typeof readSources> {
	try {
		return readSources(dir);
	} catch {
		return new Map();
	}
}

/**
 * Timelines validated earlier in this same build: the vite plugin validates once and writes them
 * here, and the page catalog (loaded again in each of the build's worker threads) reads them
 * instead of validating every timeline again. Keyed by the build's process id and the data's
 * fingerprint (files, sizes, times), so another build or changed data never reads it.
 */
const cacheFile = (root: string) => join(resolve(root, process.env.DATELINE_KIT_DIR ?? '.svelte-kit'), 'dateline-validated.json');

export function writeCheckedCache(root: string, fingerprint: string, timelines: Timeline[]): void {
	try {
		writeFileSync(cacheFile(root), JSON.stringify({ pid: process.pid, fingerprint, timelines }));
	} catch {
		// no cache: the catalog validates itself
	}
}

export function readCheckedCache(root: string, fingerprint: string): Timeline[] | null {
	try {
		const cached = JSON.parse(readFileSync(cacheFile(root), 'utf8'));
		return cached?.pid === process.pid && cached.fingerprint === fingerprint && Array.isArray(cached.timelines) ? cached.timelines : null;
	} catch {
		return null;
	}
}
