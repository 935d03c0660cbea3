/**
 * Reads timelines and source snapshots from disk for the CLI, the vite plugin and the tests.
 * (Pages get the same files through import.meta.glob in catalog.ts, so the build bundles them.)
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseJson, type ParsedJson } from '../model/json.ts';
import type { SourceStore, SourceText } from '../model/validate.ts';

export function sha256(bytes: Uint8Array | string): string {
	return createHash('sha256').update(bytes).digest('hex');
}

export function readSources(dir: string): SourceStore {
	const store = new Map<string, SourceText>();
	for (const name of readdirSync(dir).filter((n) => n.endsWith('.txt'))) {
		const bytes = readFileSync(join(dir, name));
		store.set(name, { text: bytes.toString('utf8'), sha256: sha256(bytes) });
	}
	return store;
}

/**
 * Where the build reads timelines: data/timelines, and for `npm run bench` also the timelines
 * directory under DATELINE_BENCH_DATA (synthetic timelines that are never committed).
 */
export function timelineDirs(root: string): string[] {
	const bench = process.env.DATELINE_BENCH_DATA;
	return [join(root, 'data/timelines'), ...(bench ? [join(resolve(root, bench), 'timelines')] : [])];
}

export function listTimelineFiles(dir: string): string[] {
	return readdirSync(dir)
		.filter((n) => n.endsWith('.json'))
		.sort()
		.map((n) => join(dir, n));
}

/** The file's JSON, or the syntax error as a message that names line and column. */
export function readJson(file: string): ParsedJson {
	return parseJson(readFileSync(file, 'utf8'));
}

/** Which files, of what size and age: a change to any of them checks everything again. */
export function dataFingerprint(root: string): string {
	const files = timelineDirs(root).flatMap((dir) => {
		const sources = join(dirname(dir), 'sources');
		let txt: string[] = [];
		try {
			txt = readdirSync(sources).map((n) => join(sources, n));
		} catch {
			// no sources next to these timelines
		}
		let json: string[] = [];
		try {
			json = listTimelineFiles(dir);
		} catch {
			// no such directory: checkFiles reports what matters
		}
		return [...json, ...txt];
	});
	return files
		.map((f) => {
			const s = statSync(f, { throwIfNoEntry: false });
			return `${f}:${s?.size}:${s?.mtimeMs}`;
		})
		.join('|');
}
