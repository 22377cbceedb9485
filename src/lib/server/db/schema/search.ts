import { pgTable, text, integer, index } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';

/**
 * The words of public titles and decisions, for "did you mean" (pg_trgm similarity). Rebuilt from public content
 * only (src/lib/server/search/terms.ts), so a word of an unpublished meeting or a closed item is never suggested.
 */
export const searchTerms = pgTable(
	'search_terms',
	{
		word: text().primaryKey(),
		occurrences: integer().notNull()
	},
	(t) => [index('search_terms_trgm_idx').using('gin', sql`${t.word} gin_trgm_ops`)]
);
