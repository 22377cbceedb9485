// npm run bench:portal [-- --database rammeaftale_bench] — the public portal on the benchmark data set
// (npm run bench:seed first). One JSON line; not a test.
//
// 1. Search: server time of `searchPortal` for 50 fixed Danish queries, called in this process against the bench
//    database (each query once to warm up, then timed three times); p50/p95/max in ms.
// 2. Throughput: the production build (`node server/index.js`, built only if build/ is missing) against the bench
//    database; autocannon, 10 s each after 2 s of warm-up, 10 connections: /beslutninger, a filtered page, a decision
//    page, a meeting page, a page that reads no data (/tilgaengelighed) and one of the same server's static assets,
//    in one run; requests/s and the ratio list/static (target ≥ 25 %).
// 3. JavaScript per public page: bytes the page references (modulepreload, script), and the JavaScript needed to
//    read it: 0 when the page's content is in the server's HTML (checked by a text the page must show).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { connect } from '../src/lib/server/db/connect';
import { argument, benchDatabaseProblem, DEFAULT_BENCH_DATABASE, openCluster } from './seed/cluster';

const root = path.resolve(import.meta.dirname, '..');
process.chdir(root);
const log = (line: string) => process.stderr.write(`[bench:portal] ${line}\n`);
const database = argument('database') ?? DEFAULT_BENCH_DATABASE;
const PORT = Number(process.env.BENCH_PORT ?? 3997);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const base = `http://127.0.0.1:${PORT}`;

/** 50 searches a council member, a case worker or a relative might type. */
const QUERIES = [
	'takster', 'takst 2024', 'anbringelse', 'anbringelser af børn', 'botilbud', 'botilbuddene', 'specialundervisning', 'handicap',
	'udviklingsplan', 'tilbuddene', 'lukning af pladser', 'kapacitet', 'belægning', 'autisme', 'hjerneskade', 'udviklingshæmning',
	'socialpsykiatri', 'misbrugsbehandling', 'sikrede institutioner', 'domfældte', 'rammeaftale', 'styringsaftale', 'udviklingsstrategi',
	'tilsyn', 'socialtilsyn', 'overhead', 'efterregulering', 'budget', 'regnskab', 'aflastning', 'døgntilbud', 'specialskoler',
	'hjælpemidler', 'kommunikationscenter', 'høreområdet', 'synsområdet', 'fokusområder', 'indikatorer', 'kompetenceudvikling',
	'netværksgruppe', 'Egely', 'Solhaven', 'Næstved', 'Roskilde botilbud', '"lukning af pladser"', 'takster -overhead',
	'børn og unge med handicap', 'voksne med sindslidelse', 'ventetid', 'efterværn'
];

const cluster = await openCluster(log);
let server: ReturnType<typeof spawn> | undefined;
try {
	const problem = benchDatabaseProblem(database, cluster.appDatabase);
	if (problem) throw new Error(problem);
	const url = cluster.url(database);
	const { db, sql, close } = connect(url, { max: 4 });
	const [{ n }] = await sql<{ n: number }[]>`select count(*)::int as n from decisions`.catch(() => {
		throw new Error(`Databasen ${database} findes ikke eller er ikke seedet: kør "npm run bench:seed" først.`);
	});
	log(`${n} beslutninger i ${database}`);

	const search = await searchTimes(db);
	const [decision] = await sql<{ id: number; meetingId: number; title: string }[]>`
		select d.id, m.id as "meetingId", ai.title from decisions d join agenda_items ai on ai.id = d.agenda_item_id
		join meetings m on m.id = ai.meeting_id
		where m.is_public and m.status = 'minutes_published' and not ai.is_closed
		order by m.starts_at desc offset 500 limit 1`;
	const [meetingTitle] = await sql<{ title: string }[]>`select title from agenda_items where meeting_id = ${decision.meetingId} and not is_closed order by position offset 1 limit 1`;
	const [offer] = await sql<{ slug: string; name: string }[]>`select slug, name from offers order by id limit 1`;
	await close();

	if (!existsSync('build/handler.js')) {
		log('ingen build: bygger (vite build)');
		const built = spawnSync('flock', ['/tmp/rammeaftale-e2e.lock', process.execPath, 'node_modules/vite/bin/vite.js', 'build', '--logLevel', 'error'], { stdio: 'inherit' });
		if (built.status !== 0) throw new Error('vite build fejlede');
	}
	server = spawn(process.execPath, ['server/index.js'], {
		env: { ...process.env, DATABASE_URL: url, PORT: String(PORT), HOST: '127.0.0.1', NODE_ENV: 'production', LOG_LEVEL: 'warn', DEMO_USERS: 'off' },
		stdio: ['ignore', 'ignore', 'inherit']
	});
	await waitUntilServing();
	log('serveren kører');

	const asset = staticAsset();
	const filtered = '/beslutninger?organ=styregruppen&fra=2015-01-01';
	const targets = {
		register: '/beslutninger',
		register_filtered: filtered,
		decision_page: `/beslutninger/${decision.id}`,
		meeting_page: `/moeder/${decision.meetingId}`,
		// A server-rendered page that reads no data (the accessibility statement): the ceiling for any page of the
		// portal on this machine, beside the static file.
		no_data_page: '/tilgaengelighed',
		static_asset: asset
	};
	for (const path of Object.values(targets)) {
		const res = await fetch(base + path);
		if (!res.ok) throw new Error(`${path} svarede ${res.status}`);
		await res.arrayBuffer();
	}
	const rps: Record<string, number> = {};
	const latency: Record<string, number> = {};
	for (const [name, path] of Object.entries(targets)) {
		// Two seconds unmeasured first: the server's JIT and PostgreSQL's caches warm up on this page's code path,
		// otherwise the first seconds of each run are several times slower and the figure depends on the order.
		await autocannon({ url: base + path, connections: 10, duration: 2 });
		const result = await autocannon({ url: base + path, connections: 10, duration: SECONDS });
		if (result.non2xx || result.errors) log(`${path}: ${result.non2xx} svar uden 2xx, ${result.errors} fejl`);
		rps[name] = Math.round(result.requests.average);
		latency[name] = result.latency.p50;
		log(`${name}: ${rps[name]} req/s`);
	}

	const pages = await javascriptPerPage([
		['/', null],
		['/beslutninger', 'Viser 1-25 af'],
		[`/beslutninger/${decision.id}`, decision.title],
		['/soeg?q=botilbud', null],
		['/tilbud', offer.name],
		[`/moeder/${decision.meetingId}`, meetingTitle?.title ?? decision.title]
	]);

	const result = {
		bench: 'portal',
		database,
		decisions: n,
		search_server_ms: search,
		requests_per_second: rps,
		latency_p50_ms: latency,
		register_to_static: +(rps.register / rps.static_asset).toFixed(3),
		register_filtered_to_static: +(rps.register_filtered / rps.static_asset).toFixed(3),
		decision_page_to_static: +(rps.decision_page / rps.static_asset).toFixed(3),
		no_data_page_to_static: +(rps.no_data_page / rps.static_asset).toFixed(3),
		register_to_no_data_page: +(rps.register / rps.no_data_page).toFixed(3),
		javascript: pages,
		seconds_per_run: SECONDS,
		connections: 10
	};
	process.stdout.write(JSON.stringify(result) + '\n');
} finally {
	if (server && server.exitCode === null) {
		server.kill('SIGTERM');
		await new Promise((r) => server!.once('exit', r));
	}
	await cluster.close();
}

/** searchPortal's server time for each query (p50/p95/max over 3 timed rounds), or why it could not run. */
async function searchTimes(db: ReturnType<typeof connect>['db']) {
	let mod: { searchPortal?: (...args: never[]) => Promise<unknown> };
	let params: { parseSearch?: (q: URLSearchParams) => { ok: boolean; params?: unknown } };
	try {
		mod = await import('../src/lib/server/search/search');
		params = await import('../src/lib/server/search/params');
	} catch (e) {
		return { available: false, reason: `src/lib/server/search kunne ikke indlæses: ${(e as Error).message.split('\n')[0]}` };
	}
	if (typeof mod.searchPortal !== 'function' || typeof params.parseSearch !== 'function') return { available: false, reason: 'searchPortal/parseSearch findes ikke' };
	const run = mod.searchPortal as (db: unknown, viewer: null, params: unknown) => Promise<{ ok: boolean }>;
	const parsed = QUERIES.map((q) => {
		const p = params.parseSearch!(new URLSearchParams({ q }));
		if (!p.ok) throw new Error(`søgningen »${q}« blev afvist`);
		return p.params;
	});
	for (const p of parsed) await run(db, null, p); // warm up: plans, caches, the word list
	const times: number[] = [];
	for (let round = 0; round < 3; round++) {
		for (const p of parsed) {
			const t = performance.now();
			const outcome = await run(db, null, p);
			times.push(performance.now() - t);
			if (!outcome.ok) throw new Error('searchPortal afviste en søgning');
		}
	}
	times.sort((a, b) => a - b);
	const at = (q: number) => +times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(1);
	return { available: true, queries: QUERIES.length, samples: times.length, p50: at(0.5), p95: at(0.95), max: at(1) };
}

async function waitUntilServing() {
	const until = Date.now() + 180_000;
	while (Date.now() < until) {
		if (server?.exitCode !== null) throw new Error(`serveren stoppede (kode ${server?.exitCode})`);
		try {
			if ((await fetch(`${base}/`)).ok) return;
		} catch {
			/* not yet */
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	throw new Error('serveren svarede ikke inden for 3 minutter');
}

/** The largest JavaScript file the build serves from /_app/immutable/ (a real, cacheable static asset). */
function staticAsset(): string {
	const dir = 'build/client/_app/immutable/chunks';
	const files = readdirSync(dir).filter((f) => f.endsWith('.js'));
	if (files.length === 0) throw new Error(`ingen filer i ${dir}`);
	return `/_app/immutable/chunks/${files.sort()[0]}`;
}

/** For each page: the JS it references, and whether its content (a text it must show) is in the HTML itself. */
async function javascriptPerPage(pages: [string, string | null][]) {
	const out: Record<string, { status: number; referenced_js_kb: number; js_needed_to_read_kb: number | null; content_in_html: boolean }> = {};
	for (const [path, mustShow] of pages) {
		const res = await fetch(base + path);
		const html = await res.text();
		const main = html.match(/<main[\s\S]*?<\/main>/)?.[0] ?? '';
		const text = main.replace(/<script[\s\S]*?<\/script>/g, '').replace(/<[^>]+>/g, ' ').replace(/&[a-z#0-9]+;/g, ' ').replace(/\s+/g, ' ');
		const contentInHtml = res.ok && (mustShow ? text.includes(escapeLess(mustShow)) : text.length > 200);
		const refs = new Set<string>();
		for (const m of html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)) refs.add(m[1]);
		for (const m of html.matchAll(/<script[^>]+src="([^"]+)"/g)) refs.add(m[1]);
		for (const m of html.matchAll(/import\("([^"]+\.js)"\)/g)) refs.add(m[1]);
		let bytes = 0;
		for (const ref of refs) {
			const asset = await fetch(new URL(ref, base + path));
			bytes += (await asset.arrayBuffer()).byteLength;
		}
		const kb = +(bytes / 1024).toFixed(1);
		out[path] = { status: res.status, referenced_js_kb: kb, js_needed_to_read_kb: res.ok ? (contentInHtml ? 0 : kb) : null, content_in_html: contentInHtml };
	}
	return out;
}

/** The text as the HTML's text nodes carry it (entities were blanked out above, so compare without them). */
function escapeLess(text: string): string {
	return text.replace(/[&<>"']/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 60).trim();
}
