// Failed sign-ins are counted per account and per address in the database, so limits hold across restarts.
import { and, eq, gt, lt, count, inArray } from 'drizzle-orm';
import { signInFailures } from '../db/schema';
import type { Db } from '../db/types';

export const WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_ADDRESS = 20;

const accountKey = (email: string) => `account:${email.trim().toLowerCase()}`;
const addressKey = (address: string) => `address:${address}`;

/** Minutes until the caller may try again, or 0 when a sign-in may be attempted now. */
export async function signInBlockedFor(db: Db, email: string, address: string, now = new Date()): Promise<number> {
	const since = new Date(now.getTime() - WINDOW_MS);
	const limits: [string, number][] = [
		[accountKey(email), MAX_FAILURES_PER_ACCOUNT],
		[addressKey(address), MAX_FAILURES_PER_ADDRESS]
	];
	let wait = 0;
	for (const [key, max] of limits) {
		const rows = await db
			.select({ failedAt: signInFailures.failedAt })
			.from(signInFailures)
			.where(and(eq(signInFailures.key, key), gt(signInFailures.failedAt, since)))
			.orderBy(signInFailures.failedAt);
		if (rows.length >= max) {
			// Blocked until the oldest failure that still counts falls out of the window.
			const freeAt = rows[rows.length - max].failedAt.getTime() + WINDOW_MS;
			wait = Math.max(wait, Math.ceil((freeAt - now.getTime()) / 60_000));
		}
	}
	return wait;
}

export async function recordSignInFailure(db: Db, email: string, address: string, now = new Date()) {
	await db.insert(signInFailures).values([
		{ key: accountKey(email), failedAt: now },
		{ key: addressKey(address), failedAt: now }
	]);
	await db.delete(signInFailures).where(lt(signInFailures.failedAt, new Date(now.getTime() - WINDOW_MS)));
}

export async function clearAccountFailures(db: Db, email: string) {
	await db.delete(signInFailures).where(inArray(signInFailures.key, [accountKey(email)]));
}

export async function failureCount(db: Db, email: string) {
	const [row] = await db.select({ n: count() }).from(signInFailures).where(eq(signInFailures.key, accountKey(email)));
	return row.n;
}
