/**
 * npm run validate [-- --coverage] [files...]: checks timeline files (default: all of
 * data/timelines) and prints every problem as `file: severity: json.path: message`; exit code 1
 * when any error is found. With --coverage it also prints, per source, which sentences are cited
 * by an event, marked as context (uncited[]), or not yet looked at.
 */
import { resolve } from 'node:path';
import { checkFiles } from '../src/lib/server/check.ts';
import { formatIssue } from '../src/lib/model/validate.ts';
import { formatCoverage, timelineCoverage } from '../src/lib/model/coverage.ts';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const withCoverage = args.includes('--coverage');
const files = args.filter((a) => a !== '--coverage').map((f) => resolve(f));
const { timelines, issues, sources } = checkFiles(root, files);
for (const issue of issues) console.error(formatIssue(issue));
const errors = issues.filter((i) => i.severity === 'error').length;
if (errors > 0) {
	console.error(`\n${errors} error${errors === 1 ? '' : 's'}; see the data format in README.md.`);
	process.exit(1);
}
for (const t of timelines) {
	console.log(`ok: ${t.id}: ${t.events.length} events, ${t.sources.length} source(s)`);
	if (withCoverage) for (const c of timelineCoverage(t, sources)) console.log(formatCoverage(t.id, c));
}
