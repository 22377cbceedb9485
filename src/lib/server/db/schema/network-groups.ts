import { sql } from 'drizzle-orm';
import { pgTable, text, integer, pgEnum, jsonb, timestamp, unique, date } from 'drizzle-orm/pg-core';
import { sourceDocuments } from './sources';
import { tsvector } from './tsvector';
import { bodies } from './bodies';
import { users } from './users';
import { meetings } from './meetings';
import { reminderKind } from './reminder-kind';

/**
 * draft → submitted → approved (→ on_agenda once put on a steering-group agenda), or submitted → sent_back → submitted.
 * "Published" is not stored: it is an on_agenda report whose SG meeting's minutes are published.
 */
export const annualReportStatus = pgEnum('annual_report_status', ['draft', 'submitted', 'approved', 'sent_back', 'on_agenda']);

/** One section of the annual-report template: what the network group answers under a heading. */
export interface ReportSection {
	/** Stable key: the section's Y.Text in the report document and its answer in `content`. */
	key: string;
	heading: string;
	/** The guiding question shown under the heading. */
	question: string;
	required: boolean;
}

/** The annual-report template, versioned: a change makes a new version; a report keeps the one it was started on. */
export const reportTemplates = pgTable('report_templates', {
	version: integer().primaryKey(),
	sections: jsonb().$type<ReportSection[]>().notNull(),
	createdBy: integer().references(() => users.id, { onDelete: 'set null' }),
	createdAt: timestamp({ withTimezone: true }).notNull().defaultNow()
});

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
		/** The template version the report was started on (its sections). */
		templateVersion: integer()
			.notNull()
			.default(1)
			.references(() => reportTemplates.version),
		/**
		 * Answers keyed by the template's section keys: the co-edited document (`report-<id>`) as it was at the last
		 * submission, which is what the secretariat reviewed and what is published.
		 */
		content: jsonb().$type<Record<string, string>>().notNull().default({}),
		/** The secretariat's comments per section when it sent the report back (the last round). */
		reviewComments: jsonb().$type<Record<string, string>>().notNull().default({}),
		submittedAt: timestamp({ withTimezone: true }),
		submittedBy: integer().references(() => users.id),
		reviewedAt: timestamp({ withTimezone: true }),
		reviewedBy: integer().references(() => users.id, { onDelete: 'set null' }),
		/** The steering-group meeting whose agenda holds the report as an orientation item, and that item's id. */
		sgMeetingId: integer().references(() => meetings.id, { onDelete: 'set null' }),
		sgItemDocId: text(),
		createdBy: integer().references(() => users.id, { onDelete: 'set null' }),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		/** Full-text search over the reviewed answers (B: the group's name is the title, searched separately). */
		searchVector: tsvector()
			.notNull()
			.generatedAlwaysAs(sql`setweight(jsonb_to_tsvector('danish', content, '["string"]'), 'B')`)
	},
	(t) => [unique('annual_reports_group_year').on(t.networkGroupId, t.year)]
);

/** The annual-report reminders to a group's lead, each claimed once (see follow-up/reminders.ts for the pattern). */
export const annualReportReminders = pgTable(
	'annual_report_reminders',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		networkGroupId: integer()
			.notNull()
			.references(() => networkGroups.id, { onDelete: 'cascade' }),
		year: integer().notNull(),
		kind: reminderKind().notNull(),
		dueOn: date().notNull(),
		recipients: text().array().notNull().default(sql`'{}'::text[]`),
		claimedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		sentAt: timestamp({ withTimezone: true })
	},
	(t) => [unique('annual_report_reminders_once').on(t.networkGroupId, t.year, t.kind, t.dueOn)]
);
