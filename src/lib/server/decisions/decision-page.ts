// One decision's page (/beslutninger/<id>): where it was taken, the case it belongs to and what the other bodies
// did with it, what it touches, its follow-up actions and the secretariat's corrections. A decision the viewer may
// not see (closed item, unpublished meeting) is not found, exactly like a missing one.
import { and, asc, eq } from 'drizzle-orm';
import { agendaItems, bodies, cases, decisionCorrections, decisions, meetings, users } from '../db/schema';
import type { Db } from '../db/types';
import type { SessionUser } from '../auth/session';
import { can } from '../auth/policy';
import { openMeetingCondition, readableItemCondition } from '../meetings/visibility';
import { loadDecisions, type DecisionView } from '../meetings/meeting-page';
import { caseView, type CaseView } from '../agenda/case-view';
import type { BodyRef } from '../meetings/meetings';

export interface CorrectionView {
	id: number;
	correctedAt: Date;
	/** Only for staff. */
	correctedBy: string | null;
	changes: Record<string, { from: unknown; to: unknown }>;
	note: string;
}

export interface DecisionPage {
	decision: DecisionView;
	meeting: { id: number; startsAt: Date };
	body: BodyRef;
	item: { id: number; number: string; title: string; closed: boolean };
	/** The plain-language summary (let-læst) by the secretariat; '' when there is none yet. */
	plainSummary: string;
	case: CaseView | null;
	corrections: CorrectionView[];
}

export async function decisionPage(db: Db, viewer: SessionUser | null, id: number): Promise<DecisionPage | null> {
	const [row] = await db
		.select({
			itemId: agendaItems.id,
			number: agendaItems.number,
			title: agendaItems.title,
			closed: agendaItems.isClosed,
			plainSummary: decisions.plainSummary,
			caseSlug: cases.slug,
			meeting: { id: meetings.id, startsAt: meetings.startsAt },
			body: { id: bodies.id, slug: bodies.slug, name: bodies.name, shortName: bodies.shortName }
		})
		.from(decisions)
		.innerJoin(agendaItems, eq(agendaItems.id, decisions.agendaItemId))
		.innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
		.innerJoin(bodies, eq(bodies.id, meetings.bodyId))
		.leftJoin(cases, eq(cases.id, agendaItems.caseId))
		.where(and(eq(decisions.id, id), openMeetingCondition(viewer), readableItemCondition(viewer)));
	if (!row) return null;
	const decision = (await loadDecisions(db, [row.itemId])).get(row.itemId)?.find((d) => d.id === id);
	if (!decision) return null;
	const staff = can(viewer, 'decision.correct');
	const corrections = await db
		.select({
			id: decisionCorrections.id,
			correctedAt: decisionCorrections.correctedAt,
			correctedBy: users.name,
			changes: decisionCorrections.changes,
			note: decisionCorrections.note
		})
		.from(decisionCorrections)
		.leftJoin(users, eq(users.id, decisionCorrections.correctedBy))
		.where(eq(decisionCorrections.decisionId, id))
		.orderBy(asc(decisionCorrections.correctedAt), asc(decisionCorrections.id));
	return {
		decision,
		meeting: row.meeting,
		body: row.body,
		item: { id: row.itemId, number: row.number, title: row.title, closed: row.closed },
		plainSummary: row.plainSummary,
		case: row.caseSlug ? await caseView(db, row.caseSlug, viewer) : null,
		corrections: corrections.map((c) => ({ ...c, correctedBy: staff ? c.correctedBy : null }))
	};
}
