import { pgTable, text, integer, pgEnum, date, check } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { sourceDocuments } from './sources';

export const municipalityKind = pgEnum('municipality_kind', ['kommune', 'region']);

/** The 17 municipalities and Region Sjælland: operators of offers, owners of focus areas, members of bodies. */
export const municipalities = pgTable('municipalities', {
	id: integer().primaryKey().generatedAlwaysAsIdentity(),
	slug: text().notNull().unique(),
	name: text().notNull().unique(),
	kind: municipalityKind().notNull().default('kommune'),
	source: text().notNull().references(() => sourceDocuments.slug)
});

/** A two-year framework agreement (rammeaftale), e.g. 2023-24. */
export const agreementPeriods = pgTable(
	'agreement_periods',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		label: text().notNull().unique(),
		startsOn: date().notNull(),
		endsOn: date().notNull(),
		approvalDeadline: date(),
		source: text().notNull().references(() => sourceDocuments.slug)
	},
	(t) => [check('agreement_period_order', sql`${t.startsOn} < ${t.endsOn}`)]
);
