// The decisions a form may name as the reason for a change (an offer's edit, a tariff rule's new version): the
// register's decisions the viewer may see, newest first, each labelled so it can be picked from a list.
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { agendaItems, bodies, decisions, meetings } from '../db/schema';
import type { Db } from '../db/types';
import type { SessionUser } from '../auth/session';
import { openMeetingCondition, readableItemCondition } from '../meetings/visibility';
import { excerpt } from './decisions';
import { formatShortDate } from '$lib/format/date';

export interface DecisionChoice {
	id: number;
	/** "SG 12.08.2022, punkt 7: Styregruppen godkender …" */
	label: string;
}

const CHOICE_LIMIT = 500;

/**
 * Decisions to choose from, newest meeting first; `ids` restricts the list (e.g. to check a posted id). A decision
 * the viewer may not see is never offered, so a form cannot cite a closed item to someone who may not read it.
 */
export async function decisionChoices(
	db: Db,
	viewer: SessionUser | null,
	options: { ids?: number[] } = {}
): Promise<DecisionChoice[]> {
	if (options.ids && options.ids.length === 0) return [];
	const rows = await db
		.select({
			id: decisions.id,
			text: decisions.text,
			startsAt: meetings.startsAt,
			body: bodies.shortName,
			bodyName: bodies.name,
			number: agendaItems.number
		})
		.from(decisions)
		.innerJoin(agendaItems, eq(agendaItems.id, decisions.agendaItemId))
		.innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
		.innerJoin(bodies, eq(bodies.id, meetings.bodyId))
		.where(
			and(
				openMeetingCondition(viewer),
				readableItemCondition(viewer),
				options.ids ? inArray(decisions.id, options.ids) : undefined
			)
		)
		.orderBy(desc(meetings.startsAt), asc(agendaItems.position), asc(decisions.position), asc(decisions.id))
		.limit(CHOICE_LIMIT);
	return rows.map((r) => ({
		id: r.id,
		label: `${r.body ?? r.bodyName} ${formatShortDate(r.startsAt)}, punkt ${r.number}: ${excerpt(r.text, 90)}`
	}));
}

/** True when the viewer may cite this decision (it exists and the viewer may see it). */
export async function isChoosableDecision(db: Db, viewer: SessionUser | null, id: number): Promise<boolean> {
	return (await decisionChoices(db, viewer, { ids: [id] })).length === 1;
}
