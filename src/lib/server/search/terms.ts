// The word list behind "did you mean" (search_terms, trigram-indexed): the words of public titles and readable
// decisions only, so a suggestion never reveals a word of an unpublished meeting or a closed item's text. Rebuilt by
// the job queue (every 15 minutes and at start), so a new word is suggested at most that much later.
import { sql } from 'drizzle-orm';
import type { Db } from '../db/types';
import { agendaItems, meetings } from '../db/schema';
import { openMeetingCondition, readableItemCondition } from '../meetings/visibility';

/** Replaces the word list with the words (3+ letters) of what the public may read. */
export async function rebuildSearchTerms(db: Db): Promise<number> {
	const open = openMeetingCondition(null) ?? sql`true`;
	const readable = readableItemCondition(null) ?? sql`true`;
	return db.transaction(async (tx) => {
		await tx.execute(sql`lock table search_terms in exclusive mode`);
		await tx.execute(sql`delete from search_terms`);
		const rows = await tx.execute(sql`
			insert into search_terms (word, occurrences)
			select word, count(*)::int from (
				select regexp_split_to_table(lower(texts.t), '[^[:alnum:]]+') as word from (
					select ${agendaItems.title} as t from ${agendaItems} join ${meetings} on ${meetings.id} = ${agendaItems.meetingId} where ${open}
					union all
					select d.text from decisions d join ${agendaItems} on ${agendaItems.id} = d.agenda_item_id
						join ${meetings} on ${meetings.id} = ${agendaItems.meetingId} where ${open} and ${readable}
					union all select name || ' ' || target_group from offers
					union all select title from tariff_rules
					union all select title from focus_areas
					union all select title from initiatives
				) texts
			) words
			where length(word) >= 3 and word !~ '^[0-9]+$'
			group by word
			returning 1`);
		return rows.length;
	});
}
