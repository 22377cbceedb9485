import { pgTable, text, integer, pgEnum, jsonb, timestamp, unique } from 'drizzle-orm/pg-core';
import { sourceDocuments } from './sources';
import { bodies } from './bodies';
import { users } from './users';

export const annualReportStatus = pgEnum('annual_report_status', ['draft', 'submitted', 'reviewed']);

/**
 * A professional network group (or working group) reporting to Styregruppen: the body it is. Its leads
 * (tovholdere) and its contacts in the steering group are memberships of that body (roles `lead` and `contact`)
 * with their periods; none = vacant. The notes say what the minutes add (e.g. why a post is vacant).
 */
export const networkGroups = pgTable('network_groups', {
	id: integer().primaryKey().generatedAlwaysAsIdentity(),
	bodyId: integer()
		.notNull()
		.unique()
		.references(() => bodies.id, { onDelete: 'cascade' }),
	leadNote: text().notNull().default(''),
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
