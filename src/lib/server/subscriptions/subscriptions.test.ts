// E-mail subscriptions through the real SMTP sink: bad input stores nothing; subscribe → confirmation mail → confirm
// (forged and expired links refused); a decision published → exactly one instant mail, also with two runs at once,
// with the List-Unsubscribe headers; the daily digest collects several decisions, once a day, never an old one again;
// a closed item's or an unpublished meeting's decision is never mailed; unsubscribing deletes the row; expired
// pending rows are deleted by the job.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, count, eq } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import { simpleParser } from 'mailparser';
import { createTestDb, type TestDb } from '../db/test-db';
import { agendaItems, decisionFocusAreas, decisionOffers, decisions, focusAreas, meetings, offers, subscriptionDeliveries, subscriptions } from '../db/schema';
import { startSmtpSink, type SinkMessage, type SmtpSink } from '../mail/test-smtp';
import type { MailSettings } from '../mail/mailer';
import { bodyId, plantClosedItem } from '../meetings/test-fixtures';
import { confirmSubscription, deleteExpiredPending, inspectConfirmToken, inspectUnsubscribeToken, subscribe, unsubscribe } from './subscribe';
import { sendSubscriptionMails } from './send';
import { hashToken } from './tokens';

const ORIGIN = 'https://rammeaftale.example';
const SECRET = 'test-secret-for-unsubscribe-links';
const HOUR = 60 * 60 * 1000;
const marker = `LUKKET-${crypto.randomUUID()}`;

let t: TestDb;
let sink: SmtpSink;
let settings: MailSettings;
let sg: number;
let kildebo: number;
let focusArea: { id: number; slug: string };
let clients = 0;
let meetingsPlanted = 0;

beforeAll(async () => {
	[t, sink] = await Promise.all([createTestDb({ seeded: true }), startSmtpSink()]);
	settings = { url: sink.url, from: 'Rammeaftalesekretariatet <test@localhost>' };
	sg = await bodyId(t.db, 'styregruppen');
	[{ id: kildebo }] = await t.db.select({ id: offers.id }).from(offers).where(eq(offers.slug, 'kildebo'));
	[focusArea] = await t.db.select({ id: focusAreas.id, slug: focusAreas.slug }).from(focusAreas).limit(1);
});
afterAll(async () => {
	await Promise.all([t?.close(), sink?.close()]);
});

const form = (email: string, emne = 'alle', hyppighed = 'straks') => ({ email, emne, hyppighed });
const options = (now: Date, extra: Partial<{ settings: MailSettings | null }> = {}) => ({
	origin: ORIGIN,
	client: `test-${++clients}`,
	now,
	settings,
	secret: SECRET,
	...extra
});
const mailsTo = (address: string): SinkMessage[] => sink.messages.filter((msg) => msg.envelope.to.includes(address));
const linkIn = (msg: SinkMessage, kind: 'bekraeft' | 'afmeld') => {
	const found = msg.text.match(new RegExp(`${ORIGIN}/abonnement/${kind}/([a-z2-7]+)`));
	if (!found) throw new Error(`no ${kind} link in: ${msg.text}`);
	return found[1];
};
const rowsFor = (email: string) => t.db.select().from(subscriptions).where(eq(subscriptions.email, email));
const run = (now: Date, digestHour = 7, mail: MailSettings = settings) =>
	sendSubscriptionMails(t.db, { origin: ORIGIN, now, settings: mail, secret: SECRET, digestHour });

/** A public meeting of the steering group with its minutes (or `status`), an open item and a decision published at `at`. */
async function publish(at: Date, text: string, o: { status?: 'minutes_published' | 'held'; isPublic?: boolean; summary?: string; offer?: boolean; focus?: boolean } = {}) {
	const [meeting] = await t.db
		.insert(meetings)
		.values({ bodyId: sg, startsAt: new Date(at.getTime() - 24 * HOUR - ++meetingsPlanted * 60_000), status: o.status ?? 'minutes_published', isPublic: o.isPublic ?? true })
		.returning({ id: meetings.id });
	const [item] = await t.db
		.insert(agendaItems)
		.values({ meetingId: meeting.id, number: '3', position: 30, kind: 'decision', title: `Punkt om ${text}` })
		.returning({ id: agendaItems.id });
	const [decision] = await t.db
		.insert(decisions)
		.values({ agendaItemId: item.id, kind: 'approved', text, plainSummary: o.summary ?? '', publishedAt: at, updatedAt: at })
		.returning({ id: decisions.id });
	if (o.offer) await t.db.insert(decisionOffers).values({ decisionId: decision.id, offerId: kildebo });
	if (o.focus) await t.db.insert(decisionFocusAreas).values({ decisionId: decision.id, focusAreaId: focusArea.id });
	return { meetingId: meeting.id, decisionId: decision.id };
}

/** Subscribes and confirms at `at`; returns the tokens from the confirmation mail. */
async function subscribed(email: string, at: Date, emne = 'alle', hyppighed = 'straks') {
	const before = mailsTo(email).length;
	expect(await subscribe(t.db, form(email, emne, hyppighed), options(at))).toEqual({ ok: true, email });
	const mail = mailsTo(email)[before];
	const confirm = linkIn(mail, 'bekraeft');
	expect((await confirmSubscription(t.db, confirm, at)).status).toBe('valid');
	return { confirm, unsubscribe: linkIn(mail, 'afmeld') };
}

/** A real SMTP server that keeps each message's headers (the shared sink keeps the parsed text only). */
async function headerSink() {
	const received: { to: string[]; headers: Map<string, string>; text: string }[] = [];
	const server = new SMTPServer({
		logger: false,
		disabledCommands: ['STARTTLS', 'AUTH'],
		authOptional: true,
		onData(stream, session, callback) {
			simpleParser(stream)
				.then((parsed) => {
					// The raw lines: mailparser folds the List-* headers into one structured `list` header.
					const headers = new Map(parsed.headerLines.map((h) => [h.key, h.line.slice(h.line.indexOf(':') + 1).trim()]));
					received.push({ to: session.envelope.rcptTo.map((r) => r.address), headers, text: parsed.text ?? '' });
					callback();
				})
				.catch(callback);
		}
	});
	const port: number = await new Promise((resolve) =>
		server.listen(0, '127.0.0.1', () => resolve((server.server.address() as { port: number }).port))
	);
	return { received, settings: { url: `smtp://127.0.0.1:${port}`, from: 'test@localhost' }, close: () => new Promise<void>((r) => server.close(() => r())) };
}

describe('subscribing', () => {
	it('refuses an address that is not an e-mail, an unknown topic and a frequency, in Danish, storing and sending nothing', async () => {
		const now = new Date('2030-01-01T10:00:00Z');
		const bad = await subscribe(t.db, form('ikke-en-mail', 'organ:findes-ikke', 'hver-time'), options(now));
		expect(bad).toMatchObject({ ok: false, status: 400 });
		if (bad.ok) return;
		expect(bad.errors.email).toBe('Skriv en gyldig e-mailadresse, fx navn@kommune.dk.');
		expect(bad.errors.emne).toBe('Vælg, hvad du vil abonnere på.');
		expect(bad.errors.hyppighed).toBe('Vælg, hvor ofte du vil have e-mails.');
		const [{ n }] = await t.db.select({ n: count() }).from(subscriptions);
		expect(n).toBe(0);
		expect(sink.messages).toHaveLength(0);
		// Without a mail server nothing is stored either.
		const off = await subscribe(t.db, form('ingen-server@example.dk'), options(now, { settings: null }));
		expect(off).toMatchObject({ ok: false, status: 503 });
		expect(await rowsFor('ingen-server@example.dk')).toHaveLength(0);
	});

	it('sends a confirmation link (only its SHA-256 stored); a forged link and an expired one are refused, the expired row deleted', async () => {
		const now = new Date('2030-01-01T10:00:00Z');
		expect(await subscribe(t.db, form('Borger@Example.dk', 'organ:styregruppen'), options(now))).toEqual({ ok: true, email: 'borger@example.dk' });
		const [mail] = mailsTo('borger@example.dk');
		expect(mail.subject).toBe('Bekræft dit abonnement på nye beslutninger');
		expect(mail.text).toContain('nye beslutninger fra Styregruppen');
		const token = linkIn(mail, 'bekraeft');
		const [row] = await rowsFor('borger@example.dk');
		expect(row.confirmedAt).toBeNull();
		expect(row.confirmTokenHash).toBe(hashToken(token));
		expect(JSON.stringify(row)).not.toContain(token);
		expect(row.confirmExpiresAt!.getTime() - now.getTime()).toBe(48 * HOUR);

		expect((await inspectConfirmToken(t.db, 'a'.repeat(32), now)).status).toBe('unknown');
		expect((await confirmSubscription(t.db, 'a'.repeat(32), now)).status).toBe('unknown');
		expect((await confirmSubscription(t.db, '../../etc', now)).status).toBe('unknown');
		expect((await inspectConfirmToken(t.db, token, now)).status).toBe('valid');
		const later = new Date(now.getTime() + 49 * HOUR);
		expect((await confirmSubscription(t.db, token, later)).status).toBe('expired');
		expect(await rowsFor('borger@example.dk')).toHaveLength(0);
	});

	it('replaces a pending subscription to the same topic; a confirmed one is kept and its owner told', async () => {
		const now = new Date('2030-01-02T10:00:00Z');
		await subscribe(t.db, form('igen@example.dk', 'tilbud:kildebo', 'straks'), options(now));
		await subscribe(t.db, form('igen@example.dk', 'tilbud:kildebo', 'daglig'), options(now));
		const [first, second] = mailsTo('igen@example.dk');
		const rows = await rowsFor('igen@example.dk');
		expect(rows).toHaveLength(1);
		expect(rows[0].frequency).toBe('daily');
		expect((await inspectConfirmToken(t.db, linkIn(first, 'bekraeft'), now)).status).toBe('unknown');
		expect((await confirmSubscription(t.db, linkIn(second, 'bekraeft'), now)).status).toBe('valid');
		// The link works once.
		expect((await confirmSubscription(t.db, linkIn(second, 'bekraeft'), now)).status).toBe('unknown');
		expect(await subscribe(t.db, form('igen@example.dk', 'tilbud:kildebo', 'straks'), options(now))).toMatchObject({ ok: true });
		const third = mailsTo('igen@example.dk')[2];
		expect(third.subject).toBe('Du abonnerer allerede');
		const [kept] = await rowsFor('igen@example.dk');
		expect(kept).toMatchObject({ id: rows[0].id, frequency: 'daily' });
		expect(kept.confirmedAt).not.toBeNull();
		expect(linkIn(third, 'afmeld')).toBe(linkIn(second, 'afmeld'));
		await unsubscribe(t.db, linkIn(third, 'afmeld'));
	});
});

describe('sending', () => {
	it('mails each new decision once to an instant subscriber, with the summary first and the unsubscribe headers, also with two runs at once', async () => {
		const t0 = new Date('2030-02-01T09:00:00Z');
		const old = await publish(new Date(t0.getTime() - HOUR), 'Gammel beslutning før bekræftelsen');
		const { unsubscribe: token } = await subscribed('straks@example.dk', t0);
		const fresh = await publish(new Date(t0.getTime() + HOUR), 'Styregruppen godkender rammeaftalen.', { summary: 'Rammeaftalen er godkendt.' });
		const closed = await plantClosedItem(t.db, fresh.meetingId, marker);
		await t.db.update(decisions).set({ publishedAt: new Date(t0.getTime() + HOUR) }).where(eq(decisions.id, closed.decisionId));
		const held = await publish(new Date(t0.getTime() + HOUR), 'Ikke offentliggjort endnu', { status: 'held' });
		const hidden = await publish(new Date(t0.getTime() + HOUR), 'Ikke et offentligt møde', { isPublic: false });

		const runs = await Promise.all([run(new Date(t0.getTime() + 2 * HOUR)), run(new Date(t0.getTime() + 2 * HOUR))]);
		expect(runs[0].instant.sent + runs[1].instant.sent).toBe(1);
		await run(new Date(t0.getTime() + 3 * HOUR));
		const mails = mailsTo('straks@example.dk').slice(1);
		expect(mails).toHaveLength(1);
		const [mail] = mails;
		expect(mail.subject).toBe('Ny beslutning: Punkt om Styregruppen godkender rammeaftalen.: Godkendt');
		// The summary first, then the decision's own words (the headline names the item first).
		expect(mail.text.indexOf('Kort fortalt:\nRammeaftalen er godkendt.')).toBeGreaterThan(0);
		expect(mail.text.indexOf('Rammeaftalen er godkendt.')).toBeLessThan(mail.text.indexOf('Beslutningen:\nStyregruppen godkender rammeaftalen.'));
		expect(mail.text).toContain(`${ORIGIN}/beslutninger/${fresh.decisionId}`);
		expect(linkIn(mail, 'afmeld')).toBe(token);
		for (const text of [marker, 'Gammel beslutning', 'Ikke offentliggjort', 'Ikke et offentligt møde']) expect(mail.text).not.toContain(text);
		const [sub] = await rowsFor('straks@example.dk');
		const delivered = await t.db.select().from(subscriptionDeliveries).where(eq(subscriptionDeliveries.subscriptionId, sub.id));
		expect(delivered.map((d) => d.decisionId)).toEqual([fresh.decisionId]);
		expect(delivered[0].sentAt).not.toBeNull();
		for (const id of [old.decisionId, closed.decisionId, held.decisionId, hidden.decisionId]) expect(delivered.map((d) => d.decisionId)).not.toContain(id);

		// The headers, seen by a server that keeps them: the next decision.
		const headers = await headerSink();
		try {
			await publish(new Date(t0.getTime() + 4 * HOUR), 'Endnu en beslutning');
			expect((await run(new Date(t0.getTime() + 5 * HOUR), 7, headers.settings)).instant.sent).toBe(1);
			const [received] = headers.received;
			expect(received.to).toEqual(['straks@example.dk']);
			expect(received.headers.get('list-unsubscribe')).toBe(`<${ORIGIN}/abonnement/afmeld/${token}>`);
			expect(received.headers.get('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
		} finally {
			await headers.close();
		}
		// A topic: only its decisions.
		await subscribed('kildebo@example.dk', new Date(t0.getTime() + 5 * HOUR), 'tilbud:kildebo');
		await publish(new Date(t0.getTime() + 6 * HOUR), 'Ikke om Kildebo');
		const about = await publish(new Date(t0.getTime() + 6 * HOUR), 'Om Kildebo', { offer: true });
		await run(new Date(t0.getTime() + 7 * HOUR));
		const kildeboMails = mailsTo('kildebo@example.dk').slice(1);
		expect(kildeboMails).toHaveLength(1);
		expect(kildeboMails[0].text).toContain(`/beslutninger/${about.decisionId}`);
		await unsubscribe(t.db, (await subscribedToken('kildebo@example.dk'))!);
		await unsubscribe(t.db, token);
	});

	it('sends a daily digest at or after the hour with every new decision, once a day, never an old one again', async () => {
		// 2030-03-10 06:00 UTC is 07:00 in Copenhagen (winter time).
		const t0 = new Date('2030-03-09T12:00:00Z');
		await subscribed('daglig@example.dk', t0, 'alle', 'daglig');
		const a = await publish(new Date('2030-03-09T14:00:00Z'), 'Første beslutning i samlingen', { summary: 'Kort om den første.' });
		const b = await publish(new Date('2030-03-09T15:00:00Z'), 'Anden beslutning i samlingen');
		const closed = await plantClosedItem(t.db, b.meetingId, `${marker}-digest`);
		await t.db.update(decisions).set({ publishedAt: new Date('2030-03-09T15:00:00Z') }).where(eq(decisions.id, closed.decisionId));

		expect((await run(new Date('2030-03-10T05:45:00Z'))).digest.sent).toBe(0); // 06:45 in Copenhagen
		const [r1, r2] = await Promise.all([run(new Date('2030-03-10T06:00:00Z')), run(new Date('2030-03-10T06:00:00Z'))]);
		expect(r1.digest.sent + r2.digest.sent).toBe(1);
		expect((await run(new Date('2030-03-10T12:00:00Z'))).digest.sent).toBe(0);
		const digests = mailsTo('daglig@example.dk').slice(1);
		expect(digests).toHaveLength(1);
		expect(digests[0].subject).toBe('Nye beslutninger 10. marts 2030 (2)');
		for (const d of [a, b]) expect(digests[0].text).toContain(`${ORIGIN}/beslutninger/${d.decisionId}`);
		expect(digests[0].text.indexOf('Første beslutning')).toBeLessThan(digests[0].text.indexOf('Anden beslutning'));
		expect(digests[0].text).not.toContain(marker);
		expect(linkIn(digests[0], 'afmeld')).toBeTruthy();

		// The next day: nothing new, nothing sent; then one new decision, and only it.
		expect((await run(new Date('2030-03-11T07:00:00Z'))).digest.sent).toBe(0);
		const c = await publish(new Date('2030-03-11T10:00:00Z'), 'Tredje beslutning');
		expect((await run(new Date('2030-03-12T07:00:00Z'))).digest.sent).toBe(1);
		const next = mailsTo('daglig@example.dk')[2];
		expect(next.text).toContain(`/beslutninger/${c.decisionId}`);
		for (const d of [a, b]) expect(next.text).not.toContain(`/beslutninger/${d.decisionId}\n`);
		expect(mailsTo('daglig@example.dk')).toHaveLength(3);
	});

	it('sends nothing without a mail server, and claims nothing then', async () => {
		const t0 = new Date('2030-04-01T09:00:00Z');
		await subscribed('senere@example.dk', t0);
		await publish(new Date(t0.getTime() + HOUR), 'Beslutning mens mailserveren mangler');
		expect((await sendSubscriptionMails(t.db, { origin: ORIGIN, now: new Date(t0.getTime() + 2 * HOUR), settings: null, secret: SECRET })).instant.sent).toBe(0);
		expect((await run(new Date(t0.getTime() + 3 * HOUR))).instant.sent).toBe(1);
	});
});

/** The unsubscribe token of the address's newest subscription, from its newest mail. */
async function subscribedToken(email: string) {
	const all = mailsTo(email);
	return all.length ? linkIn(all[all.length - 1], 'afmeld') : null;
}

describe('unsubscribing and expiry', () => {
	it('deletes the row by the mail’s link; the link then names nothing', async () => {
		const now = new Date('2030-05-01T09:00:00Z');
		const { unsubscribe: token } = await subscribed('afmeld@example.dk', now, `fokusomraade:${focusArea.slug}`);
		expect((await inspectUnsubscribeToken(t.db, token)).status).toBe('valid');
		expect(await unsubscribe(t.db, 'b'.repeat(40))).toBe(false);
		expect(await unsubscribe(t.db, token)).toBe(true);
		expect(await rowsFor('afmeld@example.dk')).toHaveLength(0);
		expect((await inspectUnsubscribeToken(t.db, token)).status).toBe('unknown');
		expect(await unsubscribe(t.db, token)).toBe(false);
	});

	it('the job deletes unconfirmed subscriptions past their expiry, and only those', async () => {
		const now = new Date('2030-06-01T09:00:00Z');
		await subscribe(t.db, form('glemt@example.dk'), options(now));
		await subscribed('husket@example.dk', now);
		expect(await deleteExpiredPending(t.db, new Date(now.getTime() + 47 * HOUR))).toBe(0);
		const result = await run(new Date(now.getTime() + 49 * HOUR));
		expect(result.expired).toBe(1);
		expect(await rowsFor('glemt@example.dk')).toHaveLength(0);
		expect(await rowsFor('husket@example.dk')).toHaveLength(1);
		const [{ n }] = await t.db.select({ n: count() }).from(subscriptions).where(and(eq(subscriptions.email, 'husket@example.dk')));
		expect(n).toBe(1);
	});
});
