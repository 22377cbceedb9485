import { sql } from 'drizzle-orm';
import { pgTable, text, integer, pgEnum, date, primaryKey, index, timestamp, jsonb, unique, boolean } from 'drizzle-orm/pg-core';
import { users } from './users';
import { sourceDocuments } from './sources';
import { agendaItems } from './meetings';
import { offers } from './offers';
import { tariffRules } from './tariffs';
import { focusAreas } from './focus-areas';
import { networkGroups } from './network-groups';
import { municipalities } from './municipalities';

/** tager til efterretning · drøfter · godkender · anbefaler og videresender · udsætter · afviser */
export const decisionKind = pgEnum('decision_kind', [
	'noted',
	'discussed',
	'approved',
	'recommended',
	'postponed',
	'rejected'
]);
/** `unknown`: the source records the action but not whether it was carried out (the 2022 minutes). */
export const actionStatus = pgEnum('action_status', ['open', 'done', 'cancelled', 'unknown']);
/** Who owns a follow-up action: a person (a user of the product), a municipality (its contacts) or the secretariat. */
export const actionOwnerKind = pgEnum('action_owner_kind', ['person', 'municipality', 'secretariat']);
export { reminderKind } from './reminder-kind';
import { reminderKind } from './reminder-kind';
import { tsvector } from './tsvector';

/** A decision (beslutning) a body took on an agenda item; an item may carry several. */
export const decisions = pgTable(
	'decisions',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		agendaItemId: integer()
			.notNull()
			.references(() => agendaItems.id, { onDelete: 'cascade' }),
		position: integer().notNull().default(0),
		kind: decisionKind().notNull(),
		text: text().notNull(),
		/** The decision bullet's id in the agenda document it was published from. */
		docId: text(),
		source: text().references(() => sourceDocuments.slug),
		/** A short summary in plain Danish (let-læst) by the secretariat, shown first on the portal, in feeds and mails. */
		plainSummary: text().notNull().default(''),
		plainSummaryAt: timestamp({ withTimezone: true }),
		plainSummaryBy: integer().references(() => users.id, { onDelete: 'set null' }),
		/** When the decision first reached the register (its minutes published); seeded ones: the meeting's day. */
		publishedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		/** Raised by the product on every change to the decision (summary, correction, republishing). */
		updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		/** Full-text search: the summary above the decision's own words. */
		searchVector: tsvector()
			.notNull()
			.generatedAlwaysAs(
				sql`setweight(to_tsvector('danish', plain_summary), 'A') || setweight(to_tsvector('danish', text), 'B')`
			)
	},
	(t) => [
		index('decisions_item_idx').on(t.agendaItemId),
		index('decisions_published_idx').on(t.publishedAt),
		index('decisions_search_idx').using('gin', t.searchVector)
	]
);

export const decisionOffers = pgTable(
	'decision_offers',
	{
		decisionId: integer()
			.notNull()
			.references(() => decisions.id, { onDelete: 'cascade' }),
		offerId: integer()
			.notNull()
			.references(() => offers.id, { onDelete: 'cascade' }),
		note: text().notNull().default(''),
		/** Linked in the product (an offer's edit citing the decision), not from the minutes: republishing keeps it. */
		addedInProduct: boolean().notNull().default(false)
	},
	(t) => [primaryKey({ columns: [t.decisionId, t.offerId] }), index('decision_offers_offer_idx').on(t.offerId)]
);

export const decisionTariffRules = pgTable(
	'decision_tariff_rules',
	{
		decisionId: integer()
			.notNull()
			.references(() => decisions.id, { onDelete: 'cascade' }),
		tariffRuleId: integer()
			.notNull()
			.references(() => tariffRules.id, { onDelete: 'cascade' }),
		note: text().notNull().default(''),
		/** Linked in the product (a tariff rule's new version naming the decision), not from the minutes: republishing keeps it. */
		addedInProduct: boolean().notNull().default(false)
	},
	(t) => [
		primaryKey({ columns: [t.decisionId, t.tariffRuleId] }),
		index('decision_tariff_rules_rule_idx').on(t.tariffRuleId)
	]
);

export const decisionFocusAreas = pgTable(
	'decision_focus_areas',
	{
		decisionId: integer()
			.notNull()
			.references(() => decisions.id, { onDelete: 'cascade' }),
		focusAreaId: integer()
			.notNull()
			.references(() => focusAreas.id, { onDelete: 'cascade' }),
		note: text().notNull().default('')
	},
	(t) => [primaryKey({ columns: [t.decisionId, t.focusAreaId] })]
);

export const decisionNetworkGroups = pgTable(
	'decision_network_groups',
	{
		decisionId: integer()
			.notNull()
			.references(() => decisions.id, { onDelete: 'cascade' }),
		networkGroupId: integer()
			.notNull()
			.references(() => networkGroups.id, { onDelete: 'cascade' }),
		note: text().notNull().default('')
	},
	(t) => [primaryKey({ columns: [t.decisionId, t.networkGroupId] })]
);

export const decisionMunicipalities = pgTable(
	'decision_municipalities',
	{
		decisionId: integer()
			.notNull()
			.references(() => decisions.id, { onDelete: 'cascade' }),
		municipalityId: integer()
			.notNull()
			.references(() => municipalities.id, { onDelete: 'cascade' }),
		note: text().notNull().default('')
	},
	(t) => [primaryKey({ columns: [t.decisionId, t.municipalityId] })]
);

/** A follow-up action (opfølgning) from a decision: what, who owns it, by when. */
export const followUpActions = pgTable(
	'follow_up_actions',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		decisionId: integer()
			.notNull()
			.references(() => decisions.id, { onDelete: 'cascade' }),
		what: text().notNull(),
		/** Who owns it as the minutes say it ("Sekretariatet", "Greve Kommune"). */
		owner: text().notNull(),
		ownerMunicipalityId: integer().references(() => municipalities.id),
		/** Null where the owner is only known as the minutes' text (`owner`). */
		ownerKind: actionOwnerKind(),
		/** The person who owns it, when `ownerKind` is `person`. */
		ownerUserId: integer().references(() => users.id),
		dueOn: date(),
		status: actionStatus().notNull().default('open'),
		/** The action's id in the agenda document it was published from. */
		docId: text(),
		completedAt: timestamp({ withTimezone: true }),
		note: text().notNull().default(''),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp({ withTimezone: true }),
		updatedBy: integer().references(() => users.id),
		source: text().references(() => sourceDocuments.slug)
	},
	(t) => [
		index('follow_up_actions_decision_idx').on(t.decisionId),
		index('follow_up_actions_due_idx').on(t.status, t.dueOn),
		index('follow_up_actions_owner_user_idx').on(t.ownerUserId)
	]
);

/**
 * A reminder claimed for sending: one row per action, kind and due date (a moved due date earns new reminders).
 * The unique key is what makes a reminder go out once, whichever process or restart gets to it.
 */
export const followUpReminders = pgTable(
	'follow_up_reminders',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		actionId: integer()
			.notNull()
			.references(() => followUpActions.id, { onDelete: 'cascade' }),
		kind: reminderKind().notNull(),
		dueOn: date().notNull(),
		recipients: text().array().notNull().default(sql`'{}'::text[]`),
		claimedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		sentAt: timestamp({ withTimezone: true })
	},
	(t) => [unique('follow_up_reminders_once').on(t.actionId, t.kind, t.dueOn)]
);

/** A correction of a published decision's kind or links by the secretariat: who, when, what (field → old/new). */
export const decisionCorrections = pgTable(
	'decision_corrections',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		decisionId: integer()
			.notNull()
			.references(() => decisions.id, { onDelete: 'cascade' }),
		correctedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		correctedBy: integer().references(() => users.id),
		changes: jsonb().$type<Record<string, { from: unknown; to: unknown }>>().notNull(),
		note: text().notNull().default('')
	},
	(t) => [index('decision_corrections_decision_idx').on(t.decisionId)]
);
