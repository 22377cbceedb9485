// Atom feeds of new published decisions: overall, per body, per offer and per focus area. Newest first by when
// the minutes published them, 50 entries; an entry's content is the plain-language summary first, then the
// decision's own words.
import { Feed } from 'feed';
import type { Db } from '../db/types';
import { labels } from '$lib/format/labels';
import { formatDate } from '$lib/format/date';
import { m } from '$lib/paraglide/messages';
import { latestPublishedDecisions, type PublishedDecision } from './published-decisions';
import { topicPaths, type Topic } from '../subscriptions/topics';

export const FEED_ENTRIES = 50;
const da = { locale: 'da' as const };

const escapeHtml = (text: string) =>
	text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Paragraphs of plain text as HTML, escaped; single line breaks kept. */
const paragraphs = (text: string) =>
	text
		.split(/\n\s*\n/)
		.map((p) => p.trim())
		.filter(Boolean)
		.map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
		.join('');

/** "Item title: Godkendt": the entry's and the mail's headline for a decision. */
export function decisionHeadline(d: Pick<PublishedDecision, 'kind' | 'item'>): string {
	return m.subscription_decision_headline({ title: d.item.title, kind: labels.decisionKind(d.kind) }, da);
}

function entryContent(d: PublishedDecision): string {
	const summary = d.plainSummary.trim()
		? `<p><strong>${escapeHtml(m.subscription_summary_label({}, da))}</strong></p>${paragraphs(d.plainSummary)}`
		: '';
	const source = m.subscription_decision_source({ body: d.body.name, date: formatDate(d.meetingStartsAt), number: d.item.number }, da);
	return `${summary}${paragraphs(d.text)}<p>${escapeHtml(source)}</p>`;
}

export function feedTitle(topic: Topic): string {
	return topic.kind === 'all' ? m.subscription_feed_title_all({}, da) : m.subscription_feed_title_topic({ name: topic.name ?? '' }, da);
}

export async function decisionsFeed(db: Db, origin: string, topic: Topic): Promise<string> {
	const rows = await latestPublishedDecisions(db, topic.kind, topic.id, FEED_ENTRIES);
	const paths = topicPaths(topic);
	const feed = new Feed({
		id: `${origin}${paths.feed}`,
		title: feedTitle(topic),
		link: `${origin}${paths.page}`,
		language: 'da',
		updated: rows.reduce((latest, r) => (r.updatedAt > latest ? r.updatedAt : latest), new Date(0)),
		generator: false,
		feedLinks: { atom: `${origin}${paths.feed}` },
		copyright: ''
	});
	for (const d of rows) {
		feed.addItem({
			id: `${origin}/beslutninger/${d.id}`,
			title: decisionHeadline(d),
			link: `${origin}/beslutninger/${d.id}`,
			date: d.updatedAt,
			published: d.publishedAt,
			content: entryContent(d)
		});
	}
	return feed.atom1();
}
