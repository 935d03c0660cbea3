/**
 * The invalid-timeline corpus (src/lib/model/fixtures/invalid/) through the build: each file, put in
 * a project's data/timelines/, stops `vite build` with its file, JSON path and reason (errors), or
 * lets it through with the warning printed (warnings). One case runs the real `vite build` to show
 * the plugin is wired in vite.config.ts; the rest call the plugin's buildStart directly.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateTimelines } from './vite-plugin.ts';

interface Case {
	file: string;
	path: string;
	reason: string;
	severity: 'error' | 'warning';
}

const root = resolve(import.meta.dirname, '../../..');
const corpus = join(root, 'src/lib/model/fixtures/invalid');
const cases = JSON.parse(readFileSync(join(corpus, 'cases.json'), 'utf8')) as Case[];
const temp = mkdtempSync(join(tmpdir(), 'dateline-corpus-build-'));

afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** A project root whose data/ holds only the corpus file and the fixtures' source snapshots. */
function project(file: string): string {
	const dir = join(temp, file.replace(/\.json$/, ''));
	mkdirSync(join(dir, 'data/timelines'), { recursive: true });
	cpSync(join(root, 'src/lib/model/fixtures/sources'), join(dir, 'data/sources'), { recursive: true });
	cpSync(join(corpus, file), join(dir, 'data/timelines', file));
	return dir;
}

function buildStart(dir: string): { warnings: string[]; error: string | null } {
	const plugin = validateTimelines(dir);
	const warnings: string[] = [];
	let error: string | null = null;
	const ctx = {
		warn: (m: string) => warnings.push(m),
		error: (m: string) => {
			error = m;
			throw new Error(m);
		}
	};
	try {
		(plugin.buildStart as unknown as (this: typeof ctx) => void).call(ctx);
	} catch (e) {
		if (error === null) throw e; // the plugin itself threw: that is a bug, not a report
	}
	return { warnings, error };
}

const line = (c: Case) => `data/timelines/${c.file}: ${c.severity}: ${c.path ? c.path + ': ' : ''}`;

describe('the build on each invalid timeline', () => {
	it('covers the whole corpus', () => {
		expect(cases.map((c) => c.file).sort()).toEqual(readdirSync(corpus).filter((f) => f.endsWith('.json') && f !== 'cases.json').sort());
	});

	it.each(cases)('$file: $severity at "$path"', (c) => {
		const { warnings, error } = buildStart(project(c.file));
		if (c.severity === 'error') {
			expect(error).not.toBeNull();
			const lines = error!.split('\n');
			expect(lines[0]).toBe('invalid timeline data:');
			expect(lines.some((l) => l.startsWith(line(c)) && l.includes(c.reason)), `${line(c)}…${c.reason} in\n${error}`).toBe(true);
			expect(error).not.toMatch(/\n\s+at /);
		} else {
			expect(error).toBeNull();
			expect(warnings.some((w) => w.startsWith(line(c)) && w.includes(c.reason))).toBe(true);
		}
	});

	it('stops the real vite build with the message and no bundle', { timeout: 120_000 }, () => {
		const c = cases.find((x) => x.file === 'quote-not-in-source.json') ?? cases.find((x) => x.severity === 'error')!;
		const dir = project(c.file);
		// svelte.config.js reads the theme's inline script's hash from scripts/theme-boot.js.
		for (const f of ['package.json', 'svelte.config.js', 'vite.config.ts', 'tsconfig.json', 'scripts/theme-boot.js']) cpSync(join(root, f), join(dir, f));
		cpSync(join(root, 'src'), join(dir, 'src'), { recursive: true });
		cpSync(join(root, 'static'), join(dir, 'static'), { recursive: true });
		symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
		const run = spawnSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build'], {
			cwd: dir,
			encoding: 'utf8',
			env: { ...process.env, DATELINE_BENCH_DATA: '', DATELINE_OUT_DIR: join(dir, 'build'), DATELINE_KIT_DIR: join(dir, '.svelte-kit') }
		});
		const output = run.stdout + run.stderr;
		expect(run.status, output).not.toBe(0);
		expect(output).toContain('invalid timeline data:');
		expect(output).toContain(line(c));
		expect(output).toContain(c.reason);
		expect(readdirSync(dir)).not.toContain('build');
	});
});
