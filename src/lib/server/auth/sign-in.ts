import { eq, sql } from 'drizzle-orm';
import { users } from '../db/schema';
import type { Db } from '../db/types';
import { verifyPassword } from './password';
import { createSession } from './session';
import { beginSignInAttempt, forgiveAttempt } from './throttle';

export type SignInResult =
	| { ok: true; token: string; userId: number }
	| { ok: false; reason: 'invalid' }
	| { ok: false; reason: 'throttled'; minutes: number };

/**
 * Checks throttling first, then the password; a disabled user fails like a wrong password. The attempt counts as
 * a failure from the start (throttle.ts) and is forgiven only when the password is right.
 */
export async function signIn(db: Db, email: string, password: string, address: string): Promise<SignInResult> {
	const attempt = await beginSignInAttempt(db, email, address);
	if (!attempt.ok) return { ok: false, reason: 'throttled', minutes: attempt.minutes };
	const [user] = await db
		.select({ id: users.id, passwordHash: users.passwordHash, disabledAt: users.disabledAt })
		.from(users)
		.where(eq(sql`lower(${users.email})`, email.trim().toLowerCase()));
	const valid = await verifyPassword(user?.passwordHash ?? null, password);
	if (!user || !valid || user.disabledAt) return { ok: false, reason: 'invalid' };
	await forgiveAttempt(db, attempt, email, address);
	const { token } = await createSession(db, user.id);
	return { ok: true, token, userId: user.id };
}
