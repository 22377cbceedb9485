import { sql } from 'drizzle-orm';
import { pgTable, text, integer, pgEnum, timestamp, date, index, unique, uniqueIndex } from 'drizzle-orm/pg-core';
import { decisions } from './decisions';

/** What a subscription follows: every new published decision, or those of one body, offer or focus area. */
export const subscriptionTopic = pgEnum('subscription_topic', ['all', 'body', 'offer', 'focus_area']);
/** An instant mail per new decision, or one daily digest. */
export const subscriptionFrequency = pgEnum('subscription_frequency', ['instant', 'daily']);

/**
 * An e-mail subscription without an account (double opt-in). The address is kept only while subscribed: an
 * unconfirmed row is deleted when its confirmation expires, an unsubscribe deletes the row. Tokens are stored as
 * SHA-256 hashes, so a copy of the database cannot confirm or cancel anyone's subscription.
 */
export const subscriptions = pgTable(
	'subscriptions',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		email: text().notNull(),
		topic: subscriptionTopic().notNull(),
		/** The body's, offer's or focus area's id; null for `all`. */
		topicId: integer(),
		frequency: subscriptionFrequency().notNull(),
		confirmTokenHash: text().unique(),
		confirmExpiresAt: timestamp({ withTimezone: true }),
		unsubscribeTokenHash: text().notNull().unique(),
		confirmedAt: timestamp({ withTimezone: true }),
		/** The last day a digest was claimed for (Copenhagen). */
		lastDigestOn: date(),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		uniqueIndex('subscriptions_once').on(t.email, t.topic, sql`coalesce(${t.topicId}, 0)`),
		index('subscriptions_confirmed_idx').on(t.confirmedAt)
	]
);

/**
 * A decision claimed for a subscriber: the unique key is what sends each decision to each subscription once,
 * whichever process or restart gets to it (instant mails and digests alike).
 */
export const subscriptionDeliveries = pgTable(
	'subscription_deliveries',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		subscriptionId: integer()
			.notNull()
			.references(() => subscriptions.id, { onDelete: 'cascade' }),
		decisionId: integer()
			.notNull()
			.references(() => decisions.id, { onDelete: 'cascade' }),
		claimedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		sentAt: timestamp({ withTimezone: true })
	},
	(t) => [unique('subscription_deliveries_once').on(t.subscriptionId, t.decisionId)]
);
