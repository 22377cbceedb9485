// Vitest global setup: one embedded PostgreSQL for the run, with two template databases that every test file
// clones in milliseconds: `tpl_migrated` (schema only) and `tpl_seeded` (plus reference data and demo users).
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from '../../src/lib/server/db/embedded-postgres';
import { connect, applyMigrations } from '../../src/lib/server/db/connect';
import { loadReferenceData } from '../../src/lib/server/db/seed/reference-data';
import { ensureDemoUsers } from '../../src/lib/server/db/seed/users';

declare module 'vitest' {
	export interface ProvidedContext {
		pgAdminUrl: string;
	}
}

export default async function setup(project: TestProject) {
	const server = await startEmbeddedPostgres({
		dataDir: process.env.TEST_PG_DIR ?? 'data/test-postgres',
		port: Number(process.env.TEST_PG_PORT ?? 54349)
	});
	const admin = connect(server.url('postgres'), { max: 1 });
	const leftovers = await admin.sql<{ datname: string }[]>`
		select datname from pg_database where datname like 'test_%' or datname like 'tpl_%'`;
	for (const { datname } of leftovers) {
		await admin.sql`update pg_database set datistemplate = false where datname = ${datname}`;
		await admin.sql.unsafe(`drop database "${datname}" with (force)`);
	}
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
	};
}
