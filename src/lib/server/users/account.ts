// The own account: a user changing their own password (tied to the sign-in throttle), unlike users.ts's admin actions.
import { and, eq, isNull, ne } from 'drizzle-orm';
import { passwordTokens, sessions, users } from '../db/schema';
import type { Db } from '../db/types';
import { hashPassword, verifyPassword } from '../auth/password';
import { clearAccountFailures, recordSignInFailure, signInBlockedFor } from '../auth/throttle';
import { logger } from '../log';
import { newPasswordField } from '$lib/schemas/auth';
import { m } from '$lib/paraglide/messages';
import { failed, notFound, ok, type Outcome } from './outcome';

const log = logger.child({ part: 'users' });

/**
 * Changes the own password after checking the current one. Wrong guesses count towards the sign-in throttle
 * for the account and the address. Every other session of the user ends; `keepSessionId` stays signed in.
 */
export async function changePassword(
	db: Db,
	userId: number,
	currentPassword: string,
	newPassword: string,
	keepSessionId: string | null,
	{ address = 'unknown', now = new Date() }: { address?: string; now?: Date } = {}
): Promise<Outcome> {
	const parsed = newPasswordField().safeParse(newPassword);
	if (!parsed.success) return failed({ newPassword: parsed.error.issues[0].message });
	if (typeof currentPassword !== 'string' || currentPassword.length === 0 || currentPassword.length > 256) {
		return failed({ currentPassword: m.account_error_current_required() });
	}
	const [user] = await db
		.select({ email: users.email, passwordHash: users.passwordHash, disabledAt: users.disabledAt })
		.from(users)
		.where(eq(users.id, userId));
	if (!user || user.disabledAt) return notFound();
	const minutes = await signInBlockedFor(db, user.email, address, now);
	if (minutes > 0) return failed({ form: m.sign_in_throttled({ minutes }) });
	if (!(await verifyPassword(user.passwordHash, currentPassword))) {
		await recordSignInFailure(db, user.email, address, now);
		return failed({ currentPassword: m.account_error_current_wrong() });
	}
	const passwordHash = await hashPassword(parsed.data);
	await db.transaction(async (tx) => {
		await tx.update(users).set({ passwordHash }).where(eq(users.id, userId));
		await tx.delete(passwordTokens).where(and(eq(passwordTokens.userId, userId), isNull(passwordTokens.usedAt)));
		await tx
			.delete(sessions)
			.where(keepSessionId ? and(eq(sessions.userId, userId), ne(sessions.id, keepSessionId)) : eq(sessions.userId, userId));
	});
	await clearAccountFailures(db, user.email);
	log.info({ userId }, 'adgangskode skiftet');
	return ok(undefined);
}
