/**
 * The corpus of invalid timelines (fixtures/invalid/, one file per kind of mistake, listed in
 * cases.json with the JSON path and a fragment of the reason): each is reported by the validator
 * with its file, path and reason, by `npm run validate` (exit 1, no stack trace), and, where the
 * check does not need the snapshot on disk, the same way when the file is loaded with ?src=.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRemoteTimeline } from '../remote/load.ts';
import { checkFiles } from '../server/check.ts';

interface Case {
	file: string;
	path: string;
	reason: string;
	severity: 'error' | 'warning';
	/** False when the check needs the snapshot on disk or the file's name, which ?src= loads do not have. */
	browser?: false;
}

const root = resolve(import.meta.dirname, '../../..');
const dir = join(import.meta.dirname, 'fixtures/invalid');
const cases = JSON.parse(readFileSync(join(dir, 'cases.json'), 'utf8')) as Case[];
const rel = (file: string) => `src/lib/model/fixtures/invalid/${file}`;

describe('the corpus of invalid timelines', () => {
	it('has at least 40 cases, each file listed once', () => {
		const files = readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'cases.json');
		expect(cases.length).toBeGreaterThanOrEqual(40);
		expect(cases.map((c) => c.file).sort()).toEqual(files.sort());
		expect(new Set(cases.map((c) => c.file)).size).toBe(cases.length);
	});

	it.each(cases)('$file: $path: $reason', ({ file, path, reason, severity }) => {
		const { timelines, issues } = checkFiles(root, [join(dir, file)]);
		expect(issues).toContainEqual({ severity, file: rel(file), path, message: expect.stringContaining(reason) });
		if (severity === 'error') expect(timelines).toEqual([]);
		else expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
	});

	it.each(cases.filter((c) => c.browser !== false))('?src= $file: $path: $reason', async ({ file, path, reason, severity }) => {
		const src = `https://news.example/${file}`;
		const body = readFileSync(join(dir, file), 'utf8');
		const result = await loadRemoteTimeline(src, { fetch: async () => new Response(body) });
		expect(result.issues).toContainEqual({ severity, file: src, path, message: expect.stringContaining(reason) });
		expect(result.timeline === null).toBe(severity === 'error');
	});

	it('npm run validate exits 1 and prints file, path and reason for each, without a stack trace', { timeout: 60_000 }, () => {
		const run = spawnSync(join(root, 'node_modules/.bin/tsx'), ['scripts/validate.ts', ...cases.map((c) => rel(c.file))], { cwd: root, encoding: 'utf8' });
		expect(run.status).toBe(1);
		const lines = run.stderr.split('\n');
		for (const c of cases) {
			const prefix = `${rel(c.file)}: ${c.severity}: ${c.path ? c.path + ': ' : ''}`;
			expect(lines.some((l) => l.startsWith(prefix) && l.includes(c.reason)), `${prefix}…${c.reason}`).toBe(true);
		}
		expect(run.stderr + run.stdout).not.toMatch(/\n\s+at |Error:|node:internal/);
	});

	it('npm run validate exits 0 for the one-event timeline (a warning) and 1 for a JSON syntax error alone', { timeout: 30_000 }, () => {
		const cli = (file: string) => spawnSync(join(root, 'node_modules/.bin/tsx'), ['scripts/validate.ts', rel(file)], { cwd: root, encoding: 'utf8' });
		const one = cli('one-event.json');
		expect(one.status).toBe(0);
		expect(one.stdout).toMatch(/^ok: one-event: 1 events/m);
		const syntax = cli('json-missing-comma.json');
		expect(syntax.status).toBe(1);
		expect(syntax.stderr).toMatch(/^src\/lib\/model\/fixtures\/invalid\/json-missing-comma\.json: error: is not valid JSON \(line 4, column 2\)/);
	});
});
