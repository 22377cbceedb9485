// Personal calendar-feed tokens: the only code that handles their secrets. The URL carries 32 random bytes in
// base32; the database keeps only the SHA-256 of that text (one row per user), so a leaked database gives no
// working feed address. Regenerating replaces the row (the old address stops working), revoking deletes it.
import { sha256 } from '@oslojs/crypto/sha2';
import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';
import { eq } from 'drizzle-orm';
import { calendarFeedTokens, users } from '../db/schema';
import type { Db } from '../db/types';
import { sessionUserOf, type SessionUser } from '../auth/session';
import { logger } from '../log';

const log = logger.child({ part: 'calendar-feeds' });

/** 32 bytes in lower-case base32 without padding: 52 characters of a-z and 2-7. */
const TOKEN_PATTERN = /^[a-z2-7]{52}$/;

const hashToken = (token: string) => sha256(new TextEncoder().encode(token));

function randomToken(): string {
	const bytes = new Uint8Array(32); // 256 bits
	crypto.getRandomValues(bytes);
	return encodeBase32LowerCaseNoPadding(bytes);
}

export const isWellFormedFeedToken = (token: string) => TOKEN_PATTERN.test(token);

/** A new personal feed token for the user, replacing any earlier one. Returned once; only its hash is kept. */
export async function createFeedToken(db: Db, userId: number, now = new Date()): Promise<string> {
	const token = randomToken();
	await db
		.insert(calendarFeedTokens)
		.values({ userId, tokenHash: hashToken(token), createdAt: now })
		.onConflictDoUpdate({ target: calendarFeedTokens.userId, set: { tokenHash: hashToken(token), createdAt: now } });
	log.info({ userId }, 'kalenderlink oprettet');
	return token;
}

/** Revokes the user's personal feed: its address stops working. */
export async function revokeFeedToken(db: Db, userId: number): Promise<boolean> {
	const deleted = await db
		.delete(calendarFeedTokens)
		.where(eq(calendarFeedTokens.userId, userId))
		.returning({ userId: calendarFeedTokens.userId });
	if (deleted.length) log.info({ userId }, 'kalenderlink tilbagekaldt');
	return deleted.length > 0;
}

/** When the user's current feed token was made, if they have one (the token itself cannot be shown again). */
export async function feedTokenCreatedAt(db: Db, userId: number): Promise<Date | null> {
	const [row] = await db
		.select({ createdAt: calendarFeedTokens.createdAt })
		.from(calendarFeedTokens)
		.where(eq(calendarFeedTokens.userId, userId));
	return row?.createdAt ?? null;
}

/**
 * The user a feed token belongs to, as a SessionUser (their bodies today), or null for a malformed, unknown or
 * revoked token or a disabled user.
 */
export async function userForFeedToken(db: Db, token: string, now = new Date()): Promise<SessionUser | null> {
	if (!isWellFormedFeedToken(token)) return null;
	// Looked up by its hash: the secret is never compared as text, so there is no timing to learn from.
	const [row] = await db
		.select({ user: users })
		.from(calendarFeedTokens)
		.innerJoin(users, eq(users.id, calendarFeedTokens.userId))
		.where(eq(calendarFeedTokens.tokenHash, hashToken(token)));
	if (!row || row.user.disabledAt) return null;
	return sessionUserOf(db, row.user, now);
}
