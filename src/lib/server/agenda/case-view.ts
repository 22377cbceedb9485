// The case page (/sager/<slug>): the path a case travels from body to body, the steps done with their decisions and
// the steps ahead, as the reader may see them (meetings and closed items withheld as on the meeting page).
import { asc, eq } from 'drizzle-orm';
import { agendaItems, agreementPeriods, bodies, caseSteps, cases, meetings } from '../db/schema';
import type { Db } from '../db/types';
import type { SessionUser } from '../auth/session';
import { can } from '../auth/policy';
import { canOpenMeeting } from '../meetings/visibility';
import { loadDecisions, type DecisionView } from '../meetings/meeting-page';

type StepStatus = (typeof caseSteps.$inferSelect)['status'];

export interface CaseStepView {
	position: number;
	body: { slug: string; name: string };
	status: StepStatus;
	dueOn: string | null;
	note: string;
	/** The meeting, when the reader may see its date; `open` when its page can be opened. */
	meeting: { id: number; startsAt: Date; timeKnown: boolean; open: boolean } | null;
	/** The item, when its meeting is open to the reader. */
	item: { number: string; title: string; restricted: boolean } | null;
	decisions: DecisionView[];
}

export interface CaseView {
	slug: string;
	title: string;
	description: string;
	deadline: string | null;
	/** The framework agreement period the case is about ("2023-24"), whose 18 approvals have a tracker. */
	agreementPeriod: string | null;
	done: CaseStepView[];
	ahead: CaseStepView[];
}

/** The case page: the path of the case, the steps done with their decisions and the steps ahead, as the reader may see them. */
export async function caseView(db: Db, slug: string, viewer: SessionUser | null): Promise<CaseView | null> {
	const [c] = await db
		.select({
			id: cases.id,
			slug: cases.slug,
			title: cases.title,
			description: cases.description,
			deadline: cases.deadline,
			agreementPeriod: agreementPeriods.label
		})
		.from(cases)
		.leftJoin(agreementPeriods, eq(agreementPeriods.id, cases.agreementPeriodId))
		.where(eq(cases.slug, slug));
	if (!c) return null;
	const rows = await db
		.select({
			position: caseSteps.position,
			status: caseSteps.status,
			dueOn: caseSteps.dueOn,
			note: caseSteps.note,
			body: { slug: bodies.slug, name: bodies.name },
			bodyId: caseSteps.bodyId,
			meetingId: meetings.id,
			startsAt: meetings.startsAt,
			timeKnown: meetings.timeKnown,
			isPublic: meetings.isPublic,
			meetingStatus: meetings.status,
			meetingBodyId: meetings.bodyId,
			itemId: agendaItems.id,
			itemNumber: agendaItems.number,
			itemTitle: agendaItems.title,
			itemClosed: agendaItems.isClosed
		})
		.from(caseSteps)
		.innerJoin(bodies, eq(bodies.id, caseSteps.bodyId))
		.leftJoin(meetings, eq(meetings.id, caseSteps.meetingId))
		.leftJoin(agendaItems, eq(agendaItems.id, caseSteps.agendaItemId))
		.where(eq(caseSteps.caseId, c.id))
		.orderBy(asc(caseSteps.position));

	const views = rows.map((r) => {
		let meeting: CaseStepView['meeting'] = null;
		let item: CaseStepView['item'] = null;
		let readableItemId: number | null = null;
		if (r.meetingId !== null && r.startsAt && r.meetingStatus && r.meetingBodyId !== null) {
			const listed = r.isPublic === true || can(viewer, 'meeting.readUnpublished', { bodyId: r.meetingBodyId });
			const open = canOpenMeeting(viewer, { isPublic: r.isPublic === true, status: r.meetingStatus, bodyId: r.meetingBodyId });
			if (listed) meeting = { id: r.meetingId, startsAt: r.startsAt, timeKnown: r.timeKnown ?? true, open };
			if (open && r.itemId !== null && r.itemNumber !== null && r.itemTitle !== null) {
				const restricted = r.itemClosed === true && !can(viewer, 'agendaItem.readClosed', { bodyId: r.meetingBodyId });
				item = { number: r.itemNumber, title: r.itemTitle, restricted };
				if (!restricted) readableItemId = r.itemId;
			}
		}
		return { view: { position: r.position, body: r.body, status: r.status, dueOn: r.dueOn, note: r.note, meeting, item }, readableItemId };
	});
	const decisionsByItem = await loadDecisions(
		db,
		views.map((v) => v.readableItemId).filter((id): id is number => id !== null)
	);
	const steps: CaseStepView[] = views.map(({ view, readableItemId }) => ({
		...view,
		decisions: readableItemId !== null ? (decisionsByItem.get(readableItemId) ?? []) : []
	}));
	return {
		slug: c.slug,
		title: c.title,
		description: c.description,
		deadline: c.deadline,
		agreementPeriod: c.agreementPeriod,
		done: steps.filter((s) => s.status === 'decided' || s.status === 'skipped'),
		ahead: steps.filter((s) => s.status === 'planned' || s.status === 'on_agenda')
	};
}
