// npm run bench:editor-bundle — the JavaScript the agenda editor route (/moeder/[id]/dagsorden) ships, gzipped:
// SvelteKit's client entry, the root layout and error nodes, the page's node, and everything they import, statically
// or dynamically (the editor with CodeMirror and Yjs, the Markdown preview), each chunk counted once. Budget: 300 KB.
// Also prints the same sum for the portal's front page (`/`) for comparison. Reads the build in .svelte-kit/output;
// `--build` runs `vite build` first. Prints one JSON line.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const ROUTE = '/moeder/[id]/dagsorden';
const PAGE_SOURCE = 'src/routes/(app)/moeder/[id=id]/dagsorden/+page.svelte';
const PORTAL_SOURCE = 'src/routes/(public)/+page.svelte';
const CLIENT = '.svelte-kit/output/client';
const MANIFEST = path.join(CLIENT, '.vite/manifest.json');
const NODES = '.svelte-kit/generated/client-optimized/nodes';

if (process.argv.includes('--build') || !existsSync(MANIFEST)) {
	execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
}

/** @type {Record<string, { file: string, imports?: string[], dynamicImports?: string[], isEntry?: boolean, src?: string }>} */
const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));

/** The generated client node (nodes/N.js) that loads a route file. */
function nodeOf(source) {
	for (const name of readdirSync(NODES)) {
		if (readFileSync(path.join(NODES, name), 'utf8').includes(source)) return `${NODES}/${name}`;
	}
	throw new Error(`no client node imports ${source}: build first`);
}

const entries = Object.keys(manifest).filter((key) => manifest[key].isEntry && !key.startsWith(NODES));
const shared = [...entries, `${NODES}/0.js`, `${NODES}/1.js`].filter((key) => manifest[key]);

/** Every chunk reachable from `roots`; dynamic imports only when `dynamic`. */
function reachable(roots, dynamic) {
	const seen = new Set();
	const stack = [...roots];
	while (stack.length) {
		const key = stack.pop();
		if (seen.has(key) || !manifest[key]) continue;
		seen.add(key);
		stack.push(...(manifest[key].imports ?? []));
		if (dynamic) stack.push(...(manifest[key].dynamicImports ?? []));
	}
	return [...seen].map((key) => manifest[key].file).filter((file) => file.endsWith('.js'));
}

const gzipBytes = (files) =>
	[...new Set(files)].reduce((sum, file) => sum + gzipSync(readFileSync(path.join(CLIENT, file)), { level: 9 }).length, 0);

const page = nodeOf(PAGE_SOURCE);
const portal = nodeOf(PORTAL_SOURCE);
// Dynamic imports are followed from the page only: the client entry imports every route's node dynamically.
const all = [...reachable(shared, false), ...reachable([page], true)];
const initial = reachable([...shared, page], false);

process.stdout.write(
	`${JSON.stringify({
		route: ROUTE,
		js_gzip_bytes: gzipBytes(all),
		initial_js_gzip_bytes: gzipBytes(initial),
		chunks: new Set(all).size,
		portal_front_page_js_gzip_bytes: gzipBytes(reachable([...shared, portal], false)),
		budget_bytes: 300 * 1024
	})}\n`
);
