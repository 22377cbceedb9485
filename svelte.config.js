import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		adapter: adapter({ out: 'build' }),
		// dkfds exports only its JS; its CSS, fonts and icons are reached through this alias.
		alias: { $dkfds: 'node_modules/dkfds/dist' },
		// SvelteKit's own origin check covers form posts only and answers in English; src/hooks/origin-check.ts
		// checks every state-changing request, in the reader's language, so it is the one place for this.
		csrf: { trustedOrigins: ['*'] },
		csp: {
			// Nonces for server-rendered pages: hashing each page's inline data script cost ~1 ms a request.
			mode: 'auto',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:'],
				'font-src': ['self', 'data:'],
				'connect-src': ['self'],
				'form-action': ['self'],
				'frame-ancestors': ['none'],
				'base-uri': ['self'],
				'object-src': ['none']
			}
		}
	}
};

export default config;
