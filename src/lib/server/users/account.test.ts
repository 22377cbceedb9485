// Tests of changing the own password (account.ts), on their own seeded database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDb, type TestDb } from '../db/test-db';
import { users } from '../db/schema';
import { createSession, validateSessionToken } from '../auth/session';
import { signIn } from '../auth/sign-in';
import { changePassword } from './account';
import { createUser } from './users';
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

beforeAll(async () => {
	t = await createTestDb({ seeded: true });
});

afterAll(async () => {
	await t?.close();
});

describe('changePassword', () => {
	it('refuses a wrong current password and changes nothing', async () => {
		const id = await created(newUser({ password: 'gammel adgangskode' }));
		const [before] = await t.db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, id));
		const other = await createSession(t.db, id);
		const result = await changePassword(t.db, id, 'forkert gæt', 'ny adgangskode', null, { address: '10.0.0.5' });
		expect(result).toEqual({
			ok: false,
			errors: { currentPassword: 'Den nuværende adgangskode er forkert. Din adgangskode er ikke ændret.' }
		});
		const [after] = await t.db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, id));
		expect(after.hash).toBe(before.hash);
		expect(await validateSessionToken(t.db, other.token)).not.toBeNull();
		expect(await changePassword(t.db, id, 'gammel adgangskode', 'kort', null)).toEqual({
			ok: false,
			errors: { newPassword: 'Adgangskoden skal være mindst 8 tegn.' }
		});
	});

	it('changes the password and ends the other sessions, keeping this one', async () => {
		const email = freshEmail();
		const id = await created(newUser({ email, password: 'gammel adgangskode' }));
		const mine = await createSession(t.db, id);
		const other = await createSession(t.db, id);
		const result = await changePassword(t.db, id, 'gammel adgangskode', 'ny og bedre adgangskode', mine.id);
		expect(result).toEqual({ ok: true, value: undefined });
		expect(await validateSessionToken(t.db, mine.token)).not.toBeNull();
		expect(await validateSessionToken(t.db, other.token)).toBeNull();
		expect(await signIn(t.db, email, 'gammel adgangskode', '10.0.0.6')).toMatchObject({ ok: false });
		expect(await signIn(t.db, email, 'ny og bedre adgangskode', '10.0.0.6')).toMatchObject({ ok: true });
	});

	it('counts wrong guesses towards the sign-in throttle', async () => {
		const id = await created(newUser({ password: 'gammel adgangskode' }));
		for (let i = 0; i < 5; i++) {
			await changePassword(t.db, id, `gæt ${i}`, 'ny adgangskode', null, { address: '10.0.0.7' });
		}
		const blocked = await changePassword(t.db, id, 'gammel adgangskode', 'ny adgangskode', null, { address: '10.0.0.7' });
		expect(blocked.ok).toBe(false);
		if (blocked.ok) return;
		expect(blocked.errors.form).toMatch(/For mange mislykkede forsøg/);
	});
});
