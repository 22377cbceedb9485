// Limits on how often something may happen (e.g. password-reset e-mails per account and per address), counted in
// the database so they hold across restarts and processes. Failed sign-ins have their own table (throttle.ts).
import { and, count, eq, gt, lt, sql } from 'drizzle-orm';
import { rateLimitHits } from '../db/schema';
import type { Db } from '../db/types';

/** Hits older than this are pruned, so no limit's window may be longer. */
export const MAX_WINDOW_MS = 24 * 60 * 60 * 1000;

export interface RateLimit {
	/** '<limit>:<subject>', e.g. 'reset-account:42'. */
	key: string;
	/** At most this many hits … */
	max: number;
	/** … within this many milliseconds (at most MAX_WINDOW_MS). */
	windowMs: number;
}

/**
 * Counts one hit against the limit unless the limit is reached; true when the hit was allowed. Concurrent calls
 * for the same key take turns (a transaction-scoped advisory lock), so the limit holds exactly.
 */
export async function takeRateLimit(db: Db, limit: RateLimit, now = new Date()): Promise<boolean> {
	if (limit.windowMs > MAX_WINDOW_MS) throw new Error(`Grænsen ${limit.key} har et vindue længere end et døgn`);
	return db.transaction(async (tx) => {
		await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${limit.key}, 0))`);
		const since = new Date(now.getTime() - limit.windowMs);
		const [row] = await tx
			.select({ n: count() })
			.from(rateLimitHits)
			.where(and(eq(rateLimitHits.key, limit.key), gt(rateLimitHits.at, since)));
		if (row.n >= limit.max) return false;
		await tx.insert(rateLimitHits).values({ key: limit.key, at: now });
		await tx.delete(rateLimitHits).where(lt(rateLimitHits.at, new Date(now.getTime() - MAX_WINDOW_MS)));
		return true;
	});
}
