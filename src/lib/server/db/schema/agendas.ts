import { pgTable, integer, pgEnum, timestamp, jsonb, unique, primaryKey, index } from 'drizzle-orm/pg-core';
import { meetings } from './meetings';
import { users } from './users';
import type { PlainAgenda } from '../../../collab/agenda/plain';

/**
 * Where a meeting's agenda document is in its life: the secretariat drafts (and may send versions to the
 * members); after the meeting it writes the minutes; the minutes are approved, then published. Published is
 * read-only until the secretariat reopens the minutes.
 */
export const agendaPhase = pgEnum('agenda_phase', ['draft', 'sent', 'minutes', 'minutes_approved', 'published']);

/** The phase of each meeting's agenda document (a row once the document exists). */
export const agendaDocuments = pgTable('agenda_documents', {
	meetingId: integer()
		.primaryKey()
		.references(() => meetings.id, { onDelete: 'cascade' }),
	phase: agendaPhase().notNull().default('draft'),
	updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
	updatedBy: integer().references(() => users.id)
});

/** A sent agenda (udsendt): immutable and numbered; sending again after changes makes the next version. */
export const agendaVersions = pgTable(
	'agenda_versions',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		meetingId: integer()
			.notNull()
			.references(() => meetings.id, { onDelete: 'cascade' }),
		number: integer().notNull(),
		sentAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		sentBy: integer().references(() => users.id),
		content: jsonb().$type<PlainAgenda>().notNull()
	},
	(t) => [unique('agenda_versions_meeting_number').on(t.meetingId, t.number)]
);

/** The version of an agenda each member last opened, so they see what changed since. */
export const agendaVersionReads = pgTable(
	'agenda_version_reads',
	{
		userId: integer()
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		meetingId: integer()
			.notNull()
			.references(() => meetings.id, { onDelete: 'cascade' }),
		versionNumber: integer().notNull(),
		readAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.userId, t.meetingId] }), index('agenda_version_reads_meeting_idx').on(t.meetingId)]
);
