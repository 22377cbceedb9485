// The Atom feeds of new published decisions, parsed: overall, per body, per offer and per focus area; newest first by
// publishing, 50 at most, the summary before the decision, links to the decision pages; never a closed item's
// decision or an unpublished meeting's; an unknown slug names no topic.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDb, type TestDb } from '../db/test-db';
import { agendaItems, decisionFocusAreas, decisionOffers, decisions, focusAreas, meetings, offers } from '../db/schema';
import { bodyId, plantClosedItem } from '../meetings/test-fixtures';
import { findTopic, type TopicKind } from '../subscriptions/topics';
import { decisionsFeed, FEED_ENTRIES } from './decisions-feed';

const ORIGIN = 'https://rammeaftale.example';
const marker = `LUKKET-${crypto.randomUUID()}`;
let t: TestDb;
let planted: { open: number; summarised: number; closed: number; held: number };
let focus: { id: number; slug: string };

interface Entry {
	id: string;
	title: string;
	link: string;
	updated: string;
	published: string;
	content: string;
}

/** The feed's entries, read with the Atom elements the readers use (no DOM on the server). */
function parse(xml: string): { title: string; entries: Entry[] } {
	expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\s*<feed xmlns="http:\/\/www.w3.org\/2005\/Atom">/);
	const text = (block: string, tag: string) => {
		const found = block.match(new RegExp(`<${tag}[^>]*>(?:<!\\[CDATA\\[([\\s\\S]*?)\\]\\]>|([\\s\\S]*?))</${tag}>`));
		return found ? (found[1] ?? found[2]).trim() : '';
	};
	const head = xml.slice(0, xml.indexOf('<entry>') >= 0 ? xml.indexOf('<entry>') : xml.length);
	const entries = [...xml.matchAll(/<entry>([\s\S]*?)<\/entry>/g)].map(([, block]) => ({
		id: text(block, 'id'),
		title: text(block, 'title'),
		link: block.match(/<link href="([^"]+)"/)?.[1] ?? '',
		updated: text(block, 'updated'),
		published: text(block, 'published'),
		content: text(block, 'content')
	}));
	return { title: text(head, 'title'), entries };
}

async function feed(kind: TopicKind, slug: string | null) {
	const topic = await findTopic(t.db, kind, slug);
	if (!topic) throw new Error(`no topic ${kind} ${slug}`);
	return parse(await decisionsFeed(t.db, ORIGIN, topic));
}

beforeAll(async () => {
	t = await createTestDb({ seeded: true });
	const sg = await bodyId(t.db, 'styregruppen');
	const [{ id: kildebo }] = await t.db.select({ id: offers.id }).from(offers).where(eq(offers.slug, 'kildebo'));
	[focus] = await t.db.select({ id: focusAreas.id, slug: focusAreas.slug }).from(focusAreas).limit(1);
	const meeting = async (status: 'minutes_published' | 'held', day: string) =>
		(await t.db.insert(meetings).values({ bodyId: sg, startsAt: new Date(`${day}T08:00:00Z`), status, isPublic: true }).returning({ id: meetings.id }))[0].id;
	let items = 0;
	const decision = async (meetingId: number, text: string, at: string, summary = '') => {
		items++;
		const [item] = await t.db
			.insert(agendaItems)
			.values({ meetingId, number: String(items), position: items * 10, kind: 'decision', title: `Sag: ${text}` })
			.returning({ id: agendaItems.id });
		const [row] = await t.db
			.insert(decisions)
			.values({ agendaItemId: item.id, kind: 'approved', text, plainSummary: summary, publishedAt: new Date(at), updatedAt: new Date(at) })
			.returning({ id: decisions.id });
		await t.db.insert(decisionOffers).values({ decisionId: row.id, offerId: kildebo });
		await t.db.insert(decisionFocusAreas).values({ decisionId: row.id, focusAreaId: focus.id });
		return row.id;
	};
	const published = await meeting('minutes_published', '2030-01-10');
	const open = await decision(published, 'Den ældre beslutning', '2030-01-11T10:00:00Z');
	const summarised = await decision(published, 'Beslutningens egne ord', '2030-01-12T10:00:00Z', 'Det korte resumé på let dansk.');
	const { decisionId: closed } = await plantClosedItem(t.db, published, marker);
	await t.db.update(decisions).set({ publishedAt: new Date('2030-01-13T10:00:00Z') }).where(eq(decisions.id, closed));
	const held = await decision(await meeting('held', '2030-01-14'), `Ikke offentliggjort ${marker}`, '2030-01-14T10:00:00Z');
	planted = { open, summarised, closed, held };
});
afterAll(async () => {
	await t?.close();
});

describe('the decision feeds', () => {
	it.each([
		['all', null, 'Rammeaftale Sjælland: nye beslutninger'],
		['body', 'styregruppen', null],
		['offer', 'kildebo', null],
		['focus_area', 'FOCUS', null]
	] as const)('%s %s: newest published first, linked, summary first, nothing closed or unpublished', async (kind, slug, title) => {
		const { title: feedTitle, entries } = await feed(kind, slug === 'FOCUS' ? focus.slug : slug);
		if (title) expect(feedTitle).toBe(title);
		else expect(feedTitle).toMatch(/: nye beslutninger$/);
		expect(entries.length).toBeGreaterThanOrEqual(2);
		expect(entries.length).toBeLessThanOrEqual(FEED_ENTRIES);
		const [first, second] = entries;
		expect(first.id).toBe(`${ORIGIN}/beslutninger/${planted.summarised}`);
		expect(first.link).toBe(`${ORIGIN}/beslutninger/${planted.summarised}`);
		expect(first.title).toBe('Sag: Beslutningens egne ord: Godkendt');
		expect(first.updated).toBe('2030-01-12T10:00:00.000Z');
		expect(first.published).toBe('2030-01-12T10:00:00.000Z');
		expect(first.content.indexOf('Det korte resumé på let dansk.')).toBeGreaterThan(0);
		expect(first.content.indexOf('Det korte resumé')).toBeLessThan(first.content.indexOf('Beslutningens egne ord'));
		expect(second.id).toBe(`${ORIGIN}/beslutninger/${planted.open}`);
		const published = entries.map((e) => e.published);
		expect([...published].sort().reverse()).toEqual(published);
		const all = JSON.stringify(entries);
		expect(all).not.toContain(marker);
		expect(all).not.toContain(`/beslutninger/${planted.closed}"`);
		expect(entries.map((e) => e.id)).not.toContain(`${ORIGIN}/beslutninger/${planted.held}`);
	});

	it('keeps to 50 entries overall and to the topic’s own decisions', async () => {
		const [{ agendaItemId }] = await t.db.select({ agendaItemId: decisions.agendaItemId }).from(decisions).where(eq(decisions.id, planted.open));
		await t.db.insert(decisions).values(
			Array.from({ length: FEED_ENTRIES }, (_, i) => ({ agendaItemId, position: i + 1, kind: 'noted' as const, text: `Fyld ${i}`, publishedAt: new Date(Date.UTC(2029, 0, 1 + i)) }))
		);
		const all = await feed('all', null);
		expect(all.entries).toHaveLength(FEED_ENTRIES);
		expect(all.entries[0].id).toBe(`${ORIGIN}/beslutninger/${planted.summarised}`);
		const k17 = await feed('body', 'k17');
		expect(k17.entries.map((e) => e.id)).not.toContain(`${ORIGIN}/beslutninger/${planted.open}`);
	});

	it('names no topic for an unknown slug (the routes answer 404)', async () => {
		expect(await findTopic(t.db, 'body', 'findes-ikke')).toBeNull();
		expect(await findTopic(t.db, 'offer', 'findes-ikke')).toBeNull();
		expect(await findTopic(t.db, 'focus_area', 'findes-ikke')).toBeNull();
	});
});
