// The user's words as a Danish tsquery. `websearch_to_tsquery` never fails on operators or quotes (it reads
// "takst -lukning", "or" and quoted phrases as a search engine would), and the last word, while being typed,
// also matches as a prefix, so "anbrin" finds "anbringelse".
import { sql, type SQL } from 'drizzle-orm';

/** The last word when it is a bare word at the very end (not negated, not inside an open quote). */
export function lastBareWord(text: string): { rest: string; last: string } | null {
	const match = /^(.*?)([\p{L}\p{N}]{3,})$/su.exec(text);
	if (!match) return null;
	const [, rest, last] = match;
	if (/[-"'\p{L}\p{N}]$/u.test(rest)) return null;
	if ((rest.match(/"/g)?.length ?? 0) % 2 === 1) return null;
	return { rest, last: last.toLowerCase() };
}

/** A tsquery expression for the user's text (Danish stemming; the last word also as a prefix). */
export function searchQuery(text: string): SQL {
	const bare = lastBareWord(text);
	if (!bare) return sql`websearch_to_tsquery('danish', ${text})`;
	return sql`(websearch_to_tsquery('danish', ${bare.rest}) && (websearch_to_tsquery('danish', ${bare.last}) || to_tsquery('simple', ${bare.last + ':*'})))`;
}
