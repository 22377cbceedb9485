// Backup of a running embedded cluster while a writer keeps inserting co-editing updates, restore into a fresh
// directory, start PostgreSQL there: the agenda and every update acknowledged before pg_backup_stop are back.
import { describe, it, expect, afterAll } from 'vitest';
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startEmbeddedPostgres } from '../db/embedded-postgres';
import { connect } from '../db/connect';
import { migrateAndSeed } from '../db';
import { backupEmbedded, MANIFEST, type BackupManifest } from './backup';
import { incompatibility, planRestore, readManifest, restore, RestoreError } from './restore';
import { coEditAgenda, loadAgenda, portalSnapshot } from './restore-fixtures';
import { freePort } from '../../../../test/free-port';

const base = mkdtempSync(path.join(tmpdir(), 'rammeaftale-backup-'));
chmodSync(base, 0o755); // PostgreSQL runs as the postgres user when the tests run as root
afterAll(() => rmSync(base, { recursive: true, force: true }));

const owner =
	process.getuid?.() === 0
		? { uid: Number(execFileSync('id', ['-u', 'postgres'])), gid: Number(execFileSync('id', ['-g', 'postgres'])) }
		: undefined;

describe('backup and restore of the embedded database', () => {
	it('restores the agendas and every co-editing update acknowledged before the backup ended', async () => {
		const original = path.join(base, 'original');
		const server = await startEmbeddedPostgres({ dataDir: original, port: await freePort() });
		const admin = connect(server.url('postgres'), { max: 1 });
		await admin.sql`create database rammeaftale`;
		await admin.close();
		const app = connect(server.url('rammeaftale'));
		await migrateAndSeed(app, { DEMO_USERS: 'off' });
		const [meeting] = await app.sql<{ id: number }[]>`select id from meetings order by id limit 1`;
		await app.sql`insert into agenda_documents (meeting_id, phase) values (${meeting.id}, 'draft')`;
		const document = `agenda:${meeting.id}`;
		// A real co-edited agenda (the seeded meeting with items), stored as the co-editing server stores it.
		const [withItems] = await app.sql<{ id: number }[]>`
			select meeting_id as id from agenda_items group by meeting_id order by count(*) desc, meeting_id limit 1`;
		const agenda = await coEditAgenda(app.db, withItems.id);
		expect(agenda.expected.some((item) => item.droftelse.includes('A19') && item.droftelse.includes('B19'))).toBe(true);

		// A writer keeps storing updates during the whole backup, as co-editors would.
		const acknowledged: number[] = [];
		let writing = true;
		const writer = (async () => {
			for (let i = 0; writing; i++) {
				const [row] = await app.sql<{ id: number }[]>`
					insert into collab_updates (document, update) values (${document}, ${Buffer.from([i % 256, 1, 2, 3])})
					returning id`;
				acknowledged.push(Number(row.id));
			}
		})();
		// The backup starts while the writer is writing: wait for its first acknowledged rows.
		for (let i = 0; i < 500 && acknowledged.length < 3; i++) await new Promise((r) => setTimeout(r, 10));
		expect(acknowledged.length).toBeGreaterThanOrEqual(3);
		let ackedBeforeStop: number[] = [];
		const { dir, manifest } = await backupEmbedded({
			adminUrl: server.url('postgres'),
			appUrl: server.url('rammeaftale'),
			into: path.join(base, 'backups'),
			secretFile: `${original}.secret`,
			beforeStop: async () => {
				// Bulk on top of the trickle, so WAL written during the backup spans more than one page.
				await app.sql`insert into collab_updates (document, update)
					select ${document}, decode(repeat('ab', 2000), 'hex') from generate_series(1, 2000)`;
				ackedBeforeStop = [...acknowledged];
			}
		});
		writing = false;
		await writer;
		const [{ bulk }] = await app.sql<{ bulk: number }[]>`select count(*)::int as bulk from collab_updates where length(update) = 2000`;
		const [{ meetings }] = await app.sql<{ meetings: number }[]>`select count(*)::int as meetings from meetings`;
		const portal = await portalSnapshot(app.db, withItems.id);
		await app.close();
		await server.stop();

		expect(path.basename(dir)).toMatch(/^rammeaftale-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d$/);
		expect(manifest.postgresMajor).toBeGreaterThanOrEqual(15);
		const journal = JSON.parse(readFileSync('drizzle/meta/_journal.json', 'utf8')) as { entries: unknown[] };
		expect(manifest.migrations).toBe(journal.entries.length);
		expect(readdirSync(path.join(dir, 'data', 'pg_wal')).some((f) => /^[0-9A-F]{24}$/.test(f))).toBe(true);
		expect(existsSync(path.join(dir, 'data', 'postmaster.pid'))).toBe(false);
		expect(ackedBeforeStop.length).toBeGreaterThan(0);

		// Restore into a fresh directory and start PostgreSQL there.
		const restored = path.join(base, 'restored');
		const plan = planRestore(dir, restored, `${restored}.secret`);
		restore(plan, owner);
		const again = await startEmbeddedPostgres({ dataDir: restored, port: await freePort() });
		const check = connect(again.url('rammeaftale'), { max: 1 });
		try {
			const ids = new Set(
				(await check.sql<{ id: string }[]>`select id::text from collab_updates where document = ${document}`).map((r) => Number(r.id))
			);
			expect(ackedBeforeStop.filter((id) => !ids.has(id))).toEqual([]);
			const [{ n }] = await check.sql<{ n: number }[]>`select count(*)::int as n from collab_updates where length(update) = 2000`;
			expect(n).toBe(bulk);
			expect(await check.sql`select phase from agenda_documents where meeting_id = ${meeting.id}`).toEqual([{ phase: 'draft' }]);
			const [{ count }] = await check.sql<{ count: number }[]>`select count(*)::int as count from meetings`;
			expect(count).toBe(meetings);
			// The app on the restored cluster: the same co-edited agenda through the same persistence code, and the
			// same meeting page, decisions register and search results as on the original.
			const restoredApp = connect(again.url('rammeaftale'), { max: 2 });
			try {
				// The compaction halfway left a snapshot and later rows: both must come back.
				expect(await check.sql`select count(*)::int as n from collab_snapshots where document = ${agenda.name}`).toEqual([{ n: 1 }]);
				const [{ rows }] = await check.sql<{ rows: number }[]>`select count(*)::int as rows from collab_updates where document = ${agenda.name}`;
				expect(rows).toBeGreaterThan(0);
				expect(await loadAgenda(restoredApp.db, agenda.name)).toEqual(agenda.expected);
				expect(portal.meeting).not.toBeNull();
				expect(portal.register.every((page) => page.total > 0)).toBe(true);
				expect(portal.search.map((s) => s.ok && s.result.total > 0)).toEqual([true, true, true]);
				expect(await portalSnapshot(restoredApp.db, withItems.id)).toEqual(portal);
			} finally {
				await restoredApp.close();
			}
		} finally {
			await check.close();
			await again.stop();
		}

		// Restoring again over the restored cluster moves it aside instead of overwriting it.
		const second = planRestore(dir, restored, `${restored}.secret`, new Date('2030-01-01T00:00:00Z'));
		const { movedAside } = restore(second, owner);
		expect(movedAside).toBe(`${restored}.foer-gendannelse-2030-01-01T00-00-00`);
		expect(existsSync(path.join(movedAside!, 'PG_VERSION'))).toBe(true);
		expect(existsSync(`${restored}.secret.foer-gendannelse-2030-01-01T00-00-00`)).toBe(true);
	}, 90_000);

	it('refuses a backup from another PostgreSQL major version or a newer app, and a non-backup', () => {
		const manifest = { format: 1, postgresMajor: 17, postgresVersion: '17.4', migrations: 11 } as BackupManifest;
		expect(incompatibility(manifest, { postgresMajor: 18, migrations: 11 })).toMatch(/PostgreSQL 17 .*PostgreSQL 18/);
		expect(incompatibility({ ...manifest, postgresMajor: 18, migrations: 12 }, { postgresMajor: 18, migrations: 11 })).toMatch(
			/nyere version af appen \(12 migreringer, denne version kender 11\)/
		);
		expect(incompatibility({ ...manifest, postgresMajor: 18 }, { postgresMajor: 18, migrations: 11 })).toBeUndefined();

		const notABackup = path.join(base, 'not-a-backup');
		mkdirSync(notABackup, { recursive: true });
		writeFileSync(path.join(notABackup, MANIFEST), '{}');
		expect(() => readManifest(notABackup)).toThrow(RestoreError);
	});
});
