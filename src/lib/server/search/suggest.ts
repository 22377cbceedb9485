// "Did you mean": each word of a search that found nothing is compared with the words of public content
// (search_terms, pg_trgm); a word not among them is replaced by its most similar, more common neighbour.
import { sql } from 'drizzle-orm';
import type { Db } from '../db/types';

/** The search text with misspelt words replaced, or null when no better spelling is known. */
export async function suggestion(db: Db, text: string): Promise<string | null> {
	const words = [...new Set(text.toLowerCase().match(/[\p{L}]{3,}/gu) ?? [])].slice(0, 8);
	if (!words.length) return null;
	let changed = false;
	let result = text;
	for (const word of words) {
		const [known] = await db.execute(sql`select 1 from search_terms where word = ${word}`);
		if (known) continue;
		const [best] = await db.execute<{ word: string }>(sql`
			select word from search_terms where word % ${word}
			order by similarity(word, ${word}) desc, occurrences desc, word limit 1`);
		if (!best) continue;
		result = result.replace(new RegExp(`(?<![\\p{L}])${word}(?![\\p{L}])`, 'giu'), best.word);
		changed = true;
	}
	return changed ? result : null;
}
