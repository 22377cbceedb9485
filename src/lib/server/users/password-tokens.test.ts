// Tests of invitation and reset links (password-tokens.ts), on their own seeded database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { sha256 } from '@oslojs/crypto/sha2';
import { createTestDb, type TestDb } from '../db/test-db';
import { passwordTokens, users } from '../db/schema';
import { createSession, validateSessionToken } from '../auth/session';
import { verifyPassword } from '../auth/password';
import { signIn } from '../auth/sign-in';
import {
	PASSWORD_TOKEN_LIFETIME_MS,
	acceptPasswordToken,
	createInvitation,
	createPasswordLink,
	inspectPasswordToken
} from './password-tokens';
import { createUser, getUser } from './users';
import type { CreateUserInput } from '$lib/schemas/users';

let t: TestDb;
let run = 0;

/** A fresh e-mail per call, so tests don't depend on each other's users. */
const freshEmail = () => `bruger-${++run}@kommune.example`;

const newUser = (overrides: Partial<CreateUserInput> = {}): CreateUserInput => ({
	name: 'Bente Bruger',
	email: freshEmail(),
	role: 'member',
	...overrides
});

async function created(input: CreateUserInput) {
	const result = await createUser(t.db, input);
	if (!result.ok) throw new Error(JSON.stringify(result.errors));
	return result.value.id;
}

async function linkFor(userId: number, now = new Date()) {
	const result = await createInvitation(t.db, userId, now);
	if (!result.ok) throw new Error(JSON.stringify(result.errors));
	return result.value;
}

beforeAll(async () => {
	t = await createTestDb({ seeded: true });
});

afterAll(async () => {
	await t?.close();
});

describe('invitations and password links', () => {
	it('stores only the SHA-256 of a random base32 token that expires in 7 days', async () => {
		const id = await created(newUser());
		const now = new Date('2025-03-01T10:00:00Z');
		const link = await linkFor(id, now);
		expect(link.token).toMatch(/^[a-z2-7]{32,}$/); // ≥ 160 bits
		expect(link.purpose).toBe('invite');
		expect(link.expiresAt.getTime() - now.getTime()).toBe(PASSWORD_TOKEN_LIFETIME_MS);
		const rows = await t.db.select().from(passwordTokens).where(eq(passwordTokens.userId, id));
		expect(rows).toHaveLength(1);
		expect(Buffer.from(rows[0].tokenHash).equals(Buffer.from(sha256(new TextEncoder().encode(link.token))))).toBe(true);
		const [raw] = await t.sql`select count(*)::int as n from password_tokens where encode(token_hash, 'escape') like ${'%' + link.token + '%'}`;
		expect(raw.n).toBe(0);
		expect((await getUser(t.db, id, now))?.pendingLink).toEqual({ purpose: 'invite', expiresAt: link.expiresAt });
	});

	it('lets the invited user set a password once, then sign in', async () => {
		const email = freshEmail();
		const id = await created(newUser({ email }));
		const { token } = await linkFor(id);
		expect(await inspectPasswordToken(t.db, token)).toMatchObject({ status: 'valid', purpose: 'invite', email });

		const accepted = await acceptPasswordToken(t.db, token, 'min nye adgangskode');
		expect(accepted).toEqual({ ok: true, value: { userId: id, email } });
		const [row] = await t.db.select().from(users).where(eq(users.id, id));
		expect(await verifyPassword(row.passwordHash, 'min nye adgangskode')).toBe(true);
		expect(await signIn(t.db, email, 'min nye adgangskode', '10.0.0.2')).toMatchObject({ ok: true });

		const again = await acceptPasswordToken(t.db, token, 'en anden adgangskode');
		expect(again).toEqual({ ok: false, errors: { form: 'Linket er allerede brugt. Et link kan kun bruges én gang.' } });
		expect(await inspectPasswordToken(t.db, token)).toEqual({ status: 'used' });
		expect(await signIn(t.db, email, 'en anden adgangskode', '10.0.0.2')).toMatchObject({ ok: false });
	});

	it('refuses an expired link and an unknown one', async () => {
		const id = await created(newUser());
		const issued = new Date('2025-01-01T12:00:00Z');
		const { token } = await linkFor(id, issued);
		const later = new Date(issued.getTime() + PASSWORD_TOKEN_LIFETIME_MS + 1000);
		expect(await inspectPasswordToken(t.db, token, later)).toEqual({ status: 'expired' });
		expect(await acceptPasswordToken(t.db, token, 'min nye adgangskode', later)).toEqual({
			ok: false,
			errors: { form: 'Linket er udløbet. Et link virker i 7 dage.' }
		});
		for (const bad of ['ukendtlink', 'a'.repeat(500), '../../etc', '']) {
			const result = await acceptPasswordToken(t.db, bad, 'min nye adgangskode');
			expect(result).toEqual({ ok: false, errors: { form: 'Linket er ugyldigt. Tjek, at du har kopieret hele linket.' } });
		}
		expect((await getUser(t.db, id))?.hasPassword).toBe(false);
	});

	it('refuses a short password without using up the link', async () => {
		const id = await created(newUser());
		const { token } = await linkFor(id);
		expect(await acceptPasswordToken(t.db, token, 'kort')).toEqual({
			ok: false,
			errors: { newPassword: 'Adgangskoden skal være mindst 8 tegn.' }
		});
		expect(await inspectPasswordToken(t.db, token)).toMatchObject({ status: 'valid' });
	});

	it('a new link replaces the earlier unused one; a reset link ends all sessions', async () => {
		const email = freshEmail();
		const id = await created(newUser({ email, password: 'første adgangskode' }));
		const first = await createPasswordLink(t.db, id);
		const second = await createPasswordLink(t.db, id);
		if (!first.ok || !second.ok) throw new Error('no link');
		expect(second.value.purpose).toBe('reset');
		expect(await inspectPasswordToken(t.db, first.value.token)).toEqual({ status: 'invalid' });

		const { token: sessionToken } = await createSession(t.db, id);
		expect(await acceptPasswordToken(t.db, second.value.token, 'anden adgangskode')).toMatchObject({ ok: true });
		expect(await validateSessionToken(t.db, sessionToken)).toBeNull();
		expect(await signIn(t.db, email, 'første adgangskode', '10.0.0.3')).toMatchObject({ ok: false });
		expect(await signIn(t.db, email, 'anden adgangskode', '10.0.0.3')).toMatchObject({ ok: true });
	});

	it('answers not found for a user that does not exist', async () => {
		expect(await createInvitation(t.db, 999_999)).toMatchObject({ ok: false, notFound: true });
		expect(await createPasswordLink(t.db, 999_999)).toMatchObject({ ok: false, notFound: true });
	});
});
