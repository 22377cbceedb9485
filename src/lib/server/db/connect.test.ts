import { describe, it, expect, afterAll } from 'vitest';
import postgres from 'postgres';
import { createTestDb } from './test-db';
import { assertDurable } from './connect';

const t = await createTestDb();
afterAll(() => t.close());

describe('durability check', () => {
	it('accepts a server with fsync and synchronous commit on', async () => {
		await expect(assertDurable(t.sql)).resolves.toBeUndefined();
	});

	it('refuses a connection with synchronous_commit off, with a Danish explanation', async () => {
		const unsafe = postgres(t.url, { max: 1, connection: { synchronous_commit: 'off' } });
		await expect(assertDurable(unsafe)).rejects.toThrow(/synchronous_commit=off/);
		await unsafe.end();
	});
});
