// Two processes starting at once against one fresh database: both starts succeed, the schema is migrated and the
// seed loaded exactly once. Each start gets its own connection pool, as separate processes would.
import { describe, it, expect, inject } from 'vitest';
import { readFileSync } from 'node:fs';
import { connect } from '../db/connect';
import { migrateAndSeed } from '../db';
import { withStartupLock } from './startup-lock';

const adminUrl = inject('pgAdminUrl');

async function freshDatabase() {
	const name = `race_${process.pid}_${Date.now()}`;
	const admin = connect(adminUrl, { max: 1 });
	await admin.sql.unsafe(`create database "${name}" template template0`);
	await admin.close();
	return {
		url: adminUrl.replace(/\/postgres$/, `/${name}`),
		drop: async () => {
			const again = connect(adminUrl, { max: 1 });
			await again.sql.unsafe(`drop database if exists "${name}" with (force)`);
			await again.close();
		}
	};
}

describe('start-up lock', () => {
	it('lets racing starts on a fresh database migrate and seed once, both succeeding', async () => {
		const fresh = await freshDatabase();
		const a = connect(fresh.url);
		const b = connect(fresh.url);
		const env = { ADMIN_EMAIL: 'drift@example.dk', ADMIN_PASSWORD: 'hemmelig-nok', DEMO_USERS: 'on' };
		try {
			const [demoA, demoB] = await Promise.all([migrateAndSeed(a, env), migrateAndSeed(b, env)]);
			expect(demoA.length).toBeGreaterThan(0);
			expect(demoB.map((u) => u.email)).toEqual(demoA.map((u) => u.email));

			const journal = JSON.parse(readFileSync('drizzle/meta/_journal.json', 'utf8')) as { entries: unknown[] };
			const [{ n }] = await a.sql<{ n: number }[]>`select count(*)::int as n from drizzle.__drizzle_migrations`;
			expect(n).toBe(journal.entries.length);
			const [{ admins }] = await a.sql<{ admins: number }[]>`
				select count(*)::int as admins from users where lower(email) = 'drift@example.dk'`;
			expect(admins).toBe(1);
			const [{ users }] = await a.sql<{ users: number }[]>`select count(*)::int as users from users`;
			expect(users).toBe(demoA.length + 1);
		} finally {
			await a.close();
			await b.close();
			await fresh.drop();
		}
	}, 60_000);

	it('makes a second holder wait until the first is done, and releases on error', async () => {
		const fresh = await freshDatabase();
		const a = connect(fresh.url);
		const b = connect(fresh.url);
		const order: string[] = [];
		try {
			let letGo!: () => void;
			const first = withStartupLock(a.sql, async () => {
				order.push('a start');
				await new Promise<void>((r) => (letGo = r));
				order.push('a end');
				throw new Error('migrering fejlede');
			});
			await expect.poll(() => order.length).toBe(1);
			const second = withStartupLock(b.sql, async () => void order.push('b'));
			// b is blocked in pg_advisory_lock while a holds it.
			await expect
				.poll(async () => (await a.sql`select 1 from pg_locks where locktype = 'advisory' and not granted`).length)
				.toBe(1);
			letGo();
			await expect(first).rejects.toThrow('migrering fejlede');
			await second;
			expect(order).toEqual(['a start', 'a end', 'b']);
		} finally {
			await a.close();
			await b.close();
			await fresh.drop();
		}
	}, 60_000);
});
