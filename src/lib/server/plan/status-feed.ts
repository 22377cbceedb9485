// The Atom feed of the implementation plan's status changes: every history entry of an initiative that set or
// changed its status (creation included), newest first. Readers subscribe instead of checking the page.
import { desc, eq, sql } from 'drizzle-orm';
import { Feed } from 'feed';
import { initiativeHistory, initiatives } from '../db/schema';
import type { Db } from '../db/types';
import type { InitiativeStatus } from './plan';
import { labels } from '$lib/format/labels';
import { m } from '$lib/paraglide/messages';

const ENTRIES = 50;
const da = { locale: 'da' as const };

export async function statusFeed(db: Db, origin: string): Promise<string> {
	const rows = await db
		.select({
			id: initiativeHistory.id,
			initiativeId: initiatives.id,
			title: initiatives.title,
			at: initiativeHistory.changedAt,
			changes: initiativeHistory.changes,
			note: initiativeHistory.note
		})
		.from(initiativeHistory)
		.innerJoin(initiatives, eq(initiatives.id, initiativeHistory.initiativeId))
		.where(sql`${initiativeHistory.changes} ? 'status'`)
		.orderBy(desc(initiativeHistory.changedAt), desc(initiativeHistory.id))
		.limit(ENTRIES);
	const feed = new Feed({
		id: `${origin}/implementeringsplan`,
		title: m.plan_feed_title({}, da),
		link: `${origin}/implementeringsplan`,
		language: 'da',
		updated: rows[0]?.at ?? new Date(0),
		generator: false,
		feedLinks: { atom: `${origin}/implementeringsplan/status.atom` },
		copyright: ''
	});
	for (const row of rows) {
		const change = row.changes.status as { from: InitiativeStatus | null; to: InitiativeStatus };
		const to = labels.initiativeStatus(change.to);
		feed.addItem({
			id: `${origin}/implementeringsplan/initiativer/${row.initiativeId}#aendring-${row.id}`,
			title: change.from
				? m.plan_feed_entry_changed({ title: row.title, from: labels.initiativeStatus(change.from), to }, da)
				: m.plan_feed_entry_new({ title: row.title, to }, da),
			link: `${origin}/implementeringsplan/initiativer/${row.initiativeId}`,
			date: row.at,
			description: row.note || undefined
		});
	}
	return feed.atom1();
}
