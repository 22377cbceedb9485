import { customType } from 'drizzle-orm/pg-core';

/**
 * A PostgreSQL `tsvector`: the search columns are stored generated columns (Danish stemming, titles weighted A)
 * with GIN indexes; queries use them through `sql` (src/lib/server/search/).
 */
export const tsvector = customType<{ data: string }>({
	dataType: () => 'tsvector'
});
