// Invitation and reset links: the only code that handles password-token secrets, so it stands apart from users.ts.
import { sha256 } from '@oslojs/crypto/sha2';
import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { passwordTokens, sessions, users } from '../db/schema';
import type { Db } from '../db/types';
import { hashPassword } from '../auth/password';
import { clearAccountFailures } from '../auth/throttle';
import { logger } from '../log';
import { newPasswordField } from '$lib/schemas/auth';
import { passwordTokenSchema } from '$lib/schemas/users';
import { m } from '$lib/paraglide/messages';
import { failed, notFound, ok, type Outcome } from './outcome';

/** An invitation or reset link works this long. */
export const PASSWORD_TOKEN_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;

const log = logger.child({ part: 'users' });

const hashToken = (token: string) => sha256(new TextEncoder().encode(token));

function randomToken(): string {
	const bytes = new Uint8Array(20); // 160 bits
	crypto.getRandomValues(bytes);
	return encodeBase32LowerCaseNoPadding(bytes);
}

export interface PasswordLink {
	/** Shown once to the admin; only its SHA-256 is stored. */
	token: string;
	purpose: 'invite' | 'reset';
	expiresAt: Date;
}

/**
 * A one-time link to set a password. Earlier unused links of the user stop working, so only the newest link
 * the admin handed out is valid.
 */
export async function createPasswordToken(
	db: Db,
	userId: number,
	purpose: 'invite' | 'reset',
	now = new Date()
): Promise<Outcome<PasswordLink>> {
	const [user] = await db.select({ id: users.id, disabledAt: users.disabledAt }).from(users).where(eq(users.id, userId));
	if (!user) return notFound();
	if (user.disabledAt) return failed({ form: m.admin_error_link_disabled_user() });
	const token = randomToken();
	const expiresAt = new Date(now.getTime() + PASSWORD_TOKEN_LIFETIME_MS);
	await db.transaction(async (tx) => {
		await tx.delete(passwordTokens).where(and(eq(passwordTokens.userId, userId), isNull(passwordTokens.usedAt)));
		await tx.insert(passwordTokens).values({ tokenHash: hashToken(token), userId, purpose, expiresAt });
	});
	log.info({ userId, purpose }, 'adgangskodelink oprettet');
	return ok({ token, purpose, expiresAt });
}

/** An invitation: the link a new user sets their first password with. */
export const createInvitation = (db: Db, userId: number, now = new Date()) =>
	createPasswordToken(db, userId, 'invite', now);

/** An invitation for a user who never set a password, a reset link for one who did. */
export async function createPasswordLink(db: Db, userId: number, now = new Date()): Promise<Outcome<PasswordLink>> {
	const [user] = await db
		.select({ hasPassword: sql<boolean>`${users.passwordHash} is not null` })
		.from(users)
		.where(eq(users.id, userId));
	if (!user) return notFound();
	return createPasswordToken(db, userId, user.hasPassword ? 'reset' : 'invite', now);
}

export type PasswordTokenState =
	| { status: 'valid'; purpose: 'invite' | 'reset'; name: string; email: string }
	| { status: 'invalid' | 'used' | 'expired' };

async function findToken(db: Db, token: string) {
	if (!passwordTokenSchema().safeParse(token).success) return undefined;
	const [row] = await db
		.select({ token: passwordTokens, name: users.name, email: users.email, disabledAt: users.disabledAt })
		.from(passwordTokens)
		.innerJoin(users, eq(users.id, passwordTokens.userId))
		.where(eq(passwordTokens.tokenHash, hashToken(token)));
	return row;
}

function tokenState(row: Awaited<ReturnType<typeof findToken>>, now: Date): PasswordTokenState {
	if (!row || row.disabledAt) return { status: 'invalid' };
	if (row.token.usedAt) return { status: 'used' };
	if (row.token.expiresAt.getTime() <= now.getTime()) return { status: 'expired' };
	return { status: 'valid', purpose: row.token.purpose, name: row.name, email: row.email };
}

/** What the password page shows before the form: whose link it is, or why it no longer works. */
export async function inspectPasswordToken(db: Db, token: string, now = new Date()): Promise<PasswordTokenState> {
	return tokenState(await findToken(db, token), now);
}

export const passwordTokenMessage = (status: 'invalid' | 'used' | 'expired') =>
	status === 'used'
		? m.account_error_link_used()
		: status === 'expired'
			? m.account_error_link_expired()
			: m.account_error_link_invalid();

/**
 * Sets the password from an invitation or reset link: the link is used up, and every session of the user ends
 * (whoever had the old password is signed out).
 */
export async function acceptPasswordToken(
	db: Db,
	token: string,
	newPassword: string,
	now = new Date()
): Promise<Outcome<{ userId: number; email: string }>> {
	const parsed = newPasswordField().safeParse(newPassword);
	if (!parsed.success) return failed({ newPassword: parsed.error.issues[0].message });
	const state = tokenState(await findToken(db, token), now);
	if (state.status !== 'valid') return failed({ form: passwordTokenMessage(state.status) });
	const passwordHash = await hashPassword(parsed.data);
	const result = await db.transaction(async (tx) => {
		// Use the link up first: of two requests with the same link, only one gets a row back.
		const [used] = await tx
			.update(passwordTokens)
			.set({ usedAt: now })
			.where(and(eq(passwordTokens.tokenHash, hashToken(token)), isNull(passwordTokens.usedAt)))
			.returning({ userId: passwordTokens.userId });
		if (!used) return null;
		const [user] = await tx
			.update(users)
			.set({ passwordHash })
			.where(and(eq(users.id, used.userId), isNull(users.disabledAt)))
			.returning({ id: users.id, email: users.email });
		if (!user) return null;
		await tx.delete(passwordTokens).where(and(eq(passwordTokens.userId, user.id), isNull(passwordTokens.usedAt)));
		await tx.delete(sessions).where(eq(sessions.userId, user.id));
		return user;
	});
	if (!result) return failed({ form: m.account_error_link_used() });
	await clearAccountFailures(db, result.email);
	log.info({ userId: result.id }, 'adgangskode sat fra link');
	return ok({ userId: result.id, email: result.email });
}
