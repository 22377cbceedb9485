// Seeding many new documents at once: more first loads at the same moment than the connection pool has
// connections must not deadlock the pool (each seed reads the meeting's rows through the pool).
import { afterAll, beforeAll, expect, it } from 'vitest';
import { asc } from 'drizzle-orm';
import { createTestDb, type TestDb } from '../db/test-db';
import { connect, type Connection } from '../db/connect';
import { meetings } from '../db/schema';
import { UpdateStore } from './persistence';
import { documentRegistry } from './app';
import { meetingDocumentName } from '../agenda/document';

let db: TestDb;
let small: Connection;

beforeAll(async () => {
	db = await createTestDb({ seeded: true });
	small = connect(db.url, { max: 2 });
});

afterAll(async () => {
	await small?.close();
	await db?.close();
});

it('seeds six new documents at once through a pool of two connections, each exactly once', async () => {
	const rows = await db.db.select({ id: meetings.id }).from(meetings).orderBy(asc(meetings.startsAt)).limit(6);
	const store = new UpdateStore(small.db);
	const registry = documentRegistry(small.db);
	const names = rows.map((m) => meetingDocumentName(m.id));
	const seeded = Promise.all(names.flatMap((name) => [1, 2].map(() => store.seedIfEmpty(name, () => registry.seed(name)))));
	const deadline = new Promise((_, reject) => setTimeout(() => reject(new Error('seeding deadlocked the pool')), 10_000));
	const results = (await Promise.race([seeded, deadline])) as boolean[];
	// Two first visitors per document: one stores the first content, the other finds it there.
	expect(results.filter(Boolean)).toHaveLength(names.length);
	for (const name of names) expect((await store.load(name)).updateRows).toBe(1);
});
