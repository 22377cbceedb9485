// For tests only: a fresh database per test file, cloned from a template the global setup migrated.
import { inject } from 'vitest';
import { randomBytes } from 'node:crypto';
import { connect, type Connection } from './connect';

export interface TestDb extends Connection {
	url: string;
}

/** `seeded: true` clones the database with the Rammeaftale Sjælland reference data and demo users loaded. */
export async function createTestDb({ seeded = false } = {}): Promise<TestDb> {
	const adminUrl = inject('pgAdminUrl');
	const name = `test_${randomBytes(6).toString('hex')}`;
	const admin = connect(adminUrl, { max: 1 });
	await admin.sql.unsafe(`create database "${name}" template "${seeded ? 'tpl_seeded' : 'tpl_migrated'}"`);
	await admin.close();
	const url = adminUrl.replace(/\/postgres$/, `/${name}`);
	const connection = connect(url, { max: 4 });
	return {
		...connection,
		url,
		close: async () => {
			await connection.close();
			const again = connect(adminUrl, { max: 1 });
			await again.sql.unsafe(`drop database if exists "${name}" with (force)`);
			await again.close();
		}
	};
}
