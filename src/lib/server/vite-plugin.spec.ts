import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { validateTimelines } from './vite-plugin.ts';

const root = resolve(import.meta.dirname, '../../..');
const SLUG = 'trump-steps-back-2025-08';
const dirs: string[] = [];

/** A copy of the project's data/ in a temporary root, with the timeline changed by `edit`. */
function project(edit: (json: Record<string, any>) => void): string {
	const dir = mkdtempSync(join(tmpdir(), 'dateline-build-'));
	dirs.push(dir);
	cpSync(join(root, 'data'), join(dir, 'data'), { recursive: true });
	const file = join(dir, 'data/timelines', `${SLUG}.json`);
	const json = JSON.parse(readFileSync(file, 'utf8'));
	edit(json);
	writeFileSync(file, JSON.stringify(json));
	return dir;
}

function runBuildStart(dir: string) {
	const plugin = validateTimelines(dir);
	const warnings: string[] = [];
	const ctx = {
		warn: (m: string) => warnings.push(m),
		error: (m: string) => {
			throw new Error(m);
		}
	};
	(plugin.buildStart as unknown as (this: typeof ctx) => void).call(ctx);
	return warnings;
}

afterEach(() => {
	for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('validateTimelines (the build step)', () => {
	it('lets the real data through', () => {
		expect(runBuildStart(root)).toEqual([]);
	});

	it('fails the build with the validator’s message, file and JSON path', () => {
		const dir = project((j) => (j.events[3].citations[0].quote = 'Words the article never said.'));
		expect(() => runBuildStart(dir)).toThrow(
			/invalid timeline data:\ndata\/timelines\/trump-steps-back-2025-08\.json: error: events\[3\]\.citations\[0\]\.quote: not found in source/
		);
	});

	it('fails the build on a bad date, naming the path', () => {
		const dir = project((j) => (j.events[0].date = '2025-13-45'));
		expect(() => runBuildStart(dir)).toThrow(/events\[0\]\.date: "2025-13-45" is not a valid EDTF date/);
	});
});
