// The kill -9 story at the database level: a PostgreSQL left running by a killed app is stopped and restarted
// with its data intact, and a stale postmaster.pid does not stop a start.
import { describe, it, expect, afterAll } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, readFileSync, writeFileSync, existsSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import { startEmbeddedPostgres } from './embedded-postgres';

const base = mkdtempSync(path.join(tmpdir(), 'rammeaftale-pg-'));
chmodSync(base, 0o755); // PostgreSQL runs as the postgres user when the tests run as root
const dataDir = path.join(base, 'pg');
const port = 54359 + Number(process.env.VITEST_POOL_ID ?? 0);
afterAll(() => rmSync(base, { recursive: true, force: true }));

const alive = (pid: number) => {
	try {
		process.kill(pid, 0);
		return true;
	} catch {
		return false;
	}
};

describe('embedded PostgreSQL', () => {
	it('recovers after the app was killed with -9 while its PostgreSQL kept running', async () => {
		// A separate Node process starts the cluster, writes a row, and is killed hard.
		const script = `
			import { startEmbeddedPostgres } from ${JSON.stringify(path.resolve('src/lib/server/db/embedded-postgres.ts'))};
			import postgres from 'postgres';
			const server = await startEmbeddedPostgres({ dataDir: ${JSON.stringify(dataDir)}, port: ${port} });
			const sql = postgres(server.url(), { max: 1, onnotice: () => {} });
			await sql\`create table kept (v text)\`;
			await sql\`insert into kept values ('bekræftet')\`;
			process.stdout.write('ready\\n');
			setInterval(() => {}, 1000);
		`;
		const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
			stdio: ['ignore', 'pipe', 'inherit']
		});
		await new Promise<void>((resolve, reject) => {
			child.stdout.on('data', (d) => d.toString().includes('ready') && resolve());
			child.on('exit', (code) => reject(new Error(`child exited ${code}`)));
		});
		child.kill('SIGKILL');
		await new Promise((r) => child.once('exit', r));
		const orphan = Number(readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
		expect(alive(orphan)).toBe(true);

		const server = await startEmbeddedPostgres({ dataDir, port });
		expect(alive(orphan)).toBe(false);
		const sql = postgres(server.url(), { max: 1, onnotice: () => {} });
		expect(await sql`select v from kept`).toEqual([{ v: 'bekræftet' }]);
		await sql.end();
		await server.stop();
		expect(existsSync(path.join(dataDir, 'postmaster.pid'))).toBe(false);
	}, 120_000);

	it('starts over a stale postmaster.pid whose process is gone', async () => {
		writeFileSync(path.join(dataDir, 'postmaster.pid'), `999999\n${dataDir}\n`);
		const server = await startEmbeddedPostgres({ dataDir, port });
		const sql = postgres(server.url(), { max: 1, onnotice: () => {} });
		expect(await sql`select count(*)::int as n from kept`).toEqual([{ n: 1 }]);
		await sql.end();
		await server.stop();
	}, 120_000);
});
