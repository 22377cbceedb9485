// Deciding on a plan's proposals (planner-store.ts stores and reads them): accept (the meeting is created through
// meetings/manage.ts in the same transaction), edit, reject, or accept all pending ones at once. Each proposal is
// locked while it is decided; failures name the proposal and write nothing.
import { and, asc, eq, ne, sql, type SQL } from 'drizzle-orm';
import { bodies, calendarPlans, calendarProposals } from '../db/schema';
import type { Db } from '../db/types';
import { parsePlannerDates } from './planner';
import { copenhagenInstant, createMeeting, type MeetingInput } from '../meetings/manage';
import { proposalEditSchema, proposalFieldId, type ProposalEditInput, type ProposalField } from '$lib/schemas/planner';
import { fieldErrors } from '$lib/schemas/auth';
import { formatWeekdayDate, isoDateInCopenhagen } from '$lib/format/date';
import { dateLocale } from '$lib/format/locale';
import { m } from '$lib/paraglide/messages';
import {
	failed,
	ok,
	proposalLabel,
	Rollback,
	rollingBack,
	stepLabel,
	stepOfSlug,
	STEPS,
	timeInCopenhagen,
	type PlannerErrors,
	type PlannerResult,
	type ProposalStatus
} from './planner-store';


type ProposalRow = {
	id: number;
	planId: number;
	bodyId: number;
	bodySlug: string;
	startsAt: Date;
	endsAt: Date | null;
	timeKnown: boolean;
	isVirtual: boolean;
	place: string;
	reason: string;
	status: ProposalStatus;
};

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

const proposalColumns = {
	id: calendarProposals.id,
	planId: calendarProposals.planId,
	bodyId: calendarProposals.bodyId,
	bodySlug: bodies.slug,
	startsAt: calendarProposals.startsAt,
	endsAt: calendarProposals.endsAt,
	timeKnown: calendarProposals.timeKnown,
	isVirtual: calendarProposals.isVirtual,
	place: calendarProposals.place,
	reason: calendarProposals.reason,
	status: calendarProposals.status
};

/** The proposal, locked until the transaction ends (two accepts of one proposal cannot both pass). */
async function lockProposals(tx: Tx, where: SQL | undefined): Promise<ProposalRow[]> {
	return tx
		.select(proposalColumns)
		.from(calendarProposals)
		.innerJoin(bodies, eq(bodies.id, calendarProposals.bodyId))
		.where(where)
		.orderBy(asc(calendarProposals.startsAt), asc(calendarProposals.id))
		.for('update', { of: calendarProposals });
}

const labelOf = (p: ProposalRow) => proposalLabel(stepOfSlug(p.bodySlug), isoDateInCopenhagen(p.startsAt));
const named = (p: ProposalRow, message: string) => m.planner_error_named({ proposal: labelOf(p), message });

const statusWord: Record<ProposalStatus, () => string> = {
	pending: () => m.planner_status_pending(),
	accepted: () => m.planner_status_accepted(),
	rejected: () => m.planner_status_rejected()
};

function notPending(p: ProposalRow): PlannerResult<never> {
	return failed(409, {
		[proposalFieldId(p.id, 'date')]: named(p, m.planner_error_not_pending({ status: statusWord[p.status]() }))
	});
}

const notFoundResult = (): PlannerResult<never> => failed(404, { form: m.planner_error_proposal_not_found() });

/** Form values → the proposal's new date, times, virtual and place, or the messages (named) per field. */
function readEdits(p: ProposalRow, input: ProposalEditInput): PlannerResult<Omit<ProposalRow, 'id' | 'planId' | 'bodyId' | 'bodySlug' | 'status'>> {
	const parsed = proposalEditSchema().safeParse(input);
	const errors: PlannerErrors = {};
	const fieldOf: Record<string, ProposalField> = {
		date: 'date',
		startTime: 'start',
		endTime: 'end',
		isVirtual: 'virtual',
		place: 'place'
	};
	if (!parsed.success) {
		for (const [field, message] of Object.entries(fieldErrors(parsed.error))) {
			errors[proposalFieldId(p.id, fieldOf[field] ?? 'date')] = named(p, message);
		}
	}
	const dateText = typeof input.date === 'string' ? input.date : '';
	const dates = parsePlannerDates(dateText);
	let date: string | null = null;
	if (!dates.ok) errors[proposalFieldId(p.id, 'date')] ??= named(p, dates.message);
	else if (dates.dates.length !== 1) errors[proposalFieldId(p.id, 'date')] ??= named(p, m.planner_error_date_one());
	else date = dates.dates[0];
	if (!parsed.success || date === null) return failed(400, errors);

	const { startTime, endTime, isVirtual, place } = parsed.data;
	const oldDate = isoDateInCopenhagen(p.startsAt);
	const reason =
		date === oldDate || p.reason.includes(m.planner_reason_edited_marker())
			? p.reason
			: `${p.reason}${m.planner_reason_edited({ date: formatWeekdayDate(oldDate, dateLocale()) })}`;
	return ok({
		startsAt: copenhagenInstant(date, startTime),
		endsAt: startTime && endTime ? copenhagenInstant(date, endTime) : null,
		timeKnown: startTime !== null,
		isVirtual,
		place,
		reason
	});
}

/**
 * A chain keeps its order: the SG meeting before the K17 meeting it prepares, the K17 meeting before its KKR
 * meeting. A date that breaks the order (an SG date after its K17) is refused; a gap under 14 days is allowed and
 * shown as a violation, as for meetings already in the calendar.
 */
async function chainOrderError(tx: Tx, p: ProposalRow, date: string): Promise<string | null> {
	const siblings = await tx
		.select({ slug: bodies.slug, startsAt: calendarProposals.startsAt })
		.from(calendarProposals)
		.innerJoin(bodies, eq(bodies.id, calendarProposals.bodyId))
		.where(
			and(
				eq(calendarProposals.planId, p.planId),
				eq(calendarProposals.chain, sql`(select chain from calendar_proposals where id = ${p.id})`),
				ne(calendarProposals.id, p.id),
				ne(calendarProposals.status, 'rejected')
			)
		);
	const step = STEPS.indexOf(stepOfSlug(p.bodySlug));
	const distance = (slug: string) => Math.abs(STEPS.indexOf(stepOfSlug(slug)) - step);
	// Name the neighbouring step first (KKR before its K17, not before its SG).
	for (const sibling of siblings.sort((a, b) => distance(a.slug) - distance(b.slug))) {
		const other = STEPS.indexOf(stepOfSlug(sibling.slug));
		const otherDate = isoDateInCopenhagen(sibling.startsAt);
		const wrong = (other > step && date >= otherDate) || (other < step && date <= otherDate);
		if (!wrong) continue;
		return m.planner_error_chain_order({
			step: stepLabel[stepOfSlug(p.bodySlug)](),
			other: proposalLabel(stepOfSlug(sibling.slug), otherDate),
			relation: other > step ? m.planner_error_chain_before() : m.planner_error_chain_after()
		});
	}
	return null;
}

async function storeEdits(tx: Tx, p: ProposalRow, input: ProposalEditInput): Promise<PlannerResult<ProposalRow>> {
	const edits = readEdits(p, input);
	if (!edits.ok) return edits;
	const orderError = await chainOrderError(tx, p, isoDateInCopenhagen(edits.value.startsAt));
	if (orderError) return failed(400, { [proposalFieldId(p.id, 'date')]: named(p, orderError) });
	await tx.update(calendarProposals).set(edits.value).where(eq(calendarProposals.id, p.id));
	return ok({ ...p, ...edits.value });
}

function meetingInput(p: ProposalRow): MeetingInput {
	return {
		bodyId: p.bodyId,
		date: isoDateInCopenhagen(p.startsAt),
		startTime: p.timeKnown ? timeInCopenhagen(p.startsAt) : null,
		endTime: p.timeKnown && p.endsAt ? timeInCopenhagen(p.endsAt) : null,
		place: p.place,
		virtualUrl: null,
		isVirtual: p.isVirtual,
		status: 'planned',
		isPublic: true,
		note: ''
	};
}

const meetingFieldOf: Partial<Record<string, ProposalField>> = {
	date: 'date',
	startTime: 'start',
	endTime: 'end',
	isVirtual: 'virtual',
	place: 'place'
};

/** createMeeting's messages (overlap, past, …), each named with the proposal and linked to its field. */
function meetingErrors(p: ProposalRow, errors: Partial<Record<string, string>>): PlannerErrors {
	const result: PlannerErrors = {};
	for (const [field, message] of Object.entries(errors)) {
		if (!message) continue;
		const id = proposalFieldId(p.id, meetingFieldOf[field] ?? 'date');
		result[id] = result[id] ? `${result[id]} ${message}` : named(p, message);
	}
	return result;
}

/** Creates the meeting of a locked, pending proposal and marks it accepted; a failure rolls the transaction back. */
async function acceptLocked(tx: Tx, actor: { id: number }, p: ProposalRow, now: Date): Promise<PlannerResult<number>> {
	const created = await createMeeting(tx, actor, meetingInput(p), now);
	if (!created.ok) return failed(created.status, meetingErrors(p, created.errors));
	await tx
		.update(calendarProposals)
		.set({ status: 'accepted', meetingId: created.id, decidedBy: actor.id, decidedAt: now })
		.where(eq(calendarProposals.id, p.id));
	return ok(created.id);
}

/**
 * Accepts a pending proposal, with the secretariat's changes when given: stores them on the proposal, creates the
 * meeting and links it, in one transaction. Not pending: 409. The meeting's validation (overlap, past, …) comes
 * back named with the proposal, and then nothing is written, not even the changes.
 */
export async function acceptProposal(
	db: Db,
	actor: { id: number },
	proposalId: number,
	edits?: ProposalEditInput,
	now: Date = new Date()
): Promise<PlannerResult<{ meetingId: number; label: string }>> {
	return rollingBack(() =>
		db.transaction(async (tx) => {
			const [locked] = await lockProposals(tx, eq(calendarProposals.id, proposalId));
			if (!locked) return notFoundResult();
			if (locked.status !== 'pending') return notPending(locked);
			let proposal = locked;
			if (edits) {
				const stored = await storeEdits(tx, locked, edits);
				if (!stored.ok) throw new Rollback(stored);
				proposal = stored.value;
			}
			const accepted = await acceptLocked(tx, actor, proposal, now);
			if (!accepted.ok) throw new Rollback(accepted);
			return ok({ meetingId: accepted.value, label: labelOf(proposal) });
		})
	);
}

/** Stores the secretariat's changes on a pending proposal (its date, times, virtual, place). */
export async function editProposal(
	db: Db,
	actor: { id: number },
	proposalId: number,
	edits: ProposalEditInput
): Promise<PlannerResult<{ label: string }>> {
	return rollingBack(() =>
		db.transaction(async (tx) => {
			const [locked] = await lockProposals(tx, eq(calendarProposals.id, proposalId));
			if (!locked) return notFoundResult();
			if (locked.status !== 'pending') return notPending(locked);
			const stored = await storeEdits(tx, locked, edits);
			if (!stored.ok) throw new Rollback(stored);
			return ok({ label: labelOf(stored.value) });
		})
	);
}

/** Whether a proposal belongs to a plan: the plan's page only decides its own proposals. */
export async function proposalBelongsToPlan(db: Db, planId: number, proposalId: number): Promise<boolean> {
	const [row] = await db
		.select({ id: calendarProposals.id })
		.from(calendarProposals)
		.where(and(eq(calendarProposals.id, proposalId), eq(calendarProposals.planId, planId)));
	return row !== undefined;
}

/** Rejects a pending proposal: no meeting is created; it stays on the plan, marked rejected. */
export async function rejectProposal(
	db: Db,
	actor: { id: number },
	proposalId: number,
	now: Date = new Date()
): Promise<PlannerResult<{ label: string }>> {
	return db.transaction(async (tx) => {
		const [locked] = await lockProposals(tx, eq(calendarProposals.id, proposalId));
		if (!locked) return notFoundResult();
		if (locked.status !== 'pending') return notPending(locked);
		await tx
			.update(calendarProposals)
			.set({ status: 'rejected', decidedBy: actor.id, decidedAt: now })
			.where(eq(calendarProposals.id, proposalId));
		return ok({ label: labelOf(locked) });
	});
}

/**
 * Accepts every pending proposal of a plan in ONE transaction: if any fails, nothing is created and each failure
 * is reported by proposal (the others are still tried, so the secretariat sees every problem at once).
 */
export async function acceptAll(
	db: Db,
	actor: { id: number },
	planId: number,
	now: Date = new Date()
): Promise<PlannerResult<{ accepted: number }>> {
	return rollingBack(() =>
		db.transaction(async (tx) => {
			const [plan] = await tx.select({ id: calendarPlans.id }).from(calendarPlans).where(eq(calendarPlans.id, planId));
			if (!plan) return failed(404, { form: m.planner_error_plan_not_found() });
			const pending = await lockProposals(
				tx,
				and(eq(calendarProposals.planId, planId), eq(calendarProposals.status, 'pending'))
			);
			if (!pending.length) return failed(409, { form: m.planner_error_nothing_pending() });
			const errors: PlannerErrors = {};
			let status: 400 | 404 | 409 = 400;
			for (const proposal of pending) {
				const accepted = await acceptLocked(tx, actor, proposal, now);
				if (!accepted.ok) {
					Object.assign(errors, accepted.errors);
					if (accepted.status === 409) status = 409;
				}
			}
			if (Object.keys(errors).length) throw new Rollback(failed(status, errors));
			return ok({ accepted: pending.length });
		})
	);
}
