/** Validates timeline files on disk with the shared validator; used by the CLI and the build. */
import { dirname, join, relative } from 'node:path';
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

function safeReadSources(dir: string) {
	try {
		return readSources(dir);
	} catch {
		return new Map();
	}
}
