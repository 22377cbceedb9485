// New published decisions as the public may see them, for the Atom feeds and the subscription mails: decisions of
// public meetings whose minutes are published, never a closed item's (the portal's own rules, viewer null).
import { and, desc, eq, sql, type SQL } from 'drizzle-orm';
import { agendaItems, bodies, decisionFocusAreas, decisionOffers, decisions, meetings } from '../db/schema';
import type { Db } from '../db/types';
import { openMeetingCondition, readableItemCondition } from '../meetings/visibility';
import type { DecisionKind } from '../meetings/meetings';
import type { TopicKind } from '../subscriptions/topics';

export interface PublishedDecision {
	id: number;
	kind: DecisionKind;
	text: string;
	plainSummary: string;
	publishedAt: Date;
	updatedAt: Date;
	item: { number: string; title: string };
	body: { slug: string; name: string };
	meetingStartsAt: Date;
}

/** Shown to everyone: the public's view (viewer null) and only minutes that are published. */
export function publicDecisionCondition(): SQL {
	return and(openMeetingCondition(null), readableItemCondition(null), eq(meetings.status, 'minutes_published'))!;
}

/**
 * The decisions a topic follows. `topicId` may be a SQL expression (a subscription's column) or a plain id; the
 * query must join `meetings` (for the body).
 */
export function topicCondition(kind: TopicKind | SQL, topicId: number | SQL | null): SQL {
	if (typeof kind === 'string') {
		switch (kind) {
			case 'all':
				return sql`true`;
			case 'body':
				return sql`${meetings.bodyId} = ${topicId}`;
			case 'offer':
				return sql`exists (select 1 from ${decisionOffers} where ${decisionOffers.decisionId} = ${decisions.id} and ${decisionOffers.offerId} = ${topicId})`;
			case 'focus_area':
				return sql`exists (select 1 from ${decisionFocusAreas} where ${decisionFocusAreas.decisionId} = ${decisions.id} and ${decisionFocusAreas.focusAreaId} = ${topicId})`;
		}
	}
	// A subscription's own columns: one condition for every kind.
	return sql`(${kind} = 'all'
		or (${kind} = 'body' and ${topicCondition('body', topicId)})
		or (${kind} = 'offer' and ${topicCondition('offer', topicId)})
		or (${kind} = 'focus_area' and ${topicCondition('focus_area', topicId)}))`;
}

export const publishedDecisionColumns = {
	id: decisions.id,
	kind: decisions.kind,
	text: decisions.text,
	plainSummary: decisions.plainSummary,
	publishedAt: decisions.publishedAt,
	updatedAt: decisions.updatedAt,
	item: { number: agendaItems.number, title: agendaItems.title },
	body: { slug: bodies.slug, name: bodies.name },
	meetingStartsAt: meetings.startsAt
};

/** Builds a select of published decisions with what feeds and mails show; add conditions with `where`. */
export function selectPublishedDecisions(db: Pick<Db, 'select'>) {
	return db
		.select(publishedDecisionColumns)
		.from(decisions)
		.innerJoin(agendaItems, eq(agendaItems.id, decisions.agendaItemId))
		.innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
		.innerJoin(bodies, eq(bodies.id, meetings.bodyId));
}

/** The newest published decisions of a topic, newest first. */
export async function latestPublishedDecisions(
	db: Db,
	kind: TopicKind,
	topicId: number | null,
	limit: number
): Promise<PublishedDecision[]> {
	return selectPublishedDecisions(db)
		.where(and(publicDecisionCondition(), topicCondition(kind, topicId)))
		.orderBy(desc(decisions.publishedAt), desc(decisions.id))
		.limit(limit);
}
