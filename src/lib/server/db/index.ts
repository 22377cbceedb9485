// The app's one database: DATABASE_URL if set, else the embedded PostgreSQL in ./data/postgres.
// Started once from the server's `init` hook; routes reach it through `database()`.
import { connect, assertDurable, applyMigrations, type Connection } from './connect';
import { startEmbeddedPostgres, type EmbeddedServer } from './embedded-postgres';
import { loadReferenceData } from './seed/reference-data';
import { ensureDemoIndicators } from '../indicators/demo';
import { ensureDemoUsers, ensureFirstAdmin } from './seed/users';
import { logger } from '../log';
import { withStartupLock } from '../lifecycle/startup-lock';
import type { Db } from './types';

let connection: Connection | undefined;
let embedded: EmbeddedServer | undefined;
let connectionUrl: string | undefined;

export function database(): Db {
	if (!connection) throw new Error('Databasen er ikke startet');
	return connection.db;
}

/** The URL the app connected with (the job queue opens its own connections with it). */
export function databaseUrl(): string {
	if (!connectionUrl) throw new Error('Databasen er ikke startet');
	return connectionUrl;
}

export async function startDatabase(env: Record<string, string | undefined> = process.env) {
	const log = logger.child({ part: 'database' });
	let url = env.DATABASE_URL;
	if (!url) {
		embedded = await startEmbeddedPostgres({
			dataDir: env.EMBEDDED_PG_DIR ?? 'data/postgres',
			port: Number(env.EMBEDDED_PG_PORT ?? 54329),
			log: (line) => log.debug(line)
		});
		log.info(
			{ dataDir: embedded.dataDir, ...(embedded.relocated && { relocated: embedded.relocated }) },
			`indlejret PostgreSQL i ${embedded.dataDir}`
		);
		const admin = connect(embedded.url('postgres'), { max: 1 });
		const [exists] = await admin.sql`select 1 from pg_database where datname = 'rammeaftale'`;
		if (!exists) await admin.sql`create database rammeaftale`;
		await admin.close();
		url = embedded.url('rammeaftale');
	}
	connection = connect(url);
	connectionUrl = url;
	await assertDurable(connection.sql);
	const demo = await migrateAndSeed(connection, env);
	return { demo, embedded: embedded && { dataDir: embedded.dataDir, relocated: embedded.relocated } };
}

/**
 * Migrations and seed data, once: under an advisory lock, so that processes starting at the same time against one
 * database take turns and only the first does the work (src/lib/server/lifecycle/startup-lock.ts).
 */
export async function migrateAndSeed(connection: Connection, env: Record<string, string | undefined>) {
	const log = logger.child({ part: 'database' });
	return withStartupLock(connection.sql, async () => {
		await applyMigrations(connection.db);
		const { loaded } = await loadReferenceData(connection.db);
		if (loaded) log.info('referencedata for Rammeaftale Sjælland indlæst');
		await ensureFirstAdmin(connection.db, env);
		const demo = env.DEMO_USERS === 'off' ? [] : await ensureDemoUsers(connection.db);
		// Fictional indicator values, only on request: the sources name no figures (docs/indicators.md).
		if (env.DEMO_DATA === 'on') await ensureDemoIndicators(connection.db);
		return demo;
	});
}

export async function stopDatabase() {
	await connection?.close();
	connection = undefined;
	connectionUrl = undefined;
	await embedded?.stop();
	embedded = undefined;
}
