/**
 * Fails `vite build` (and warns in `vite dev`) with the validator's own messages when a timeline
 * in data/ is invalid, before anything is bundled.
 */
import type { Plugin } from 'vite';
import { formatIssue } from '../model/validate.ts';
import { checkFiles } from './check.ts';

export function validateTimelines(root = process.cwd()): Plugin {
	return {
		name: 'dateline:validate-timelines',
		buildStart() {
			const { issues } = checkFiles(root);
			for (const issue of issues.filter((i) => i.severity === 'warning')) this.warn(formatIssue(issue));
			const errors = issues.filter((i) => i.severity === 'error');
			if (errors.length > 0) this.error(`invalid timeline data:\n${errors.map(formatIssue).join('\n')}`);
		}
	};
}
