import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { validateTimelines } from './src/lib/server/vite-plugin.ts';

export default defineConfig({
	plugins: [validateTimelines(), sveltekit()],
	test: {
		include: ['src/**/*.spec.ts', 'scripts/**/*.spec.ts'],
		environment: 'node',
		// Correctness, not speed: a shared 2-core machine under load can take seconds for a test that
		// spawns the CLI or validates the real data. Speed is reported by npm run bench.
		testTimeout: 30_000
	}
});
