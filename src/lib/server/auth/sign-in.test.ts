import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { createTestDb, type TestDb } from '../db/test-db';
import { signIn } from './sign-in';
import { MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_ADDRESS, WINDOW_MS, signInBlockedFor, recordSignInFailure } from './throttle';
import { DEMO_PASSWORD } from '../db/seed/users';

let t: TestDb;
beforeAll(async () => (t = await createTestDb({ seeded: true })));
afterAll(() => t.close());

describe('sign-in', () => {
	it('signs in with the right password, case-insensitive e-mail', async () => {
		const result = await signIn(t.db, 'Sekretariat@Rammeaftale.example', DEMO_PASSWORD, '10.0.0.1');
		expect(result.ok).toBe(true);
	});

	it('fails with a wrong password or unknown e-mail, alike', async () => {
		expect(await signIn(t.db, 'sekretariat@rammeaftale.example', 'forkert-kode', '10.0.0.2')).toEqual({
			ok: false,
			reason: 'invalid'
		});
		expect(await signIn(t.db, 'ingen@rammeaftale.example', 'forkert-kode', '10.0.0.2')).toEqual({
			ok: false,
			reason: 'invalid'
		});
	});

	it('throttles an account after repeated failures, even with the right password', async () => {
		const email = 'tovholder@rammeaftale.example';
		for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) await signIn(t.db, email, 'forkert-kode', `10.1.0.${i}`);
		const result = await signIn(t.db, email, DEMO_PASSWORD, '10.1.1.1');
		expect(result).toMatchObject({ ok: false, reason: 'throttled' });
		if (!result.ok && result.reason === 'throttled') expect(result.minutes).toBeGreaterThan(0);
	});

	it('lets the account in again when the window has passed', async () => {
		const email = 'kontakt@rammeaftale.example';
		const past = new Date(Date.now() - WINDOW_MS - 60_000);
		for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) await recordSignInFailure(t.db, email, '10.2.0.1', past);
		expect(await signInBlockedFor(t.db, email, '10.2.0.1')).toBe(0);
	});

	it('throttles an address that tries many accounts', async () => {
		for (let i = 0; i < MAX_FAILURES_PER_ADDRESS; i++) await signIn(t.db, `gaet${i}@example.dk`, 'forkert-kode', '10.3.0.1');
		const result = await signIn(t.db, 'admin@rammeaftale.example', DEMO_PASSWORD, '10.3.0.1');
		expect(result).toMatchObject({ ok: false, reason: 'throttled' });
		expect((await signIn(t.db, 'admin@rammeaftale.example', DEMO_PASSWORD, '10.3.0.2')).ok).toBe(true);
	});
});
