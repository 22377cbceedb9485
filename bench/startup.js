// npm run bench:startup — cold-start time of `npm start` on an existing build (first start on an empty data
// directory, then a restart on existing data), and the peak memory of the running app after a round of page
// loads. Prints one JSON line. Needs a build (`npx vite build`); uses its own data directory and ports.
import { spawn } from 'node:child_process';
import { rmSync, readFileSync, existsSync } from 'node:fs';

const port = 3999;
const env = { ...process.env, PORT: String(port), EMBEDDED_PG_DIR: 'data/bench-postgres', EMBEDDED_PG_PORT: '54369' };
delete env.DATABASE_URL;
const pages = ['/', '/moeder', '/tilbud', '/fokusomraader', '/takstregler', '/kalender', '/beslutninger', '/organer'];

async function waitUntilServing(child, since) {
	for (;;) {
		if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}`);
		try {
			const res = await fetch(`http://127.0.0.1:${port}/`);
			if (res.ok) return Date.now() - since;
		} catch {
			/* not yet */
		}
		await new Promise((r) => setTimeout(r, 25));
	}
}

function appPid() {
	return Number(readFileSync('data/bench-postgres.app.pid', 'utf8'));
}

function kib(pid, field) {
	const status = readFileSync(`/proc/${pid}/status`, 'utf8');
	return Number(status.match(new RegExp(`${field}:\\s+(\\d+)`))?.[1] ?? 0);
}

function postgresRssKib() {
	const pid = Number(readFileSync('data/bench-postgres/postmaster.pid', 'utf8').split('\n')[0]);
	// the postmaster and its children (backends, checkpointer, walwriter …)
	const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean);
	return [pid, ...children.map(Number)].reduce((sum, p) => sum + (existsSync(`/proc/${p}`) ? kib(p, 'VmRSS') : 0), 0);
}

async function run() {
	const since = Date.now();
	const child = spawn('npm', ['start', '--silent'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
	const ms = await waitUntilServing(child, since);
	return { child, ms };
}

async function stop(child) {
	child.kill('SIGTERM');
	try {
		process.kill(appPid(), 'SIGTERM');
	} catch {
		/* already gone */
	}
	while (existsSync('data/bench-postgres.app.pid')) await new Promise((r) => setTimeout(r, 50));
}

if (!existsSync('build/handler.js')) {
	process.stderr.write('Ingen build: kør "npx vite build" først.\n');
	process.exit(1);
}
rmSync('data/bench-postgres', { recursive: true, force: true });
rmSync('data/bench-postgres.secret', { force: true });

const first = await run();
await stop(first.child);
const restart = await run();
for (let round = 0; round < 20; round++) {
	for (const page of pages) await (await fetch(`http://127.0.0.1:${port}${page}`)).arrayBuffer();
}
const pid = appPid();
const result = {
	bench: 'startup',
	first_start_ms: first.ms,
	restart_ms: restart.ms,
	app_peak_rss_mib: +(kib(pid, 'VmHWM') / 1024).toFixed(1),
	app_rss_mib: +(kib(pid, 'VmRSS') / 1024).toFixed(1),
	postgres_rss_mib: +(postgresRssKib() / 1024).toFixed(1),
	page_loads: 20 * pages.length
};
await stop(restart.child);
rmSync('data/bench-postgres', { recursive: true, force: true });
process.stdout.write(JSON.stringify(result) + '\n');
