import { pgTable, text, integer, pgEnum, boolean, numeric, timestamp, date, index, check, jsonb, primaryKey, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { decisions } from './decisions';
import { sql } from 'drizzle-orm';
import { sourceDocuments } from './sources';
import { municipalities } from './municipalities';
import { users } from './users';
import { tsvector } from './tsvector';

/** Hovedbilag: 1 local (only the operator), 2 cluster (≤ 4 other buyers), 3 regional (≥ 5 other buyers). */
export const offerCategory = pgEnum('offer_category', ['local', 'cluster', 'regional']);
export const offerCoverage = pgEnum('offer_coverage', ['national', 'regional']);
export const offerStatus = pgEnum('offer_status', ['active', 'closing', 'closed', 'planned']);

/** An offer (tilbud): an institution-level unit with an operator (driftsherre). */
export const offers = pgTable(
	'offers',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		slug: text().notNull().unique(),
		name: text().notNull(),
		operatorId: integer().references(() => municipalities.id),
		/** Free text where the operator is not one municipality or the region (e.g. a self-governing institution). */
		operatorNote: text().notNull().default(''),
		targetGroup: text().notNull().default(''),
		legalBasis: text().array().notNull().default(sql`'{}'::text[]`),
		places: integer(),
		occupancyPercent: numeric({ precision: 5, scale: 1, mode: 'number' }),
		category: offerCategory(),
		mostSpecialised: boolean().notNull().default(false),
		secureUnit: boolean().notNull().default(false),
		specialEducationAnnex: boolean().notNull().default(false),
		coverage: offerCoverage(),
		status: offerStatus().notNull().default('active'),
		description: text().notNull().default(''),
		/** Who to contact about the offer (name, phone, e-mail as the operator gives it). */
		contact: text().notNull().default(''),
		/** Optimistic locking: raised by every edit; a save naming an older version is refused. */
		version: integer().notNull().default(1),
		/** When the category last changed in the product: it may change once a year (hovedbilag). */
		categoryChangedOn: date(),
		/** When someone last edited the offer in the product; null = as transcribed from its source document. */
		updatedAt: timestamp({ withTimezone: true }),
		source: text().references(() => sourceDocuments.slug),
		/** Full-text search: the name (A) above target group and description (B). */
		searchVector: tsvector()
			.notNull()
			.generatedAlwaysAs(
				sql`setweight(to_tsvector('danish', name), 'A') || setweight(to_tsvector('danish', target_group || ' ' || description || ' ' || operator_note), 'B')`
			)
	},
	(t) => [
		index('offers_search_idx').using('gin', t.searchVector),
		check('offer_places_nonnegative', sql`${t.places} is null or ${t.places} >= 0`),
		check('offer_occupancy_range', sql`${t.occupancyPercent} is null or ${t.occupancyPercent} >= 0`)
	]
);

/** What changed on an offer, when, and why (a decision, a seed document, a user's edit). */
export const offerHistory = pgTable(
	'offer_history',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		offerId: integer()
			.notNull()
			.references(() => offers.id, { onDelete: 'cascade' }),
		/** The date the change took effect or the figure was stated (e.g. places in 2016). */
		effectiveOn: date(),
		recordedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		changes: jsonb().$type<Record<string, unknown>>().notNull(),
		note: text().notNull().default(''),
		decisionId: integer().references((): AnyPgColumn => decisions.id),
		changedBy: integer().references(() => users.id),
		source: text().references(() => sourceDocuments.slug)
	},
	(t) => [index('offer_history_offer_idx').on(t.offerId)]
);

/** The municipalities other than the operator that buy places in the offer: the basis of its category. */
export const offerBuyers = pgTable(
	'offer_buyers',
	{
		offerId: integer()
			.notNull()
			.references(() => offers.id, { onDelete: 'cascade' }),
		municipalityId: integer()
			.notNull()
			.references(() => municipalities.id, { onDelete: 'cascade' })
	},
	(t) => [primaryKey({ columns: [t.offerId, t.municipalityId] })]
);
