// Sending the subscription mails, exactly once, from the job queue (follow-up/queue.ts): an instant subscription
// gets one mail per new decision published after its confirmation; a daily one gets one digest per day (Copenhagen),
// at or after SUBSCRIPTION_DIGEST_HOUR (default 7), with every new decision since its last digest. Each mail is
// claimed by its subscription_deliveries rows (unique per subscription and decision) in the transaction that sends
// it (mail/claimed-reminders.ts), so a second process or a rerun sends nothing twice. Only decisions the public may
// read: public meetings with published minutes, never a closed item's.
import { and, asc, eq, gt, inArray, isNotNull, isNull, lt, or, sql } from 'drizzle-orm';
import { TZDate } from '@date-fns/tz';
import { agendaItems, decisions, meetings, subscriptionDeliveries, subscriptions } from '../db/schema';
import type { Db } from '../db/types';
import type { MailSettings } from '../mail/mailer';
import { sendClaimed, type ReminderRun, type Tx } from '../mail/claimed-reminders';
import { publicDecisionCondition, selectPublishedDecisions, topicCondition, type PublishedDecision } from '../feeds/published-decisions';
import { TIME_ZONE } from '$lib/format/date';
import { subscriptionSecret } from './tokens';
import { topicById, type TopicKind } from './topics';
import { digestMail, instantMail, unsubscribeUrl } from './mails';
import { currentUnsubscribeToken, deleteExpiredPending } from './subscribe';

type Env = Record<string, string | undefined>;

/** The hour (Copenhagen) from which the day's digests go out: SUBSCRIPTION_DIGEST_HOUR, 0–23, default 7. */
export function digestHour(env: Env = process.env): number {
	const raw = env.SUBSCRIPTION_DIGEST_HOUR?.trim();
	if (!raw) return 7;
	const hour = Number(raw);
	if (!/^\d{1,2}$/.test(raw) || hour > 23) throw new Error(`SUBSCRIPTION_DIGEST_HOUR skal være et helt tal fra 0 til 23, ikke »${raw}«`);
	return hour;
}

export interface SubscriptionRunOptions {
	origin: string;
	now?: Date;
	settings?: MailSettings | null;
	secret?: string;
	digestHour?: number;
}

export interface SubscriptionRun {
	instant: ReminderRun;
	digest: ReminderRun;
	expired: number;
}

/** Decisions due to a subscription: published, of its topic, after its confirmation, and not yet claimed for it. */
const dueTo = (s: typeof subscriptions) =>
	and(
		publicDecisionCondition(),
		topicCondition(sql`${s.topic}`, sql`${s.topicId}`),
		gt(decisions.publishedAt, s.confirmedAt),
		sql`not exists (select 1 from ${subscriptionDeliveries} where ${subscriptionDeliveries.subscriptionId} = ${s.id} and ${subscriptionDeliveries.decisionId} = ${decisions.id})`
	);

/** The decisions due to one subscription, oldest first (read again inside the sending transaction). */
async function dueDecisions(tx: Tx, subscriptionId: number, only?: number): Promise<PublishedDecision[]> {
	return selectPublishedDecisions(tx)
		.innerJoin(subscriptions, eq(subscriptions.id, subscriptionId))
		.where(and(dueTo(subscriptions), only === undefined ? undefined : eq(decisions.id, only)))
		.orderBy(asc(decisions.publishedAt), asc(decisions.id));
}

/** The subscription, locked for this transaction: a second process waits here, then finds the claims made. */
async function lockConfirmed(tx: Tx, id: number) {
	const [row] = await tx
		.select()
		.from(subscriptions)
		.where(and(eq(subscriptions.id, id), isNotNull(subscriptions.confirmedAt)))
		.for('update');
	return row ?? null;
}

async function claimDeliveries(tx: Tx, subscriptionId: number, decisionIds: number[]) {
	const claimed = await tx
		.insert(subscriptionDeliveries)
		.values(decisionIds.map((decisionId) => ({ subscriptionId, decisionId })))
		.onConflictDoNothing()
		.returning({ id: subscriptionDeliveries.id, decisionId: subscriptionDeliveries.decisionId });
	return {
		decisionIds: new Set(claimed.map((c) => c.decisionId)),
		markSent: () => (claimed.length ? tx.update(subscriptionDeliveries).set({ sentAt: new Date() }).where(inArray(subscriptionDeliveries.id, claimed.map((c) => c.id))) : Promise.resolve())
	};
}

export async function sendSubscriptionMails(db: Db, options: SubscriptionRunOptions): Promise<SubscriptionRun> {
	const now = options.now ?? new Date();
	const expired = await deleteExpiredPending(db, now);
	// Read only when a mail is built (the file fallback is not made by a run that sends nothing).
	const secret = () => options.secret ?? subscriptionSecret();
	const run = { ...options, now };

	const instant = await sendClaimed(
		db,
		run,
		async () =>
			db
				.select({ subscriptionId: subscriptions.id, decisionId: decisions.id })
				.from(decisions)
				.innerJoin(agendaItems, eq(agendaItems.id, decisions.agendaItemId))
				.innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
				.innerJoin(subscriptions, and(eq(subscriptions.frequency, 'instant'), isNotNull(subscriptions.confirmedAt)))
				.where(dueTo(subscriptions))
				.orderBy(asc(decisions.publishedAt), asc(decisions.id), asc(subscriptions.id)),
		async (tx, due) => {
			const subscription = await lockConfirmed(tx, due.subscriptionId);
			if (!subscription || subscription.frequency !== 'instant') return null;
			const [decision] = await dueDecisions(tx, subscription.id, due.decisionId);
			const topic = await topicById(tx, subscription.topic as TopicKind, subscription.topicId);
			if (!decision || !topic) return null;
			const claim = await claimDeliveries(tx, subscription.id, [decision.id]);
			if (!claim.decisionIds.size) return null;
			const token = await currentUnsubscribeToken(tx, subscription.id, secret());
			const { to, ...mail } = instantMail(subscription.email, { decision, topic, origin: options.origin, unsubscribeLink: unsubscribeUrl(options.origin, token) });
			return { to: [to], mail, markSent: claim.markSent };
		},
		(due) => ({ subscriptionId: due.subscriptionId, decisionId: due.decisionId }),
		'abonnementer, straks'
	);

	const hour = options.digestHour ?? digestHour();
	const digest = await sendClaimed(
		db,
		run,
		async (today) => {
			if (new TZDate(now.getTime(), TIME_ZONE).getHours() < hour) return [];
			return db
				.select({ subscriptionId: subscriptions.id, today: sql<string>`${today}` })
				.from(subscriptions)
				.where(
					and(
						eq(subscriptions.frequency, 'daily'),
						isNotNull(subscriptions.confirmedAt),
						or(isNull(subscriptions.lastDigestOn), lt(subscriptions.lastDigestOn, today))
					)
				)
				.orderBy(asc(subscriptions.id));
		},
		async (tx, due) => {
			const subscription = await lockConfirmed(tx, due.subscriptionId);
			if (!subscription || subscription.frequency !== 'daily') return null;
			if (subscription.lastDigestOn && subscription.lastDigestOn >= due.today) return null;
			const pending = await dueDecisions(tx, subscription.id);
			const topic = await topicById(tx, subscription.topic as TopicKind, subscription.topicId);
			if (pending.length === 0 || !topic) return null;
			const claim = await claimDeliveries(tx, subscription.id, pending.map((d) => d.id));
			const fresh = pending.filter((d) => claim.decisionIds.has(d.id));
			if (fresh.length === 0) return null;
			await tx.update(subscriptions).set({ lastDigestOn: due.today }).where(eq(subscriptions.id, subscription.id));
			const token = await currentUnsubscribeToken(tx, subscription.id, secret());
			const { to, ...mail } = digestMail(subscription.email, { decisions: fresh, topic, day: due.today, origin: options.origin, unsubscribeLink: unsubscribeUrl(options.origin, token) });
			return { to: [to], mail, markSent: claim.markSent };
		},
		(due) => ({ subscriptionId: due.subscriptionId }),
		'abonnementer, daglig samling'
	);
	return { instant, digest, expired };
}
