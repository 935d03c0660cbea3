/**
 * npm run import:timelinejs -- <file.json> [--source <id>] [--language <tag>] [--out <file>]
 *
 * Converts a TimelineJS3 JSON file into a draft timeline (format v1) and prints it, or writes it to
 * --out. Prints to stderr everything it could not carry over, as `path: action: message`. The draft
 * has `"unverified": true` and events without citations: complete it with sources and citations
 * before `npm run validate` accepts it. Exit code 1 when the input is not JSON or not TimelineJS3.
 */
import { realpathSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { readJson } from '../src/lib/server/files.ts';
import { convertTimelineJs, formatReportItem, TimelineJsError } from '../src/lib/import/timelinejs.ts';

const USAGE = 'usage: npm run import:timelinejs -- <file.json> [--source <id>] [--language <tag>] [--out <file>]';

function fail(message: string): never {
	console.error(`import:timelinejs: ${message}`);
	process.exit(1);
}

interface Args {
	file: string;
	source?: string;
	language?: string;
	out?: string;
}

function parseArgs(argv: string[]): Args {
	const args: Partial<Args> = {};
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i]!;
		if (a === '--help' || a === '-h') {
			console.log(USAGE);
			process.exit(0);
		}
		const option = (['--source', '--language', '--out'] as const).find((o) => a === o || a.startsWith(`${o}=`));
		if (option) {
			const value = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
			if (value === undefined || value === '' || (!a.includes('=') && value.startsWith('--'))) fail(`${option} needs a value\n${USAGE}`);
			const key = option.slice(2) as 'source' | 'language' | 'out';
			if (args[key] !== undefined) fail(`${option} is given twice`);
			args[key] = value;
		} else if (a.startsWith('--')) fail(`unknown option ${a}\n${USAGE}`);
		else if (args.file !== undefined) fail(`one input file only (got ${args.file} and ${a})\n${USAGE}`);
		else args.file = a;
	}
	if (args.file === undefined) fail(`no input file\n${USAGE}`);
	return args as Args;
}

const args = parseArgs(process.argv.slice(2));
// npm runs scripts in the project root; paths are meant from where the command was typed.
const cwd = process.env.INIT_CWD ?? process.cwd();
const file = resolve(cwd, args.file);
let json: ReturnType<typeof readJson>;
try {
	json = readJson(file);
} catch (e) {
	fail(`cannot read ${args.file}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
}
if ('error' in json) fail(`${args.file} ${json.error}`);

let result: ReturnType<typeof convertTimelineJs>;
try {
	result = convertTimelineJs(json.value, { fileName: basename(file), source: args.source, language: args.language });
} catch (e) {
	if (e instanceof TimelineJsError) fail(`${args.file}: ${e.message}`);
	throw e;
}

const { timeline, report } = result;
const output = JSON.stringify(timeline, null, '\t') + '\n';
if (args.out !== undefined) {
	const out = resolve(cwd, args.out);
	let same = out === file;
	try {
		same ||= realpathSync(out) === realpathSync(file);
	} catch {
		// The output does not exist yet.
	}
	if (same) fail('--out must not be the input file');
	try {
		writeFileSync(out, output);
	} catch (e) {
		fail(`cannot write ${args.out}: ${(e as Error).message}`);
	}
} else process.stdout.write(output);

const notCarried = report.filter((r) => r.action !== 'fill-in');
const fillIn = report.filter((r) => r.action === 'fill-in');
console.error(
	`\nImported ${timeline.events.length} of ${(json.value as { events: unknown[] }).events.length} events from ${args.file}` +
		(args.out !== undefined ? ` into ${args.out}` : '') +
		'.'
);
if (notCarried.length) {
	console.error(`\nNot carried over, or only as text (${notCarried.length}):`);
	for (const r of notCarried) console.error(`  ${formatReportItem(r)}`);
}
console.error(`\nTo fill in (${fillIn.length}):`);
for (const r of fillIn) console.error(`  ${formatReportItem(r)}`);
console.error(
	'\nThis is a DRAFT: it has "unverified": true and events without citations. Saved as data/timelines/<id>.json,' +
		'\n`npm run validate` accepts it with a warning, and its page says plainly that it is unverified.' +
		'\nTo make it a verified timeline: add the source snapshot(s) under data/sources/ and their entries to sources[],' +
		'\ncite a passage for every event, remove "unverified", and check every title, summary, kind and date.'
);
