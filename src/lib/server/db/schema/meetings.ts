import { pgTable, text, integer, pgEnum, timestamp, boolean, index, unique, check } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { sourceDocuments } from './sources';
import { bodies } from './bodies';
import { cases } from './cases';
import { tsvector } from './tsvector';

export const meetingStatus = pgEnum('meeting_status', [
	'planned',
	'agenda_published',
	'held',
	'minutes_published',
	'cancelled'
]);
export const agendaItemKind = pgEnum('agenda_item_kind', ['formal', 'decision', 'discussion', 'orientation', 'other']);

/** A meeting of a body. Times are stored as timestamptz and shown in Europe/Copenhagen. */
export const meetings = pgTable(
	'meetings',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		bodyId: integer()
			.notNull()
			.references(() => bodies.id),
		startsAt: timestamp({ withTimezone: true }).notNull(),
		endsAt: timestamp({ withTimezone: true }),
		/** False when the source gives the date only: `startsAt` is then local midnight and only the day is shown. */
		timeKnown: boolean().notNull().default(true),
		place: text().notNull().default(''),
		virtualUrl: text(),
		isVirtual: boolean().notNull().default(false),
		status: meetingStatus().notNull().default('planned'),
		/** Whether published agenda/minutes are shown on the public portal. */
		isPublic: boolean().notNull().default(true),
		note: text().notNull().default(''),
		/** iCalendar SEQUENCE: raised on every change, so subscribed calendars replace their copy. */
		sequence: integer().notNull().default(0),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		source: text().references(() => sourceDocuments.slug)
	},
	(t) => [
		index('meetings_body_starts_idx').on(t.bodyId, t.startsAt),
		// The register and feeds read meetings newest first across all bodies (bench: 100,000 decisions).
		index('meetings_starts_idx').on(t.startsAt),
		unique('meetings_body_start_unique').on(t.bodyId, t.startsAt),
		check('meeting_time_order', sql`${t.endsAt} is null or ${t.startsAt} < ${t.endsAt}`)
	]
);

/**
 * An item on a meeting's agenda. Text fields are Markdown. `number` is what the agenda prints ("2", "6A"),
 * `position` the order. A closed item (lukket punkt) shows only its title to readers without access.
 */
export const agendaItems = pgTable(
	'agenda_items',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		meetingId: integer()
			.notNull()
			.references(() => meetings.id, { onDelete: 'cascade' }),
		number: text().notNull(),
		position: integer().notNull(),
		kind: agendaItemKind().notNull(),
		title: text().notNull(),
		beslutningstema: text().notNull().default(''),
		baggrund: text().notNull().default(''),
		sagsfremstilling: text().notNull().default(''),
		indstilling: text().notNull().default(''),
		droftelse: text().notNull().default(''),
		beslutning: text().notNull().default(''),
		isClosed: boolean().notNull().default(false),
		closedReason: text().notNull().default(''),
		caseId: integer().references(() => cases.id),
		/** The item's id in the meeting's agenda document, once the rows are written from it. */
		docId: text(),
		source: text().references(() => sourceDocuments.slug),
		/** Full-text search: title (A), what is to be decided and the recommendation (B), the rest (C). */
		searchVector: tsvector()
			.notNull()
			.generatedAlwaysAs(
				sql`setweight(to_tsvector('danish', title), 'A') || setweight(to_tsvector('danish', beslutningstema || ' ' || indstilling), 'B') || setweight(to_tsvector('danish', baggrund || ' ' || sagsfremstilling || ' ' || droftelse || ' ' || beslutning), 'C')`
			),
		/**
		 * What the search ranks by: the title (A) and what is to be decided and recommended (B) only. The whole
		 * vector is large (stored out of line) and reading it for every match of a common word costs most of a
		 * search; a match only in the rest ranks after these, newest first.
		 */
		rankVector: tsvector()
			.notNull()
			.generatedAlwaysAs(
				sql`setweight(to_tsvector('danish', title), 'A') || setweight(to_tsvector('danish', beslutningstema || ' ' || indstilling), 'B')`
			)
	},
	(t) => [
		index('agenda_items_search_idx').using('gin', t.searchVector),
		// Joins that need only an item's meeting and whether it is closed read this index, not the wide rows.
		index('agenda_items_visibility_idx').on(t.id, t.meetingId, t.isClosed),
		// A closed item is found by its title only (its text never): this keeps that search off a sequential scan.
		index('agenda_items_closed_title_idx')
			.using('gin', sql`to_tsvector('danish', ${t.title})`)
			.where(sql`${t.isClosed}`),
		unique('agenda_items_meeting_doc_id').on(t.meetingId, t.docId),
		unique('agenda_items_meeting_number').on(t.meetingId, t.number),
		unique('agenda_items_meeting_position').on(t.meetingId, t.position)
	]
);

/** A link to an attachment (bilag) of an agenda item. */
export const attachments = pgTable('attachments', {
	id: integer().primaryKey().generatedAlwaysAsIdentity(),
	agendaItemId: integer()
		.notNull()
		.references(() => agendaItems.id, { onDelete: 'cascade' }),
	position: integer().notNull(),
	title: text().notNull(),
	url: text()
}, (t) => [index('attachments_item_idx').on(t.agendaItemId)]);
