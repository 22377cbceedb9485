// Limits counted in the database (rate-limit.ts): the window, independent keys, concurrent callers, pruning.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { createTestDb, type TestDb } from '../db/test-db';
import { rateLimitHits } from '../db/schema';
import { MAX_WINDOW_MS, takeRateLimit } from './rate-limit';

let t: TestDb;
const HOUR = 60 * 60 * 1000;

beforeAll(async () => {
	t = await createTestDb();
});

afterAll(async () => {
	await t?.close();
});

const hits = async (key: string) =>
	(await t.db.select({ n: count() }).from(rateLimitHits).where(eq(rateLimitHits.key, key)))[0].n;

describe('takeRateLimit', () => {
	it('allows max hits within the window, then again once the oldest has left it', async () => {
		const limit = { key: 'test:vindue', max: 2, windowMs: HOUR };
		const t0 = new Date('2030-01-01T10:00:00Z');
		const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);
		expect(await takeRateLimit(t.db, limit, at(0))).toBe(true);
		expect(await takeRateLimit(t.db, limit, at(10))).toBe(true);
		expect(await takeRateLimit(t.db, limit, at(59))).toBe(false);
		expect(await takeRateLimit(t.db, { ...limit, key: 'test:anden' }, at(59))).toBe(true);
		expect(await takeRateLimit(t.db, limit, at(60))).toBe(true);
		expect(await takeRateLimit(t.db, limit, at(61))).toBe(false);
		expect(await hits('test:vindue')).toBe(3); // refused hits are not counted
	});

	it('holds exactly under concurrent callers', async () => {
		const limit = { key: 'test:samtidig', max: 3, windowMs: HOUR };
		const now = new Date('2030-02-01T10:00:00Z');
		const results = await Promise.all(Array.from({ length: 12 }, () => takeRateLimit(t.db, limit, now)));
		expect(results.filter(Boolean)).toHaveLength(3);
		expect(await hits('test:samtidig')).toBe(3);
	});

	it('prunes hits older than a day and refuses longer windows', async () => {
		const now = new Date('2030-03-01T10:00:00Z');
		await takeRateLimit(t.db, { key: 'test:gammel', max: 5, windowMs: HOUR }, new Date(now.getTime() - MAX_WINDOW_MS - 1));
		expect(await hits('test:gammel')).toBe(1);
		await takeRateLimit(t.db, { key: 'test:ny', max: 5, windowMs: HOUR }, now);
		expect(await hits('test:gammel')).toBe(0);
		await expect(takeRateLimit(t.db, { key: 'test:lang', max: 1, windowMs: MAX_WINDOW_MS + 1 }, now)).rejects.toThrow(/døgn/);
	});
});
