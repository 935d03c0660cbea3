/**
 * npm run validate [files...]: checks timeline files (default: all of data/timelines) and prints
 * every problem as `file: severity: json.path: message`. Exit code 1 when any error is found.
 */
import { resolve } from 'node:path';
import { checkFiles } from '../src/lib/server/check.ts';
import { formatIssue } from '../src/lib/model/validate.ts';

const root = resolve(import.meta.dirname, '..');
const files = process.argv.slice(2).map((f) => resolve(f));
const { timelines, issues } = checkFiles(root, files);
for (const issue of issues) console.error(formatIssue(issue));
const errors = issues.filter((i) => i.severity === 'error').length;
if (errors > 0) {
	console.error(`\n${errors} error${errors === 1 ? '' : 's'}; see the data format in README.md.`);
	process.exit(1);
}
for (const t of timelines) console.log(`ok: ${t.id}: ${t.events.length} events, ${t.sources.length} source(s)`);
