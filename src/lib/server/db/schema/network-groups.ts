import { pgTable, text, integer, pgEnum, jsonb, timestamp, unique } from 'drizzle-orm/pg-core';
import { sourceDocuments } from './sources';
import { bodies } from './bodies';
import { municipalities } from './municipalities';
import { users } from './users';

export const annualReportStatus = pgEnum('annual_report_status', ['draft', 'submitted', 'reviewed']);

/**
 * A professional network group (or working group) reporting to Styregruppen: the body it is, its lead
 * municipality (tovholder) and its contact person in the steering group. Null lead = vacant.
 */
export const networkGroups = pgTable('network_groups', {
	id: integer().primaryKey().generatedAlwaysAsIdentity(),
	bodyId: integer()
		.notNull()
		.unique()
		.references(() => bodies.id, { onDelete: 'cascade' }),
	leadMunicipalityId: integer().references(() => municipalities.id),
	leadNote: text().notNull().default(''),
	sgContactMunicipalityId: integer().references(() => municipalities.id),
	sgContactNote: text().notNull().default(''),
	source: text().references(() => sourceDocuments.slug)
});

/** The annual status report a network group files to Styregruppen from the fixed template. */
export const annualReports = pgTable(
	'annual_reports',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		networkGroupId: integer()
			.notNull()
			.references(() => networkGroups.id, { onDelete: 'cascade' }),
		year: integer().notNull(),
		status: annualReportStatus().notNull().default('draft'),
		/** Answers keyed by the template's section keys. */
		content: jsonb().$type<Record<string, string>>().notNull().default({}),
		submittedAt: timestamp({ withTimezone: true }),
		submittedBy: integer().references(() => users.id),
		updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(t) => [unique('annual_reports_group_year').on(t.networkGroupId, t.year)]
);
