import { describe, it, expect, afterAll, afterEach, inject } from 'vitest';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createTestDb } from '../db/test-db';
import { connect } from '../db/connect';
import { readiness, readinessResponse, livenessResponse, withTimeout } from './health';

const draining = Symbol.for('rammeaftale.draining');
const db = await createTestDb();
const scratch = mkdtempSync(path.join(tmpdir(), 'rammeaftale-health-'));
afterAll(async () => {
	await db.close();
	rmSync(scratch, { recursive: true, force: true });
});
afterEach(() => delete (globalThis as Record<symbol, unknown>)[draining]);

/** A migrations folder whose journal is the real one plus `extra` entries this database has not seen. */
function journalWith(extra: number): string {
	const journal = JSON.parse(readFileSync('drizzle/meta/_journal.json', 'utf8')) as { entries: { when: number; tag: string }[] };
	for (let i = 0; i < extra; i++) journal.entries.push({ when: 4_000_000_000_000 + i, tag: `9${i}_future` });
	const folder = path.join(scratch, `extra-${extra}`);
	mkdirSync(path.join(folder, 'meta'), { recursive: true });
	writeFileSync(path.join(folder, 'meta', '_journal.json'), JSON.stringify(journal));
	return folder;
}

describe('readiness', () => {
	it('is ready on a migrated database', async () => {
		expect(await readiness(db.db, { migrationsFolder: 'drizzle' })).toEqual({ ready: true });
	});

	it('is not ready when this build ships migrations the database lacks', async () => {
		const result = await readiness(db.db, { migrationsFolder: journalWith(2) });
		expect(result).toMatchObject({ ready: false, reason: 'migrations', detail: '2 migrering(er) mangler' });
	});

	it('stays ready on a database a newer build has migrated further', async () => {
		await db.sql`insert into drizzle.__drizzle_migrations (hash, created_at) values ('newer', 4100000000000)`;
		expect(await readiness(db.db, { migrationsFolder: 'drizzle' })).toEqual({ ready: true });
		await db.sql`delete from drizzle.__drizzle_migrations where hash = 'newer'`;
	});

	it('is not ready on a database never migrated', async () => {
		const name = `empty_${process.pid}_${Date.now()}`;
		const admin = connect(inject('pgAdminUrl'), { max: 1 });
		await admin.sql.unsafe(`create database "${name}" template template0`);
		const empty = connect(inject('pgAdminUrl').replace(/\/postgres$/, `/${name}`), { max: 1 });
		const result = await readiness(empty.db, { migrationsFolder: 'drizzle' });
		await empty.close();
		await admin.sql.unsafe(`drop database "${name}" with (force)`);
		await admin.close();
		expect(result).toMatchObject({ ready: false, reason: 'migrations' });
	});

	it('is not ready while draining, even with a healthy database', async () => {
		(globalThis as Record<symbol, unknown>)[draining] = true;
		expect(await readiness(db.db, { migrationsFolder: 'drizzle' })).toEqual({ ready: false, reason: 'draining' });
	});

	it('is not ready when the database does not answer', async () => {
		// Port 1 on loopback: nothing listens, the connection is refused.
		const down = connect('postgres://x:y@127.0.0.1:1/none', { max: 1 });
		const result = await readiness(down.db, { migrationsFolder: 'drizzle', timeoutMs: 1_000 });
		await down.close();
		expect(result).toMatchObject({ ready: false, reason: 'database' });
		expect(await readiness(undefined, { migrationsFolder: 'drizzle' })).toMatchObject({ ready: false, reason: 'database' });
	});

	it('gives up on a hanging check after the timeout', async () => {
		await expect(withTimeout(new Promise(() => {}), 20, 'select 1')).rejects.toThrow('select 1: intet svar inden for 20 ms');
		expect(await withTimeout(Promise.resolve(7), 1_000, 'x')).toBe(7);
	});
});

describe('responses', () => {
	it('are JSON, never cached, 200 or 503 with the reason', async () => {
		const live = livenessResponse();
		expect(live.status).toBe(200);
		expect(live.headers.get('cache-control')).toBe('no-store');
		expect(await live.json()).toEqual({ status: 'ok' });

		const ok = readinessResponse({ ready: true });
		expect([ok.status, await ok.json()]).toEqual([200, { status: 'ok' }]);
		const down = readinessResponse({ ready: false, reason: 'draining' });
		expect(down.status).toBe(503);
		expect(down.headers.get('cache-control')).toBe('no-store');
		expect(await down.json()).toEqual({ status: 'unavailable', reason: 'draining' });
	});
});
