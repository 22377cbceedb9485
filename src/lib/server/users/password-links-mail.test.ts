// Invitation and reset links by e-mail (password-links-mail.ts) against a real SMTP server and a seeded database:
// what arrives, that its link works, the copy-the-link fallback, "Glemt adgangskode?" and its limits.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { createTestDb, type TestDb } from '../db/test-db';
import { passwordTokens, users } from '../db/schema';
import { startSmtpSink, type SinkMessage, type SmtpSink } from '../mail/test-smtp';
import { RESET_LIMITS, requestPasswordReset, sendPasswordLink } from './password-links-mail';
import { acceptPasswordToken, inspectPasswordToken } from './password-tokens';
import { createUser, disableUser } from './users';
import { signIn } from '../auth/sign-in';

// Every log line of the modules under test, to check that no token or link is ever logged.
const logged = vi.hoisted(() => [] as unknown[]);
vi.mock('../log', () => {
	type Fake = Record<string, (...args: unknown[]) => unknown>;
	const make = (): Fake => {
		const record = (...args: unknown[]) => void logged.push(args);
		return { child: () => make(), trace: record, debug: record, info: record, warn: record, error: record, fatal: record };
	};
	return { logger: make() };
});

const ORIGIN = 'https://rammeaftale.example';
const HOUR = 60 * 60 * 1000;

let t: TestDb;
let sink: SmtpSink;
let adminId: number;
let run = 0;
const savedSmtpUrl = process.env.SMTP_URL;
/** Every token that reached a mailbox or an admin. */
const tokens: string[] = [];

const freshEmail = (prefix = 'bruger') => `${prefix}-${++run}@kommune.example`;

async function newUser(email = freshEmail(), name = 'Bente Bruger') {
	const result = await createUser(t.db, { name, email, role: 'member' });
	if (!result.ok) throw new Error(JSON.stringify(result.errors));
	return result.value.id;
}

/** The token of the one link in a mail, checked to start with the app's address. */
function tokenIn(mail: SinkMessage): string {
	const links: string[] = mail.text.match(/https?:\/\/\S+/g) ?? [];
	expect(links).toHaveLength(1);
	const match = new RegExp(`^${ORIGIN}/adgangskode/([a-z2-7]{32,})$`).exec(links[0]);
	expect(match, links[0]).not.toBeNull();
	tokens.push(match![1]);
	return match![1];
}

const mailsTo = (email: string) => sink.messages.filter((m) => m.envelope.to.includes(email));

beforeAll(async () => {
	[t, sink] = await Promise.all([
		createTestDb({ seeded: true }),
		startSmtpSink({ rejectRecipient: (address) => address.startsWith('afvist') })
	]);
	const [admin] = await t.db.select({ id: users.id }).from(users).where(eq(users.email, 'admin@rammeaftale.example'));
	adminId = admin.id;
	process.env.SMTP_URL = sink.url;
});

afterEach(() => {
	process.env.SMTP_URL = sink.url;
});

afterAll(async () => {
	if (savedSmtpUrl === undefined) delete process.env.SMTP_URL;
	else process.env.SMTP_URL = savedSmtpUrl;
	await Promise.all([t?.close(), sink?.close()]);
});

describe('sendPasswordLink (the admin pages)', () => {
	it('without a mail server returns the link for the admin to copy, and sends nothing', async () => {
		delete process.env.SMTP_URL;
		const email = freshEmail();
		const id = await newUser(email);
		const result = await sendPasswordLink(t.db, id, { by: adminId, origin: ORIGIN });
		if (!result.ok || result.value.sent) throw new Error(`expected a link to copy: ${JSON.stringify(result)}`);
		expect(result.value).toMatchObject({ email, purpose: 'invite', mailFailed: false });
		const token = result.value.link.replace(`${ORIGIN}/adgangskode/`, '');
		tokens.push(token);
		expect(await inspectPasswordToken(t.db, token)).toMatchObject({ status: 'valid', purpose: 'invite', email });
		expect(mailsTo(email)).toEqual([]);
	});

	it('e-mails an invitation from the admin whose link sets the password, and never hands out the link', async () => {
		const email = freshEmail('inviteret');
		const id = await newUser(email, 'Ida Inviteret');
		const now = new Date();
		const result = await sendPasswordLink(t.db, id, { by: adminId, origin: ORIGIN }, now);
		expect(result).toEqual({
			ok: true,
			value: { sent: true, email, purpose: 'invite', expiresAt: new Date(now.getTime() + 7 * 24 * HOUR) }
		});

		const mail = await sink.waitFor(email);
		expect(mail.to).toEqual([email]);
		expect(mail.subject).toBe('Invitation til Rammeaftale Sjælland');
		expect(mail.text).toContain('Hej Ida Inviteret');
		expect(mail.text).toContain('Anne Admin har oprettet en bruger til dig');
		const token = tokenIn(mail);
		expect(await inspectPasswordToken(t.db, token)).toEqual({ status: 'valid', purpose: 'invite', name: 'Ida Inviteret', email });
		expect(await acceptPasswordToken(t.db, token, 'idas nye adgangskode')).toMatchObject({ ok: true });
		expect(await signIn(t.db, email, 'idas nye adgangskode', '10.1.0.1')).toMatchObject({ ok: true });
	});

	it('e-mails a reset link to a user with a password; the earlier link stops working', async () => {
		const email = freshEmail('nulstil');
		const id = await newUser(email);
		await sendPasswordLink(t.db, id, { by: adminId, origin: ORIGIN });
		const first = tokenIn(await sink.waitFor(email));
		await acceptPasswordToken(t.db, first, 'den første adgangskode');

		const result = await sendPasswordLink(t.db, id, { by: adminId, origin: ORIGIN });
		expect(result).toMatchObject({ ok: true, value: { sent: true, purpose: 'reset' } });
		const resetMail = mailsTo(email).at(-1)!;
		expect(resetMail.subject).toBe('Nulstil din adgangskode til Rammeaftale Sjælland');
		expect(resetMail.text).toContain('Anne Admin har lavet et link');
		const second = tokenIn(resetMail);
		expect(await inspectPasswordToken(t.db, second)).toMatchObject({ status: 'valid', purpose: 'reset' });

		// A third link replaces the second.
		await sendPasswordLink(t.db, id, { by: adminId, origin: ORIGIN });
		expect(mailsTo(email)).toHaveLength(3);
		expect(await inspectPasswordToken(t.db, second)).toEqual({ status: 'invalid' });
	});

	it('when the mail server refuses, returns the still valid link and says the mail failed', async () => {
		const email = freshEmail('afvist');
		const id = await newUser(email);
		const result = await sendPasswordLink(t.db, id, { by: adminId, origin: ORIGIN });
		if (!result.ok || result.value.sent) throw new Error(`expected a failed mail: ${JSON.stringify(result)}`);
		expect(result.value.mailFailed).toBe(true);
		const token = result.value.link.replace(`${ORIGIN}/adgangskode/`, '');
		tokens.push(token);
		expect(await inspectPasswordToken(t.db, token)).toMatchObject({ status: 'valid', email });
		expect(mailsTo(email)).toEqual([]);
	});

	it('refuses a disabled user and answers not found for a missing one, sending nothing', async () => {
		const email = freshEmail();
		const id = await newUser(email);
		await disableUser(t.db, id, { by: adminId });
		const disabled = await sendPasswordLink(t.db, id, { by: adminId, origin: ORIGIN });
		expect(disabled).toEqual({
			ok: false,
			errors: { form: 'Brugeren er deaktiveret. Aktivér brugeren, før du laver et link.' }
		});
		expect(await sendPasswordLink(t.db, 999_999, { by: adminId, origin: ORIGIN })).toMatchObject({ ok: false, notFound: true });
		expect(mailsTo(email)).toEqual([]);
	});
});

describe('requestPasswordReset ("Glemt adgangskode?")', () => {
	let address = 0;
	/** A fresh client address per test, so the per-address limit only bites where a test wants it to. */
	const freshAddress = () => `10.2.0.${++address}`;

	it('mails an existing user a link to choose a new password, whatever the case of the e-mail', async () => {
		const email = freshEmail('glemt');
		const id = await newUser(email, 'Gitte Glemt');
		await sendPasswordLink(t.db, id, { by: adminId, origin: ORIGIN });
		await acceptPasswordToken(t.db, tokenIn(await sink.waitFor(email)), 'gammel adgangskode');

		const request = await requestPasswordReset(t.db, `  ${email.toUpperCase()} `, { address: freshAddress(), origin: ORIGIN });
		expect(request.status).toBe('sending');
		expect(await request.delivery).toBe('sent');
		const mail = mailsTo(email).at(-1)!;
		expect(mail.subject).toBe('Nulstil din adgangskode til Rammeaftale Sjælland');
		expect(mail.text).toContain('Vi har fået en anmodning om at nulstille adgangskoden');
		expect(mail.text).not.toContain('Anne Admin');
		const token = tokenIn(mail);
		expect(await inspectPasswordToken(t.db, token)).toMatchObject({ status: 'valid', purpose: 'reset', email });
		expect(await acceptPasswordToken(t.db, token, 'ny adgangskode')).toMatchObject({ ok: true });
		expect(await signIn(t.db, email, 'ny adgangskode', '10.1.0.2')).toMatchObject({ ok: true });
	});

	it('sends nothing for an unknown e-mail, a disabled user, a non-e-mail, or without a mail server', async () => {
		const before = sink.messages.length;
		const unknown = await requestPasswordReset(t.db, 'findes-ikke@kommune.example', { address: freshAddress(), origin: ORIGIN });
		expect(unknown.status).toBe('unknown');
		expect(await unknown.delivery).toBe('none');

		const email = freshEmail();
		const id = await newUser(email);
		await disableUser(t.db, id, { by: adminId });
		expect((await requestPasswordReset(t.db, email, { address: freshAddress(), origin: ORIGIN })).status).toBe('disabled');
		expect((await requestPasswordReset(t.db, 'ikke en e-mail', { address: freshAddress(), origin: ORIGIN })).status).toBe('unknown');

		delete process.env.SMTP_URL;
		const enabled = freshEmail();
		const enabledId = await newUser(enabled);
		expect((await requestPasswordReset(t.db, enabled, { address: freshAddress(), origin: ORIGIN })).status).toBe('mail-off');
		expect(await t.db.select().from(passwordTokens).where(eq(passwordTokens.userId, enabledId))).toEqual([]);
		expect(sink.messages.length).toBe(before);
	});

	it(`sends at most ${RESET_LIMITS.perAccount.max} mails per account per hour, from any address`, async () => {
		const email = freshEmail('graense');
		await newUser(email);
		const now = new Date('2030-05-01T10:00:00Z');
		for (let i = 0; i < RESET_LIMITS.perAccount.max; i++) {
			const request = await requestPasswordReset(t.db, email, { address: freshAddress(), origin: ORIGIN }, new Date(now.getTime() + i * 60_000));
			expect(request.status).toBe('sending');
			await request.delivery;
		}
		const blocked = await requestPasswordReset(t.db, email, { address: freshAddress(), origin: ORIGIN }, new Date(now.getTime() + 30 * 60_000));
		expect(blocked.status).toBe('throttled');
		expect(mailsTo(email)).toHaveLength(RESET_LIMITS.perAccount.max);
		// An hour after the first, one more is allowed.
		const later = await requestPasswordReset(t.db, email, { address: freshAddress(), origin: ORIGIN }, new Date(now.getTime() + HOUR + 1000));
		expect(later.status).toBe('sending');
		expect(await later.delivery).toBe('sent');
	});

	it(`takes at most ${RESET_LIMITS.perAddress.max} requests per address per hour, known e-mails or not`, async () => {
		const address = freshAddress();
		for (let i = 0; i < RESET_LIMITS.perAddress.max; i++) {
			expect((await requestPasswordReset(t.db, `ukendt-${i}@kommune.example`, { address, origin: ORIGIN })).status).toBe('unknown');
		}
		const email = freshEmail();
		await newUser(email);
		expect((await requestPasswordReset(t.db, email, { address, origin: ORIGIN })).status).toBe('throttled');
		expect((await requestPasswordReset(t.db, email, { address: freshAddress(), origin: ORIGIN })).status).toBe('sending');
	});

	it('a refused mail is given up on quietly; the request still looks the same to the caller', async () => {
		const email = freshEmail('afvist');
		await newUser(email);
		const request = await requestPasswordReset(t.db, email, { address: freshAddress(), origin: ORIGIN });
		expect(request.status).toBe('sending');
		expect(await request.delivery).toBe('failed');
	});
});

describe('logs', () => {
	it('never carry a token or a link', async () => {
		expect(tokens.length).toBeGreaterThan(5);
		const text = JSON.stringify(logged);
		expect(text).toContain('e-mail sendt');
		for (const token of tokens) expect(text).not.toContain(token);
		expect(text).not.toContain('/adgangskode/');
		// Rows for the limits exist, keyed by account id and address: no e-mail addresses stored for unknown requests.
		const keys = await t.db.execute<{ key: string }>(sql`select distinct key from rate_limit_hits`);
		expect(keys.every((row) => /^reset-(account:\d+|address:[\d.]+)$/.test(row.key))).toBe(true);
	});
});
