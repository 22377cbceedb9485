import { pgTable, text, integer, pgEnum, timestamp, uniqueIndex, index, customType } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { municipalities } from './municipalities';
import { people } from './bodies';

export const userRole = pgEnum('user_role', ['admin', 'secretariat', 'member', 'network_lead', 'municipal_contact']);

export const bytea = customType<{ data: Uint8Array; driverData: Buffer }>({
	dataType: () => 'bytea',
	toDriver: (value) => Buffer.from(value),
	fromDriver: (value) => new Uint8Array(value)
});

/** Someone who signs in. Members of a body are linked to their person, whose memberships say which bodies. */
export const users = pgTable(
	'users',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		email: text().notNull(),
		name: text().notNull(),
		passwordHash: text(),
		role: userRole().notNull(),
		municipalityId: integer().references(() => municipalities.id),
		personId: integer().references(() => people.id),
		disabledAt: timestamp({ withTimezone: true }),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(t) => [uniqueIndex('users_email_lower_idx').on(sql`lower(${t.email})`)]
);

/** Sessions per the Lucia guide: the id is public, only the SHA-256 of the secret is stored. */
export const sessions = pgTable(
	'sessions',
	{
		id: text().primaryKey(),
		secretHash: bytea().notNull(),
		userId: integer()
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		lastSeenAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('sessions_user_idx').on(t.userId)]
);

/** One-time links to set a password: invitations and resets. Only the hash of the token is stored. */
export const passwordTokens = pgTable('password_tokens', {
	tokenHash: bytea().primaryKey(),
	userId: integer()
		.notNull()
		.references(() => users.id, { onDelete: 'cascade' }),
	purpose: text({ enum: ['invite', 'reset'] }).notNull(),
	expiresAt: timestamp({ withTimezone: true }).notNull(),
	usedAt: timestamp({ withTimezone: true })
});

/** Failed sign-ins, for throttling per account and per address. Old rows are pruned as new ones arrive. */
export const signInFailures = pgTable(
	'sign_in_failures',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		/** 'account:<lower email>' or 'address:<ip>' */
		key: text().notNull(),
		failedAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('sign_in_failures_key_idx').on(t.key, t.failedAt)]
);

/**
 * Requests counted against a limit, e.g. password-reset e-mails per account and per address
 * (src/lib/server/auth/rate-limit.ts). Rows older than a day are pruned as new ones arrive.
 */
export const rateLimitHits = pgTable(
	'rate_limit_hits',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		/** '<limit>:<subject>', e.g. 'reset-account:42' or 'reset-address:10.0.0.1' */
		key: text().notNull(),
		at: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('rate_limit_hits_key_idx').on(t.key, t.at), index('rate_limit_hits_at_idx').on(t.at)]
);
