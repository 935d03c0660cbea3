import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { validateTimelines } from './src/lib/server/vite-plugin.ts';

export default defineConfig({
	plugins: [validateTimelines(), sveltekit()],
	test: {
		include: ['src/**/*.spec.ts', 'scripts/**/*.spec.ts'],
		environment: 'node'
	}
});
