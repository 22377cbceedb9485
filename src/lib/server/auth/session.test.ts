import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDb, type TestDb } from '../db/test-db';
import { sessions, users } from '../db/schema';
import {
	createSession,
	validateSessionToken,
	invalidateSession,
	invalidateUserSessions,
	INACTIVITY_TIMEOUT_MS,
	ABSOLUTE_LIFETIME_MS
} from './session';

let t: TestDb;
let memberId: number;
let adminId: number;

beforeAll(async () => {
	t = await createTestDb({ seeded: true });
	const rows = await t.db.select({ id: users.id, email: users.email }).from(users);
	memberId = rows.find((r) => r.email === 'medlem@rammeaftale.example')!.id;
	adminId = rows.find((r) => r.email === 'admin@rammeaftale.example')!.id;
});
afterAll(() => t.close());

describe('sessions', () => {
	it('stores only a hash of the secret and validates the token', async () => {
		const { token, id } = await createSession(t.db, memberId);
		const [secret] = token.split('.').slice(1);
		const [row] = await t.db.select().from(sessions).where(eq(sessions.id, id));
		expect(Buffer.from(row.secretHash).toString()).not.toContain(secret);
		expect(secret.length).toBeGreaterThanOrEqual(24); // ≥ 120 bits in base32
		const result = await validateSessionToken(t.db, token);
		expect(result?.user.email).toBe('medlem@rammeaftale.example');
	});

	it("knows which bodies a member sits in (for closed items)", async () => {
		const { token } = await createSession(t.db, memberId);
		const result = await validateSessionToken(t.db, token);
		expect(result?.user.bodyIds.length).toBe(1);
	});

	it('rejects a wrong secret, a malformed token and an unknown id', async () => {
		const { token } = await createSession(t.db, memberId);
		const [id] = token.split('.');
		expect(await validateSessionToken(t.db, `${id}.${'a'.repeat(32)}`)).toBeNull();
		expect(await validateSessionToken(t.db, 'garbage')).toBeNull();
		expect(await validateSessionToken(t.db, `unknown.${'a'.repeat(32)}`)).toBeNull();
	});

	it('expires after inactivity and after the absolute lifetime, even when active', async () => {
		const idle = await createSession(t.db, memberId);
		const later = new Date(Date.now() + INACTIVITY_TIMEOUT_MS + 1000);
		expect(await validateSessionToken(t.db, idle.token, later)).toBeNull();

		const busy = await createSession(t.db, memberId);
		// Active every few hours: the sliding window never lapses …
		let now = Date.now();
		while (now < Date.now() + ABSOLUTE_LIFETIME_MS - INACTIVITY_TIMEOUT_MS) {
			now += INACTIVITY_TIMEOUT_MS / 2;
			expect(await validateSessionToken(t.db, busy.token, new Date(now))).not.toBeNull();
		}
		// … but the absolute lifetime does.
		expect(await validateSessionToken(t.db, busy.token, new Date(Date.now() + ABSOLUTE_LIFETIME_MS + 1000))).toBeNull();
	});

	it('ends a session on sign-out and all sessions of a user', async () => {
		const a = await createSession(t.db, adminId);
		const b = await createSession(t.db, adminId);
		await invalidateSession(t.db, a.id);
		expect(await validateSessionToken(t.db, a.token)).toBeNull();
		expect(await validateSessionToken(t.db, b.token)).not.toBeNull();
		await invalidateUserSessions(t.db, adminId);
		expect(await validateSessionToken(t.db, b.token)).toBeNull();
	});

	it('refuses the session of a disabled user', async () => {
		const s = await createSession(t.db, memberId);
		await t.db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, memberId));
		expect(await validateSessionToken(t.db, s.token)).toBeNull();
		await t.db.update(users).set({ disabledAt: null }).where(eq(users.id, memberId));
	});
});
