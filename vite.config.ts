import { sveltekit } from '@sveltejs/kit/vite';
import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';
import type { CollabServer } from './src/lib/server/collab/server';

// `vite dev` gets the co-editing WebSocket the way server/index.js does in production: the `init` hook (run at the
// first request) registers the server under this symbol; upgrades for anything else stay Vite's (HMR).
const collabUpgrade: Plugin = {
	name: 'rammeaftale-collab',
	configureServer(server) {
		server.httpServer?.on('upgrade', (req, socket, head) => {
			const collab = (globalThis as { [key: symbol]: CollabServer | undefined })[Symbol.for('rammeaftale.collab')];
			if (collab?.handles(req)) void collab.handleUpgrade(req, socket, head);
		});
	}
};

export default defineConfig({
	plugins: [
		sveltekit(),
		collabUpgrade,
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
