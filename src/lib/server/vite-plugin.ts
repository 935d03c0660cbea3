/**
 * Fails `vite build` (and warns in `vite dev`) with the validator's own messages when a timeline
 * in data/ is invalid, before anything is bundled.
 */
import type { Plugin } from 'vite';
import { formatIssue } from '../model/validate.ts';
import { checkFiles, writeCheckedCache } from './check.ts';
import { dataFingerprint } from './files.ts';

/**
 * Data already found valid in this process: `vite build` builds the browser and the server code in
 * turn, each with its own copy of this plugin (so the set lives on globalThis), and each would
 * validate every timeline again (tens of seconds at 100,000 events).
 */
const checked: Set<string> = ((globalThis as { __datelineChecked?: Set<string> }).__datelineChecked ??= new Set());

export function validateTimelines(root = process.cwd()): Plugin {
	return {
		name: 'dateline:validate-timelines',
		buildStart() {
			const key = dataFingerprint(root);
			if (checked.has(key)) return;
			const result = checkFiles(root);
			const { issues } = result;
			for (const issue of issues.filter((i) => i.severity === 'warning')) this.warn(formatIssue(issue));
			const errors = issues.filter((i) => i.severity === 'error');
			if (errors.length > 0) this.error(`invalid timeline data:\n${errors.map(formatIssue).join('\n')}`);
			checked.add(key);
			// The pages' catalog (in worker threads of this build) takes the result from here.
			writeCheckedCache(root, key, result.timelines);
		}
	};
}
