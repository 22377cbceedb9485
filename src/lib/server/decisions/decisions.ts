// Decisions across meetings, as the viewer may see them: only of meetings the viewer may open, and never of a
// closed item (lukket punkt) unless the policy lets the viewer read that body's closed items.
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { agendaItems, bodies, decisionOffers, decisions, meetings } from '../db/schema';
import type { Db } from '../db/types';
import type { SessionUser } from '../auth/session';
import { openMeetingCondition, readableItemCondition } from '../meetings/visibility';
import type { BodyRef, DecisionKind } from '../meetings/meetings';

/** Where a decision was taken: the meeting, its body and the agenda item (joined in every query here). */
const whereTaken = {
	meeting: { id: meetings.id, startsAt: meetings.startsAt },
	body: { id: bodies.id, slug: bodies.slug, name: bodies.name, shortName: bodies.shortName },
	item: { number: agendaItems.number, title: agendaItems.title }
};

export interface DecisionListEntry {
	id: number;
	kind: DecisionKind;
	text: string;
	meeting: { id: number; startsAt: Date };
	body: BodyRef;
	item: { number: string; title: string };
}

/** Decisions the viewer may see, newest meeting first, in agenda order within a meeting. */
export async function listDecisions(
	db: Db,
	viewer: SessionUser | null,
	options: { kind?: DecisionKind | null; limit?: number } = {}
): Promise<DecisionListEntry[]> {
	const query = db
		.select({
			id: decisions.id,
			kind: decisions.kind,
			text: decisions.text,
			...whereTaken
		})
		.from(decisions)
		.innerJoin(agendaItems, eq(agendaItems.id, decisions.agendaItemId))
		.innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
		.innerJoin(bodies, eq(bodies.id, meetings.bodyId))
		.where(
			and(
				openMeetingCondition(viewer),
				readableItemCondition(viewer),
				options.kind ? eq(decisions.kind, options.kind) : undefined
			)
		)
		.orderBy(desc(meetings.startsAt), asc(agendaItems.position), asc(decisions.position), asc(decisions.id))
		.$dynamic();
	return options.limit ? query.limit(options.limit) : query;
}

export interface DecisionTouchingOffer extends DecisionListEntry {
	note: string;
}

/** The decisions that touched an offer (via decision_offers) that the viewer may see, newest first. */
export async function listDecisionsForOffer(
	db: Db,
	viewer: SessionUser | null,
	offerId: number
): Promise<DecisionTouchingOffer[]> {
	return db
		.select({
			id: decisions.id,
			kind: decisions.kind,
			text: decisions.text,
			note: decisionOffers.note,
			...whereTaken
		})
		.from(decisionOffers)
		.innerJoin(decisions, eq(decisions.id, decisionOffers.decisionId))
		.innerJoin(agendaItems, eq(agendaItems.id, decisions.agendaItemId))
		.innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
		.innerJoin(bodies, eq(bodies.id, meetings.bodyId))
		.where(and(eq(decisionOffers.offerId, offerId), openMeetingCondition(viewer), readableItemCondition(viewer)))
		.orderBy(desc(meetings.startsAt), asc(agendaItems.position), asc(decisions.position));
}

export interface DecisionRef {
	id: number;
	meeting: { id: number; startsAt: Date };
	body: BodyRef;
	item: { number: string; title: string };
}

/**
 * Where the given decisions were taken, for those the viewer may see (e.g. the decision behind a tariff rule
 * version or an offer history entry). Decisions the viewer may not see are left out of the map.
 */
export async function decisionRefs(db: Db, viewer: SessionUser | null, ids: number[]): Promise<Map<number, DecisionRef>> {
	const unique = [...new Set(ids)];
	if (unique.length === 0) return new Map();
	const rows = await db
		.select({
			id: decisions.id,
			...whereTaken
		})
		.from(decisions)
		.innerJoin(agendaItems, eq(agendaItems.id, decisions.agendaItemId))
		.innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
		.innerJoin(bodies, eq(bodies.id, meetings.bodyId))
		.where(and(inArray(decisions.id, unique), openMeetingCondition(viewer), readableItemCondition(viewer)));
	return new Map(rows.map((r) => [r.id, r]));
}

/** A plain-text excerpt of Markdown: markup stripped, cut at a word boundary. */
export function excerpt(markdown: string, max = 240): string {
	const plain = markdown
		.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+[.)])\s+/gm, '')
		.replace(/[*_`~]+/g, '')
		.replace(/\s+/g, ' ')
		.trim();
	if (plain.length <= max) return plain;
	const cut = plain.slice(0, max);
	const space = cut.lastIndexOf(' ');
	return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,.;:–-]+$/, '')} …`;
}
