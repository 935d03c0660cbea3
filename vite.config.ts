import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig, type Plugin } from 'vitest/config';
import { checkFiles } from './src/lib/server/check.ts';
import { formatIssue } from './src/lib/model/validate.ts';

/** Fails `vite build` (and warns in `vite dev`) with the validator's messages when a timeline is invalid. */
function validateTimelines(): Plugin {
	return {
		name: 'dateline:validate-timelines',
		buildStart() {
			const { issues } = checkFiles(process.cwd());
			for (const issue of issues.filter((i) => i.severity === 'warning')) this.warn(formatIssue(issue));
			const errors = issues.filter((i) => i.severity === 'error');
			if (errors.length > 0) this.error(`invalid timeline data:\n${errors.map(formatIssue).join('\n')}`);
		}
	};
}

export default defineConfig({
	plugins: [validateTimelines(), sveltekit()],
	test: {
		include: ['src/**/*.spec.ts', 'scripts/**/*.spec.ts'],
		environment: 'node'
	}
});
