import { pgTable, text, integer, jsonb, date, timestamp, unique, check , type AnyPgColumn } from 'drizzle-orm/pg-core';
import { decisions } from './decisions';
import { sql } from 'drizzle-orm';
import { sourceDocuments } from './sources';
import { agreementPeriods } from './municipalities';
import { users } from './users';
import { tsvector } from './tsvector';

/** A tariff or settlement rule (takstregel) of the governance part; its wording lives in versions. */
export const tariffRules = pgTable('tariff_rules', {
	id: integer().primaryKey().generatedAlwaysAsIdentity(),
	slug: text().notNull().unique(),
	title: text().notNull(),
	/** The section of the takstaftale it belongs to, e.g. "Betalingsmodeller", "Afregning". */
	section: text().notNull(),
	position: integer().notNull().default(0),
	source: text().references(() => sourceDocuments.slug),
	/** Full-text search: the title (A) and section (B); the wording is searched in the versions. */
	searchVector: tsvector()
		.notNull()
		.generatedAlwaysAs(sql`setweight(to_tsvector('danish', title), 'A') || setweight(to_tsvector('danish', section), 'B')`)
});

/**
 * A version of a rule: Markdown text, computable parameters (e.g. { productionChangePercent: 20 }), and the
 * period it is in force. A new version closes the previous one's period.
 */
export const tariffRuleVersions = pgTable(
	'tariff_rule_versions',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		ruleId: integer()
			.notNull()
			.references(() => tariffRules.id, { onDelete: 'cascade' }),
		version: integer().notNull(),
		text: text().notNull(),
		parameters: jsonb().$type<Record<string, number | string | boolean>>().notNull().default({}),
		effectiveFrom: date(),
		effectiveTo: date(),
		agreementPeriodId: integer().references(() => agreementPeriods.id),
		decisionId: integer().references((): AnyPgColumn => decisions.id),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		createdBy: integer().references(() => users.id),
		source: text().references(() => sourceDocuments.slug),
		/** Full-text search over the rule's wording (C: below the rule's title). */
		searchVector: tsvector()
			.notNull()
			.generatedAlwaysAs(sql`setweight(to_tsvector('danish', text), 'C')`)
	},
	(t) => [
		unique('tariff_rule_versions_rule_version').on(t.ruleId, t.version),
		check(
			'tariff_rule_version_period',
			sql`${t.effectiveTo} is null or ${t.effectiveFrom} is null or ${t.effectiveFrom} <= ${t.effectiveTo}`
		)
	]
);
