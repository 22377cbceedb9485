import { sveltekit } from '@sveltejs/kit/vite';
import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [
		sveltekit(),
		paraglideVitePlugin({
			project: './project.inlang',
			outdir: './src/lib/paraglide',
			// Danish first: a cookie set by the language switch, otherwise Danish. No locale in URLs.
			// Keep in step with the `i18n` script in package.json (used before svelte-check).
			strategy: ['cookie', 'baseLocale']
		})
	],
	test: {
		include: ['src/**/*.test.ts', 'test/unit/**/*.test.ts'],
		environment: 'node',
		globalSetup: ['test/setup/postgres.ts'],
		// Each test file gets its own database; two workers match the machine's two cores.
		maxWorkers: 2,
		testTimeout: 30_000,
		hookTimeout: 120_000
	}
});
