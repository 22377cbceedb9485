// Failed sign-ins are counted in the database, so limits hold across restarts and processes. Three limits:
// - per account *and* address: the quick lockout (5 per 15 min). A stranger who knows an address locks out only
//   themselves, not the owner signing in from elsewhere;
// - per account from anywhere: the slow bound on guessing (100 per hour, ASVS 2.2.1), however many addresses;
// - per address: one address trying many accounts (20 per 15 min).
// A successful password reset or change clears the account's counters (clearAccountFailures).
import { and, count, eq, gt, inArray, lt, or, sql } from 'drizzle-orm';
import { signInFailures } from '../db/schema';
import type { Db } from '../db/types';

export const WINDOW_MS = 15 * 60 * 1000;
/** Failures per account and address within WINDOW_MS before that address is refused for the account. */
export const MAX_FAILURES_PER_ACCOUNT_ADDRESS = 5;
/** Failures per address (any account) within WINDOW_MS. */
export const MAX_FAILURES_PER_ADDRESS = 20;
/** Failures per account from all addresses together within ACCOUNT_WINDOW_MS. */
export const MAX_FAILURES_PER_ACCOUNT = 100;
export const ACCOUNT_WINDOW_MS = 60 * 60 * 1000;
/** Rows older than the longest window no longer count and are pruned. */
const PRUNE_AFTER_MS = Math.max(WINDOW_MS, ACCOUNT_WINDOW_MS);

const account = (email: string) => email.trim().toLowerCase();
const accountKey = (email: string) => `account:${account(email)}`;
/** The account first, so that all of an account's pairs share a prefix (see clearAccountFailures). */
const pairPrefix = (email: string) => `account-address:${account(email)}|`;
const pairKey = (email: string, address: string) => `${pairPrefix(email)}${address}`;
const addressKey = (address: string) => `address:${address}`;

interface Limit {
	key: string;
	max: number;
	windowMs: number;
}

function limits(email: string, address: string): Limit[] {
	return [
		{ key: pairKey(email, address), max: MAX_FAILURES_PER_ACCOUNT_ADDRESS, windowMs: WINDOW_MS },
		{ key: accountKey(email), max: MAX_FAILURES_PER_ACCOUNT, windowMs: ACCOUNT_WINDOW_MS },
		{ key: addressKey(address), max: MAX_FAILURES_PER_ADDRESS, windowMs: WINDOW_MS }
	];
}

/** Minutes until the caller may try again, or 0 when a sign-in may be attempted now. */
export async function signInBlockedFor(db: Db, email: string, address: string, now = new Date()): Promise<number> {
	let wait = 0;
	for (const { key, max, windowMs } of limits(email, address)) {
		const rows = await db
			.select({ failedAt: signInFailures.failedAt })
			.from(signInFailures)
			.where(and(eq(signInFailures.key, key), gt(signInFailures.failedAt, new Date(now.getTime() - windowMs))))
			.orderBy(signInFailures.failedAt);
		if (rows.length >= max) {
			// Blocked until the oldest failure that still counts falls out of the window.
			const freeAt = rows[rows.length - max].failedAt.getTime() + windowMs;
			wait = Math.max(wait, Math.ceil((freeAt - now.getTime()) / 60_000));
		}
	}
	return wait;
}

async function insertFailure(db: Db, email: string, address: string, now: Date): Promise<number[]> {
	const rows = await db
		.insert(signInFailures)
		.values(limits(email, address).map(({ key }) => ({ key, failedAt: now })))
		.returning({ id: signInFailures.id });
	await db.delete(signInFailures).where(lt(signInFailures.failedAt, new Date(now.getTime() - PRUNE_AFTER_MS)));
	return rows.map((r) => r.id);
}

export async function recordSignInFailure(db: Db, email: string, address: string, now = new Date()) {
	await insertFailure(db, email, address, now);
}

export type Attempt = { ok: true; failureIds: number[] } | { ok: false; minutes: number };

/**
 * Checks the limits and, if the attempt may go ahead, counts it as a failure at once, in one step per account
 * and address (transaction-scoped advisory locks): concurrent guesses cannot slip past a limit between the
 * check and the count. The caller forgives the attempt (`forgiveAttempt`) when the password was right.
 */
export async function beginSignInAttempt(db: Db, email: string, address: string, now = new Date()): Promise<Attempt> {
	return db.transaction(async (tx) => {
		// Always the account's lock before the address's, so two attempts never wait on each other in a circle.
		await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`sign-in:${accountKey(email)}`}, 0))`);
		await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`sign-in:${addressKey(address)}`}, 0))`);
		const minutes = await signInBlockedFor(tx, email, address, now);
		if (minutes > 0) return { ok: false, minutes };
		return { ok: true, failureIds: await insertFailure(tx, email, address, now) };
	});
}

/**
 * A successful sign-in: the attempt is no failure, and the owner's earlier slips from this address are forgiven.
 * Failures from other addresses still count towards the account's hourly bound.
 */
export async function forgiveAttempt(db: Db, attempt: { failureIds: number[] }, email: string, address: string) {
	await db
		.delete(signInFailures)
		.where(or(inArray(signInFailures.id, attempt.failureIds), eq(signInFailures.key, pairKey(email, address))));
}

/** After a successful password reset or change: every counter of the account starts again. */
export async function clearAccountFailures(db: Db, email: string) {
	await db
		.delete(signInFailures)
		.where(
			or(eq(signInFailures.key, accountKey(email)), sql`starts_with(${signInFailures.key}, ${pairPrefix(email)})`)
		);
}

/** Failures counted against the account from all addresses (for tests and diagnostics). */
export async function failureCount(db: Db, email: string) {
	const [row] = await db.select({ n: count() }).from(signInFailures).where(eq(signInFailures.key, accountKey(email)));
	return row.n;
}
