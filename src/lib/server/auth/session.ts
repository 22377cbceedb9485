// Sessions as the Lucia guide describes them: token = id.secret, the database keeps the id and SHA-256(secret).
import { sha256 } from '@oslojs/crypto/sha2';
import { constantTimeEqual } from '@oslojs/crypto/subtle';
import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';
import { and, eq, gte, isNull, lte, ne, or } from 'drizzle-orm';
import { sessions, users, memberships, type userRole } from '../db/schema';
import type { Db } from '../db/types';
import { sessionEvents } from './session-events';

/** A session ends after this long without a request … */
export const INACTIVITY_TIMEOUT_MS = 8 * 60 * 60 * 1000;
/** … and in any case this long after sign-in. */
export const ABSOLUTE_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;
/** Don't write `last_seen_at` on every request. */
const TOUCH_INTERVAL_MS = 60 * 1000;

export type Role = (typeof userRole.enumValues)[number];

export interface SessionUser {
	id: number;
	email: string;
	name: string;
	role: Role;
	municipalityId: number | null;
	/** Bodies the user's person currently sits in: members may read those bodies' closed items. */
	bodyIds: number[];
}

function randomSecret(): string {
	const bytes = new Uint8Array(20); // 160 bits
	crypto.getRandomValues(bytes);
	return encodeBase32LowerCaseNoPadding(bytes);
}

const hashSecret = (secret: string) => sha256(new TextEncoder().encode(secret));

export async function createSession(db: Db, userId: number): Promise<{ token: string; id: string }> {
	const id = randomSecret();
	const secret = randomSecret();
	await db.insert(sessions).values({ id, secretHash: hashSecret(secret), userId });
	return { token: `${id}.${secret}`, id };
}

export async function validateSessionToken(
	db: Db,
	token: string,
	now = new Date()
): Promise<{ user: SessionUser; sessionId: string } | null> {
	const [id, secret] = token.split('.');
	if (!id || !secret || token.length > 100) return null;
	const [row] = await db
		.select({ session: sessions, user: users })
		.from(sessions)
		.innerJoin(users, eq(users.id, sessions.userId))
		.where(eq(sessions.id, id));
	if (!row) return null;
	if (!constantTimeEqual(hashSecret(secret), new Uint8Array(row.session.secretHash))) return null;
	const expired =
		now.getTime() - row.session.lastSeenAt.getTime() > INACTIVITY_TIMEOUT_MS ||
		now.getTime() - row.session.createdAt.getTime() > ABSOLUTE_LIFETIME_MS;
	if (expired || row.user.disabledAt) {
		await db.delete(sessions).where(eq(sessions.id, id));
		return null;
	}
	if (now.getTime() - row.session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
		await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, id));
	}
	return { sessionId: id, user: await sessionUserOf(db, row.user, now) };
}

/**
 * The SessionUser of a user row: the bodies their person sits in today. Also used where a user acts without a
 * session (a personal calendar feed's token).
 */
export async function sessionUserOf(
	db: Db,
	user: Pick<typeof users.$inferSelect, 'id' | 'email' | 'name' | 'role' | 'municipalityId' | 'personId'>,
	now = new Date()
): Promise<SessionUser> {
	// Memberships are dated in Danish days, not UTC ones.
	const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(now);
	const bodyRows = user.personId
		? await db
				.select({ bodyId: memberships.bodyId })
				.from(memberships)
				.where(
					and(
						eq(memberships.personId, user.personId),
						or(isNull(memberships.validFrom), lte(memberships.validFrom, today)),
						or(isNull(memberships.validTo), gte(memberships.validTo, today))
					)
				)
		: [];
	const { id, email, name, role, municipalityId } = user;
	return { id, email, name, role, municipalityId, bodyIds: [...new Set(bodyRows.map((r) => r.bodyId))] };
}

export async function invalidateSession(db: Db, sessionId: string) {
	await db.delete(sessions).where(eq(sessions.id, sessionId));
	sessionEvents.emit('sessionEnded', sessionId);
}

/** Sign-out everywhere: used when a user is disabled or changes password. */
export async function invalidateUserSessions(db: Db, userId: number, exceptSessionId?: string) {
	await db
		.delete(sessions)
		.where(exceptSessionId ? and(eq(sessions.userId, userId), ne(sessions.id, exceptSessionId)) : eq(sessions.userId, userId));
	if (exceptSessionId) sessionEvents.emit('userChanged', userId);
	else sessionEvents.emit('userSessionsEnded', userId);
}
