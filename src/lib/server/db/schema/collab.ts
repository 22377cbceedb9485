import { pgTable, text, bigint, timestamp, index } from 'drizzle-orm/pg-core';
import { bytea } from './users';

/**
 * Co-editing documents (Yjs), by name (`meeting-12`). Every update a client sends is appended here before the
 * client is told it is saved; past a threshold the updates are merged into the document's snapshot in one
 * transaction that deletes exactly the rows it merged. A document = its snapshot + every update row left (Yjs
 * updates are idempotent, so an update both merged and still present does no harm).
 */
export const collabUpdates = pgTable(
	'collab_updates',
	{
		id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
		document: text().notNull(),
		update: bytea().notNull(),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('collab_updates_document_idx').on(t.document, t.id)]
);

export const collabSnapshots = pgTable('collab_snapshots', {
	document: text().primaryKey(),
	state: bytea().notNull(),
	updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow()
});
