// Vitest global setup: one embedded PostgreSQL for the run, in its own directory on a free port (removed afterwards;
// as root in a private directory the cluster is placed where the `postgres` user can reach it, see embedded-postgres.ts),
// with two template databases every test file clones in milliseconds: `tpl_migrated` (schema only) and
// `tpl_seeded` (plus reference data and demo users).
import type { TestProject } from 'vitest/node';
import { rmSync } from 'node:fs';
import { startEmbeddedPostgres } from '../../src/lib/server/db/embedded-postgres';
import { connect, applyMigrations } from '../../src/lib/server/db/connect';
import { loadReferenceData } from '../../src/lib/server/db/seed/reference-data';
import { ensureDemoUsers } from '../../src/lib/server/db/seed/users';
import { freePort } from '../free-port';

declare module 'vitest' {
	export interface ProvidedContext {
		pgAdminUrl: string;
	}
}

export default async function setup(project: TestProject) {
	const dataDir = `data/test-postgres-${process.pid}`;
	const server = await startEmbeddedPostgres({ dataDir, port: await freePort() });
	const admin = connect(server.url('postgres'), { max: 1 });
	for (const name of ['tpl_migrated', 'tpl_seeded']) {
		await admin.sql.unsafe(`create database "${name}"`);
		const template = connect(server.url(name), { max: 1 });
		await applyMigrations(template.db);
		if (name === 'tpl_seeded') {
			await loadReferenceData(template.db);
			await ensureDemoUsers(template.db);
		}
		await template.close();
		await admin.sql.unsafe(`alter database "${name}" is_template true`);
	}
	await admin.close();
	project.provide('pgAdminUrl', server.url('postgres'));
	return async () => {
		await server.stop();
		rmSync(server.dataDir, { recursive: true, force: true });
		for (const leftover of [dataDir, `${dataDir}.secret`, `${dataDir}.location`]) {
			rmSync(leftover, { recursive: true, force: true });
		}
	};
}
