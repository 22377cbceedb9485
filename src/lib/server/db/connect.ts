import postgres from 'postgres';
import { drizzle } from 'drizzle-orm/postgres-js';
import { migrate } from 'drizzle-orm/postgres-js/migrator';
import path from 'node:path';
import * as schema from './schema';
import type { Db } from './types';

export interface Connection {
	db: Db;
	sql: postgres.Sql;
	close: () => Promise<void>;
}

export function connect(url: string, options: { max?: number } = {}): Connection {
	const sql = postgres(url, {
		max: options.max ?? 10,
		onnotice: () => {},
		connection: { application_name: 'rammeaftale', timezone: 'Europe/Copenhagen' }
	});
	const db = drizzle(sql, { schema, casing: 'snake_case' });
	return { db, sql, close: () => sql.end({ timeout: 5 }) };
}

/** An acknowledged edit must survive a crash: refuse a server that could lose committed transactions. */
export async function assertDurable(sql: postgres.Sql) {
	const [{ fsync }] = await sql<{ fsync: string }[]>`show fsync`;
	const [{ synchronous_commit: syncCommit }] = await sql<{ synchronous_commit: string }[]>`show synchronous_commit`;
	if (fsync !== 'on' || syncCommit === 'off') {
		throw new Error(
			`Databasen kører med fsync=${fsync} og synchronous_commit=${syncCommit}. Rammeaftale starter kun mod en database, der ikke kan tabe bekræftede ændringer (fsync=on, synchronous_commit≠off).`
		);
	}
}

export const migrationsFolder = () => path.resolve(process.env.MIGRATIONS_DIR ?? 'drizzle');

export async function applyMigrations(db: Db) {
	await migrate(db, { migrationsFolder: migrationsFolder() });
}
