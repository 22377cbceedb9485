// What a feed or a subscription follows: every new published decision, or those of one body, offer (decision_offers)
// or focus area (decision_focus_areas). Addresses name a topic by its slug; the database keeps its id.
import { asc, eq, sql } from 'drizzle-orm';
import { bodies, focusAreas, offers } from '../db/schema';
import type { Db } from '../db/types';

export type TopicKind = 'all' | 'body' | 'offer' | 'focus_area';

export interface Topic {
	kind: TopicKind;
	/** The body's, offer's or focus area's id; null for `all`. */
	id: number | null;
	slug: string | null;
	/** The name readers know it by ("Styregruppen", "Kildebo", "2025-26: 1. …"); null for `all`. */
	name: string | null;
}

export const ALL: Topic = { kind: 'all', id: null, slug: null, name: null };

/** The form's value for a topic: `alle`, `organ:<slug>`, `tilbud:<slug>`, `fokusomraade:<slug>`. */
const PREFIX: Record<Exclude<TopicKind, 'all'>, string> = { body: 'organ', offer: 'tilbud', focus_area: 'fokusomraade' };

export function topicValue(topic: Pick<Topic, 'kind' | 'slug'>): string {
	return topic.kind === 'all' ? 'alle' : `${PREFIX[topic.kind]}:${topic.slug}`;
}

/** Where the topic's own page and feed live. */
export function topicPaths(topic: Pick<Topic, 'kind' | 'slug'>): { page: string; feed: string } {
	switch (topic.kind) {
		case 'all':
			return { page: '/beslutninger', feed: '/beslutninger/feed.atom' };
		case 'body':
			return { page: `/organer/${topic.slug}`, feed: `/organer/${topic.slug}/beslutninger.atom` };
		case 'offer':
			return { page: `/tilbud/${topic.slug}`, feed: `/tilbud/${topic.slug}/beslutninger.atom` };
		case 'focus_area':
			return { page: `/fokusomraader#${topic.slug}`, feed: `/fokusomraader/${topic.slug}/beslutninger.atom` };
	}
}

const focusName = sql<string>`${focusAreas.periodLabel} || ': ' || ${focusAreas.number} || '. ' || ${focusAreas.title}`;

/** The topic of a slug, or null when there is no such body, offer or focus area. */
export async function findTopic(db: Db, kind: TopicKind, slug: string | null): Promise<Topic | null> {
	if (kind === 'all') return ALL;
	if (!slug) return null;
	const [row] =
		kind === 'body'
			? await db.select({ id: bodies.id, name: bodies.name }).from(bodies).where(eq(bodies.slug, slug))
			: kind === 'offer'
				? await db.select({ id: offers.id, name: offers.name }).from(offers).where(eq(offers.slug, slug))
				: await db.select({ id: focusAreas.id, name: focusName }).from(focusAreas).where(eq(focusAreas.slug, slug));
	return row ? { kind, id: row.id, slug, name: row.name } : null;
}

/** The topic of a form value (`organ:styregruppen`), or null when the value names nothing known. */
export async function parseTopicValue(db: Db, value: string | null): Promise<Topic | null> {
	if (!value || value === 'alle') return value === 'alle' ? ALL : null;
	const colon = value.indexOf(':');
	if (colon < 0) return null;
	const kind = (Object.keys(PREFIX) as (keyof typeof PREFIX)[]).find((k) => PREFIX[k] === value.slice(0, colon));
	if (!kind) return null;
	return findTopic(db, kind, value.slice(colon + 1).slice(0, 200));
}

/** The topic a subscription row names, with its slug and name for mails and pages. */
export async function topicById(db: Pick<Db, 'select'>, kind: TopicKind, id: number | null): Promise<Topic | null> {
	if (kind === 'all') return ALL;
	if (id === null) return null;
	const [row] =
		kind === 'body'
			? await db.select({ slug: bodies.slug, name: bodies.name }).from(bodies).where(eq(bodies.id, id))
			: kind === 'offer'
				? await db.select({ slug: offers.slug, name: offers.name }).from(offers).where(eq(offers.id, id))
				: await db.select({ slug: focusAreas.slug, name: focusName }).from(focusAreas).where(eq(focusAreas.id, id));
	return row ? { kind, id, ...row } : null;
}

export interface TopicOptions {
	bodies: { value: string; label: string }[];
	offers: { value: string; label: string }[];
	focusAreas: { value: string; label: string }[];
}

/** Every topic one can subscribe to, for the form's choice. */
export async function topicOptions(db: Db): Promise<TopicOptions> {
	const [b, o, f] = await Promise.all([
		db.select({ slug: bodies.slug, label: bodies.name }).from(bodies).orderBy(asc(bodies.name)),
		db.select({ slug: offers.slug, label: offers.name }).from(offers).orderBy(asc(offers.name)),
		db
			.select({ slug: focusAreas.slug, label: focusName })
			.from(focusAreas)
			.orderBy(asc(focusAreas.agreementPeriodId), asc(focusAreas.number))
	]);
	return {
		bodies: b.map((r) => ({ value: topicValue({ kind: 'body', slug: r.slug }), label: r.label })),
		offers: o.map((r) => ({ value: topicValue({ kind: 'offer', slug: r.slug }), label: r.label })),
		focusAreas: f.map((r) => ({ value: topicValue({ kind: 'focus_area', slug: r.slug }), label: r.label }))
	};
}
