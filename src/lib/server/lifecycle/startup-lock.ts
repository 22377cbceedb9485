// Several app processes may start at once against one DATABASE_URL (a rolling start, systemd starting N
// instances). Migrating and seeding are not safe to run twice concurrently (two `create table`s race, two seeds
// insert the same rows), so each start takes one PostgreSQL advisory lock around them: the first migrates and
// seeds, the others wait, then find nothing left to do. The lock is held by a session, so a process killed while
// holding it releases it with its connection.
import type postgres from 'postgres';

/** A fixed key every Rammeaftale process agrees on ("rammeaftale start" in ASCII, cut to 63 bits). */
export const STARTUP_LOCK_KEY = 0x72616d6d_61616674n;

/** Runs `work` while holding the start-up lock, on a connection reserved from `sql` (so the pool needs max ≥ 2). */
export async function withStartupLock<T>(sql: postgres.Sql, work: () => Promise<T>): Promise<T> {
	const held = await sql.reserve();
	try {
		await held`select pg_advisory_lock(${STARTUP_LOCK_KEY.toString()}::bigint)`;
		try {
			return await work();
		} finally {
			await held`select pg_advisory_unlock(${STARTUP_LOCK_KEY.toString()}::bigint)`;
		}
	} finally {
		held.release();
	}
}
