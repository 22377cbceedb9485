import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { createTestDb, type TestDb } from '../db/test-db';
import { signIn } from './sign-in';
import {
	ACCOUNT_WINDOW_MS,
	MAX_FAILURES_PER_ACCOUNT,
	MAX_FAILURES_PER_ACCOUNT_ADDRESS,
	MAX_FAILURES_PER_ADDRESS,
	WINDOW_MS,
	failureCount,
	signInBlockedFor,
	recordSignInFailure
} from './throttle';
import { DEMO_PASSWORD } from '../db/seed/users';
import { createUser } from '../users/users';
import { acceptPasswordToken, createPasswordToken } from '../users/password-tokens';

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

	it('refuses an address that guessed wrong for an account, even with the right password', async () => {
		const email = 'tovholder@rammeaftale.example';
		for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT_ADDRESS; i++) await signIn(t.db, email, 'forkert-kode', '10.1.0.1');
		const result = await signIn(t.db, email, DEMO_PASSWORD, '10.1.0.1');
		expect(result).toMatchObject({ ok: false, reason: 'throttled' });
		if (!result.ok && result.reason === 'throttled') expect(result.minutes).toBeGreaterThan(0);
	});

	it('lets the owner in from another address after a stranger’s failures for the same e-mail', async () => {
		const email = 'sekretariat@rammeaftale.example';
		for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT_ADDRESS + 3; i++) {
			await signIn(t.db, email, 'forkert-kode', '10.5.0.66');
		}
		expect(await signIn(t.db, email, DEMO_PASSWORD, '10.5.0.66')).toMatchObject({ ok: false, reason: 'throttled' });
		expect(await signIn(t.db, email, DEMO_PASSWORD, '10.5.1.1')).toMatchObject({ ok: true });
	});

	it('bounds guessing per account from many addresses at 100 failures an hour', async () => {
		const email = 'medlem@rammeaftale.example';
		const now = Date.now();
		// Spread over the hour and over addresses, so neither the per-address nor the per-pair limit applies.
		for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) {
			const at = new Date(now - ACCOUNT_WINDOW_MS + 5 * 60_000 + i * 30_000);
			await recordSignInFailure(t.db, email, `10.6.${i}.1`, at);
		}
		const result = await signIn(t.db, email, DEMO_PASSWORD, '10.6.200.1');
		expect(result).toMatchObject({ ok: false, reason: 'throttled' });
		// Free again when the oldest of the hundred leaves the hour: about five minutes from now.
		if (!result.ok && result.reason === 'throttled') expect(result.minutes).toBeGreaterThanOrEqual(5);
		if (!result.ok && result.reason === 'throttled') expect(result.minutes).toBeLessThanOrEqual(6);
		// One fewer is still allowed.
		expect(await signInBlockedFor(t.db, 'medlem@rammeaftale.example', '10.6.200.1', new Date(now + 6 * 60_000))).toBe(0);
	});

	it('counts concurrent guesses exactly: no more get through than the limit', async () => {
		const email = 'admin@rammeaftale.example';
		const results = await Promise.all(
			Array.from({ length: 3 * MAX_FAILURES_PER_ACCOUNT_ADDRESS }, () => signIn(t.db, email, 'forkert-kode', '10.7.0.1'))
		);
		expect(results.filter((r) => !r.ok && r.reason === 'invalid')).toHaveLength(MAX_FAILURES_PER_ACCOUNT_ADDRESS);
		expect(results.filter((r) => !r.ok && r.reason === 'throttled')).toHaveLength(2 * MAX_FAILURES_PER_ACCOUNT_ADDRESS);
	});

	it('clears the account’s counters when its password is reset through a link', async () => {
		const email = 'nulstil@kommune.example';
		const created = await createUser(t.db, { name: 'Nina Nulstil', email, role: 'member', password: 'gammel adgangskode' });
		if (!created.ok) throw new Error('user not created');
		for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT_ADDRESS; i++) await signIn(t.db, email, 'forkert-kode', '10.8.0.1');
		for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT - MAX_FAILURES_PER_ACCOUNT_ADDRESS; i++) {
			await recordSignInFailure(t.db, email, `10.8.${i}.2`);
		}
		expect(await signInBlockedFor(t.db, email, '10.8.0.1')).toBeGreaterThan(0);
		expect(await signInBlockedFor(t.db, email, '10.8.99.3')).toBeGreaterThan(0);
		const link = await createPasswordToken(t.db, created.value.id, 'reset');
		if (!link.ok) throw new Error('no link');
		expect((await acceptPasswordToken(t.db, link.value.token, 'ny adgangskode efter nulstilling')).ok).toBe(true);
		expect(await failureCount(t.db, email)).toBe(0);
		expect(await signIn(t.db, email, 'ny adgangskode efter nulstilling', '10.8.0.1')).toMatchObject({ ok: true });
	});

	it('forgives the owner’s own slips from an address when they sign in there', async () => {
		const email = 'smutter@kommune.example';
		const created = await createUser(t.db, { name: 'Sune Smutter', email, role: 'member', password: 'rigtig adgangskode' });
		if (!created.ok) throw new Error('user not created');
		for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT_ADDRESS - 1; i++) await signIn(t.db, email, 'forkert-kode', '10.9.0.1');
		expect(await signIn(t.db, email, 'rigtig adgangskode', '10.9.0.1')).toMatchObject({ ok: true });
		for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT_ADDRESS - 1; i++) await signIn(t.db, email, 'forkert-kode', '10.9.0.1');
		expect(await signIn(t.db, email, 'rigtig adgangskode', '10.9.0.1')).toMatchObject({ ok: true });
		// The hourly count keeps the failures: forgiving them would let a stranger's guesses restart with each sign-in.
		expect(await failureCount(t.db, email)).toBe(2 * (MAX_FAILURES_PER_ACCOUNT_ADDRESS - 1));
	});

	it('lets the account in again when the window has passed', async () => {
		const email = 'kontakt@rammeaftale.example';
		const past = new Date(Date.now() - WINDOW_MS - 60_000);
		for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT_ADDRESS; i++) await recordSignInFailure(t.db, email, '10.2.0.1', past);
		expect(await signInBlockedFor(t.db, email, '10.2.0.1')).toBe(0);
		const longAgo = new Date(Date.now() - ACCOUNT_WINDOW_MS - 60_000);
		for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) await recordSignInFailure(t.db, email, `10.2.${i}.2`, longAgo);
		expect(await signInBlockedFor(t.db, email, '10.2.0.3')).toBe(0);
	});

	it('throttles an address that tries many accounts', async () => {
		for (let i = 0; i < MAX_FAILURES_PER_ADDRESS; i++) await signIn(t.db, `gaet${i}@example.dk`, 'forkert-kode', '10.3.0.1');
		const result = await signIn(t.db, 'admin@rammeaftale.example', DEMO_PASSWORD, '10.3.0.1');
		expect(result).toMatchObject({ ok: false, reason: 'throttled' });
		expect((await signIn(t.db, 'admin@rammeaftale.example', DEMO_PASSWORD, '10.3.0.2')).ok).toBe(true);
	});
});
