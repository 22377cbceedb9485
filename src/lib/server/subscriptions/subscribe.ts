// E-mail subscriptions without an account: subscribe (double opt-in: a confirmation mail with a link that works 48
// hours), confirm, unsubscribe. The address is stored only while subscribed: bad input stores nothing, a mail that
// cannot be sent rolls the row back, an unsubscribe deletes the row, and the job deletes unconfirmed rows past expiry.
import { and, eq, isNull, lt, sql } from 'drizzle-orm';
import { subscriptions } from '../db/schema';
import type { Db } from '../db/types';
import { takeRateLimit } from '../auth/rate-limit';
import { logger } from '../log';
import { MailError, mailSettings, sendMail, type MailSettings } from '../mail/mailer';
import { emailField } from '$lib/schemas/auth';
import { m } from '$lib/paraglide/messages';
import { parseTopicValue, topicById, type Topic, type TopicKind } from './topics';
import { CONFIRM_LIFETIME_MS, TOKEN_PATTERN, hashToken, randomToken, subscriptionSecret, unsubscribeToken } from './tokens';
import { alreadySubscribedMail, confirmationMail, confirmUrl, unsubscribeUrl, type Frequency } from './mails';

const log = logger.child({ part: 'subscriptions' });
const HOUR_MS = 60 * 60 * 1000;

/** At most this many confirmation mails per address, and subscribe requests per client, per hour. */
export const SUBSCRIBE_LIMITS = {
	perEmail: { max: 5, windowMs: HOUR_MS },
	perClient: { max: 30, windowMs: HOUR_MS }
} as const;

/** The form's frequency values (Danish, they stand in the address of a shared link). */
export const FREQUENCIES: Record<string, Frequency> = { straks: 'instant', daglig: 'daily' };

export interface SubscribeOptions {
	origin: string;
	/** The client's address, for the rate limit. */
	client: string;
	now?: Date;
	settings?: MailSettings | null;
	secret?: string;
}

export type SubscribeResult =
	| { ok: true; email: string }
	| { ok: false; status: 400 | 429 | 503; errors: Record<string, string> };

const bad = (status: 400 | 429 | 503, errors: Record<string, string>): SubscribeResult => ({ ok: false, status, errors });

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** Ensures the stored hash matches the unsubscribe token derived now (see tokens.ts) and returns the token. */
export async function currentUnsubscribeToken(tx: Tx | Db, id: number, secret: string): Promise<string> {
	const token = unsubscribeToken(id, secret);
	await tx.update(subscriptions).set({ unsubscribeTokenHash: hashToken(token) }).where(and(eq(subscriptions.id, id), sql`${subscriptions.unsubscribeTokenHash} <> ${hashToken(token)}`));
	return token;
}

/**
 * Subscribes the address to the topic: a new (or the replaced pending) row and a confirmation mail, in one
 * transaction. Someone already subscribed gets a mail saying so with the unsubscribe link, and the form's answer is
 * the same, so the form does not tell who subscribes to what.
 */
export async function subscribe(db: Db, values: { email: string; emne: string; hyppighed: string }, options: SubscribeOptions): Promise<SubscribeResult> {
	const errors: Record<string, string> = {};
	const email = emailField().safeParse(values.email);
	if (!email.success) errors.email = email.error.issues[0].message;
	const topic = await parseTopicValue(db, values.emne.trim() || null);
	if (!topic) errors.emne = m.subscription_error_topic();
	const frequency = FREQUENCIES[values.hyppighed];
	if (!frequency) errors.hyppighed = m.subscription_error_frequency();
	if (!email.success || !topic || !frequency) return bad(400, errors);
	const settings = options.settings === undefined ? mailSettings() : options.settings;
	if (!settings) return bad(503, { form: m.subscription_error_mail_off() });
	const address = email.data.toLowerCase();
	const now = options.now ?? new Date();
	if (
		!(await takeRateLimit(db, { key: `subscribe-client:${options.client}`, ...SUBSCRIBE_LIMITS.perClient }, now)) ||
		!(await takeRateLimit(db, { key: `subscribe-email:${address}`, ...SUBSCRIBE_LIMITS.perEmail }, now))
	) {
		return bad(429, { form: m.subscription_error_throttled() });
	}
	const secret = options.secret ?? subscriptionSecret();
	try {
		await db.transaction(async (tx) => {
			const same = and(eq(subscriptions.email, address), eq(subscriptions.topic, topic.kind), sql`coalesce(${subscriptions.topicId}, 0) = ${topic.id ?? 0}`);
			// A pending row is replaced (its old links stop working); a confirmed one is left as it is.
			await tx.delete(subscriptions).where(and(same, isNull(subscriptions.confirmedAt)));
			const confirmToken = randomToken();
			const expiresAt = new Date(now.getTime() + CONFIRM_LIFETIME_MS);
			const [row] = await tx
				.insert(subscriptions)
				.values({
					email: address,
					topic: topic.kind,
					topicId: topic.id,
					frequency,
					confirmTokenHash: hashToken(confirmToken),
					confirmExpiresAt: expiresAt,
					// Replaced below by the hash of the token derived from the id.
					unsubscribeTokenHash: hashToken(randomToken()),
					createdAt: now
				})
				.onConflictDoNothing()
				.returning({ id: subscriptions.id });
			if (row) {
				const unsubscribe = await currentUnsubscribeToken(tx, row.id, secret);
				await sendMail(
					confirmationMail(address, {
						topic,
						frequency,
						confirmLink: confirmUrl(options.origin, confirmToken),
						unsubscribeLink: unsubscribeUrl(options.origin, unsubscribe),
						expiresAt
					}),
					settings
				);
				log.info({ subscriptionId: row.id, topic: topic.kind }, 'abonnement oprettet, venter på bekræftelse');
				return;
			}
			const [existing] = await tx.select().from(subscriptions).where(same).for('update');
			if (!existing) throw new Error('abonnementet forsvandt undervejs');
			const unsubscribe = await currentUnsubscribeToken(tx, existing.id, secret);
			await sendMail(
				alreadySubscribedMail(address, { topic, frequency: existing.frequency, unsubscribeLink: unsubscribeUrl(options.origin, unsubscribe) }),
				settings
			);
		});
	} catch (err) {
		// sendMail logged the reason; the row is rolled back.
		if (!(err instanceof MailError)) throw err;
		return bad(503, { form: m.subscription_error_mail_failed() });
	}
	return { ok: true, email: address };
}

export type TokenState =
	| { status: 'valid'; topic: Topic; frequency: Frequency }
	| { status: 'expired' | 'unknown' };

/** What a confirmation link leads to, without confirming (the page shows a button; scanners only GET). */
export async function inspectConfirmToken(db: Db, token: string, now = new Date()): Promise<TokenState> {
	if (!TOKEN_PATTERN.test(token)) return { status: 'unknown' };
	const [row] = await db.select().from(subscriptions).where(eq(subscriptions.confirmTokenHash, hashToken(token)));
	if (!row) return { status: 'unknown' };
	if (!row.confirmExpiresAt || row.confirmExpiresAt <= now) return { status: 'expired' };
	const topic = await topicById(db, row.topic as TopicKind, row.topicId);
	return topic ? { status: 'valid', topic, frequency: row.frequency } : { status: 'unknown' };
}

/** Confirms the subscription of a confirmation link. An expired link deletes its row (the address is not kept). */
export async function confirmSubscription(db: Db, token: string, now = new Date()): Promise<TokenState> {
	const state = await inspectConfirmToken(db, token, now);
	if (state.status === 'expired') {
		await db.delete(subscriptions).where(and(eq(subscriptions.confirmTokenHash, hashToken(token)), isNull(subscriptions.confirmedAt)));
		log.info('udløbet bekræftelseslink: abonnementet er slettet');
	}
	if (state.status !== 'valid') return state;
	const [row] = await db
		.update(subscriptions)
		.set({ confirmedAt: now, confirmTokenHash: null, confirmExpiresAt: null })
		.where(and(eq(subscriptions.confirmTokenHash, hashToken(token)), isNull(subscriptions.confirmedAt)))
		.returning({ id: subscriptions.id });
	if (!row) return { status: 'unknown' };
	log.info({ subscriptionId: row.id }, 'abonnement bekræftet');
	return state;
}

/** What an unsubscribe link leads to: the subscription's topic, or unknown (never subscribed, or gone already). */
export async function inspectUnsubscribeToken(db: Db, token: string): Promise<TokenState> {
	if (!TOKEN_PATTERN.test(token)) return { status: 'unknown' };
	const [row] = await db.select().from(subscriptions).where(eq(subscriptions.unsubscribeTokenHash, hashToken(token)));
	if (!row) return { status: 'unknown' };
	const topic = await topicById(db, row.topic as TopicKind, row.topicId);
	return { status: 'valid', topic: topic ?? { kind: row.topic as TopicKind, id: row.topicId, slug: null, name: null }, frequency: row.frequency };
}

/** Unsubscribes: the row and with it the address are deleted. False when the link names no subscription. */
export async function unsubscribe(db: Db, token: string): Promise<boolean> {
	if (!TOKEN_PATTERN.test(token)) return false;
	const deleted = await db.delete(subscriptions).where(eq(subscriptions.unsubscribeTokenHash, hashToken(token))).returning({ id: subscriptions.id });
	if (deleted.length) log.info({ subscriptionId: deleted[0].id }, 'abonnement afmeldt og slettet');
	return deleted.length > 0;
}

/** Unconfirmed subscriptions past their link's expiry: deleted, with their addresses. */
export async function deleteExpiredPending(db: Db, now = new Date()): Promise<number> {
	const deleted = await db
		.delete(subscriptions)
		.where(and(isNull(subscriptions.confirmedAt), lt(subscriptions.confirmExpiresAt, now)))
		.returning({ id: subscriptions.id });
	if (deleted.length) log.info({ deleted: deleted.length }, 'ubekræftede abonnementer slettet');
	return deleted.length;
}
