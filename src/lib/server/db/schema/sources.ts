import { pgTable, text, integer } from 'drizzle-orm/pg-core';

/** The original documents the reference data is transcribed from; every seeded row names one. */
export const sourceDocuments = pgTable('source_documents', {
	slug: text().primaryKey(),
	title: text().notNull(),
	year: integer().notNull(),
	/** Where the public can read the document, when known. */
	url: text()
});
