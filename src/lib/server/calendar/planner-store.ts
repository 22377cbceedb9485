// The planner's runs (BRIEF §4, issue 7 part 2): the secretariat gives a year's KKR (or K17) dates, the planner
// (planner.ts) proposes SG → K17 → KKR chains, the proposals are stored with each body's default times, and the
// secretariat accepts (creating the meeting with meetings/manage.ts), edits or rejects them, one by one or all at
// once. Failures come back as Danish messages keyed by form field, naming the proposal; nothing is written then.
import { and, asc, desc, eq, inArray, lt, ne, sql, type SQL } from 'drizzle-orm';
import { TZDate } from '@date-fns/tz';
import { bodies, calendarPlans, calendarProposals, meetings, users } from '../db/schema';
import type { Db } from '../db/types';
import { bodyDefaults } from './body-defaults';
import { buildChains, type ChainStep } from './chains';
import { HolidayRangeError } from './holidays';
import { parsePlannerDates, proposeChains, type PlanBasis } from './planner';
import { chainViolations, workingDayViolations } from './violations';
import type { Violation } from './violation';
import { copenhagenInstant, createMeeting, type MeetingInput } from '../meetings/manage';
import { createPlanSchema, proposalEditSchema, proposalFieldId, type ProposalEditInput, type ProposalField } from '$lib/schemas/planner';
import { fieldErrors } from '$lib/schemas/auth';
import { formatWeekdayDate, isoDateInCopenhagen, TIME_ZONE } from '$lib/format/date';
import { dateLocale } from '$lib/format/locale';
import { m } from '$lib/paraglide/messages';

export type { PlanBasis };
export type ProposalStatus = (typeof calendarProposals.status.enumValues)[number];

/** Form field id (see proposalFieldId) → message; `form` for the plan's own form. */
export type PlannerErrors = Record<string, string>;
export type PlannerResult<T> = { ok: true; value: T } | { ok: false; status: 400 | 404 | 409; errors: PlannerErrors };

/** The body each step of a chain belongs to (the seeded governance bodies). */
export const STEP_BODY: Record<ChainStep, string> = { sg: 'styregruppen', k17: 'k17', kkr: 'kkr-sjaelland' };
const STEPS: ChainStep[] = ['sg', 'k17', 'kkr'];
const stepOfSlug = (slug: string): ChainStep => STEPS.find((s) => STEP_BODY[s] === slug) ?? 'kkr';

const ok = <T>(value: T): PlannerResult<T> => ({ ok: true, value });
const failed = (status: 400 | 404 | 409, errors: PlannerErrors): PlannerResult<never> => ({ ok: false, status, errors });

/** Thrown inside a transaction to roll it back with a result for the caller. */
class Rollback extends Error {
	constructor(readonly result: PlannerResult<never>) {
		super('rollback');
	}
}

async function rollingBack<T>(work: () => Promise<PlannerResult<T>>): Promise<PlannerResult<T>> {
	try {
		return await work();
	} catch (e) {
		if (e instanceof Rollback) return e.result;
		throw e;
	}
}

// ————— time —————

/** "09:00" of an instant in Copenhagen. */
function timeInCopenhagen(value: Date): string {
	const local = new TZDate(value.getTime(), TIME_ZONE);
	return `${String(local.getHours()).padStart(2, '0')}:${String(local.getMinutes()).padStart(2, '0')}`;
}

// ————— labels —————

const stepLabel: Record<ChainStep, () => string> = {
	sg: () => m.planner_step_sg(),
	k17: () => m.planner_step_k17(),
	kkr: () => m.planner_step_kkr()
};

/** "SG-forslaget til fredag 16. maj 2031". */
export function proposalLabel(step: ChainStep, date: string): string {
	return m.planner_proposal_label({ step: stepLabel[step](), date: formatWeekdayDate(date, dateLocale()) });
}

// ————— creating a plan —————

/**
 * Parses the dates, proposes the chains and stores the plan with three proposals per chain (SG 9-12 with every
 * second SG meeting virtual, starting opposite the steering group's last meeting before the plan; K17 and KKR date
 * only). Bad input: 400 with a Danish message, nothing stored.
 */
export async function createPlan(
	db: Db,
	actor: { id: number },
	input: { basis: unknown; dates: unknown }
): Promise<PlannerResult<{ id: number }>> {
	const parsed = createPlanSchema().safeParse(input);
	if (!parsed.success) return failed(400, fieldErrors(parsed.error));
	const dates = parsePlannerDates(parsed.data.dates);
	if (!dates.ok) return failed(400, { dates: dates.message });
	let chains;
	try {
		chains = proposeChains(parsed.data.basis, dates.dates);
	} catch (e) {
		if (e instanceof HolidayRangeError) return failed(400, { dates: e.message });
		throw e;
	}

	const bodyRows = await db
		.select({ id: bodies.id, slug: bodies.slug })
		.from(bodies)
		.where(inArray(bodies.slug, Object.values(STEP_BODY)));
	const bodyIds = new Map(bodyRows.map((b) => [b.slug, b.id]));
	const bodyOf = (step: ChainStep) => {
		const id = bodyIds.get(STEP_BODY[step]);
		if (id === undefined) throw new Error(`the body ${STEP_BODY[step]} is missing`);
		return id;
	};

	// Every second SG meeting virtual, starting opposite the last SG meeting before the plan's first one.
	const sgDefaults = bodyDefaults(STEP_BODY.sg);
	let virtual = false;
	if (sgDefaults.alternateVirtual && chains.length > 0) {
		const [previous] = await db
			.select({ isVirtual: meetings.isVirtual })
			.from(meetings)
			.where(
				and(
					eq(meetings.bodyId, bodyOf('sg')),
					ne(meetings.status, 'cancelled'),
					lt(meetings.startsAt, copenhagenInstant(chains[0].sg.date, null))
				)
			)
			.orderBy(desc(meetings.startsAt))
			.limit(1);
		virtual = previous ? !previous.isVirtual : false;
	}

	return db.transaction(async (tx) => {
		const [plan] = await tx
			.insert(calendarPlans)
			.values({ basis: parsed.data.basis, dates: [...dates.dates].sort(), createdBy: actor.id })
			.returning({ id: calendarPlans.id });
		const rows = chains.flatMap((chain, index) =>
			STEPS.map((step) => {
				const proposal = chain[step];
				const defaults = bodyDefaults(STEP_BODY[step]);
				const isVirtual = step === 'sg' && defaults.alternateVirtual ? virtual : false;
				if (step === 'sg' && defaults.alternateVirtual) virtual = !virtual;
				return {
					planId: plan.id,
					chain: index,
					bodyId: bodyOf(step),
					startsAt: copenhagenInstant(proposal.date, defaults.start),
					endsAt: defaults.start && defaults.end ? copenhagenInstant(proposal.date, defaults.end) : null,
					timeKnown: defaults.start !== null,
					isVirtual,
					reason: proposal.reason
				};
			})
		);
		if (rows.length) await tx.insert(calendarProposals).values(rows);
		return ok({ id: plan.id });
	});
}

// ————— reading —————

export interface PlanSummary {
	id: number;
	basis: PlanBasis;
	dates: string[];
	createdAt: Date;
	createdBy: string | null;
	counts: Record<ProposalStatus, number>;
}

/** Earlier runs of the planner, newest first, with how many proposals wait, were accepted or rejected. */
export async function listPlans(db: Db): Promise<PlanSummary[]> {
	const plans = await db
		.select({
			id: calendarPlans.id,
			basis: calendarPlans.basis,
			dates: calendarPlans.dates,
			createdAt: calendarPlans.createdAt,
			createdBy: users.name
		})
		.from(calendarPlans)
		.leftJoin(users, eq(users.id, calendarPlans.createdBy))
		.orderBy(desc(calendarPlans.createdAt), desc(calendarPlans.id));
	if (!plans.length) return [];
	const counts = await db
		.select({ planId: calendarProposals.planId, status: calendarProposals.status, count: sql<number>`count(*)::int` })
		.from(calendarProposals)
		.where(inArray(calendarProposals.planId, plans.map((p) => p.id)))
		.groupBy(calendarProposals.planId, calendarProposals.status);
	return plans.map((plan) => {
		const of = (status: ProposalStatus) => counts.find((c) => c.planId === plan.id && c.status === status)?.count ?? 0;
		return { ...plan, counts: { pending: of('pending'), accepted: of('accepted'), rejected: of('rejected') } };
	});
}

export interface PlanProposal {
	id: number;
	chain: number;
	step: ChainStep;
	body: { id: number; slug: string; name: string; shortName: string | null };
	/** The Copenhagen date (YYYY-MM-DD) and, for a timed proposal, the local times ("09:00"). */
	date: string;
	startTime: string | null;
	endTime: string | null;
	startsAt: Date;
	endsAt: Date | null;
	timeKnown: boolean;
	isVirtual: boolean;
	place: string;
	reason: string;
	status: ProposalStatus;
	/** The meeting an accepted proposal became. */
	meetingId: number | null;
	decidedBy: string | null;
	decidedAt: Date | null;
	/** "SG-forslaget til fredag 16. maj 2031". */
	label: string;
	/** Other meetings of the same body that day (not cancelled): accepting would likely clash. */
	sameDay: { id: number; startsAt: Date; endsAt: Date | null; timeKnown: boolean }[];
}

export interface PlanChain {
	index: number;
	sg: PlanProposal | null;
	k17: PlanProposal | null;
	kkr: PlanProposal | null;
}

export interface Plan {
	id: number;
	basis: PlanBasis;
	dates: string[];
	createdAt: Date;
	createdBy: string | null;
	chains: PlanChain[];
	/** The rules checked live on the pending and accepted proposals, chain by chain (ids are proposal ids). */
	violations: Violation[];
	pending: number;
}

/** A plan with its chains of proposals, the meetings they became, same-day clashes and the live rule check. */
export async function getPlan(db: Db, id: number): Promise<Plan | null> {
	const [plan] = await db
		.select({
			id: calendarPlans.id,
			basis: calendarPlans.basis,
			dates: calendarPlans.dates,
			createdAt: calendarPlans.createdAt,
			createdBy: users.name
		})
		.from(calendarPlans)
		.leftJoin(users, eq(users.id, calendarPlans.createdBy))
		.where(eq(calendarPlans.id, id));
	if (!plan) return null;

	const rows = await db
		.select({
			id: calendarProposals.id,
			chain: calendarProposals.chain,
			startsAt: calendarProposals.startsAt,
			endsAt: calendarProposals.endsAt,
			timeKnown: calendarProposals.timeKnown,
			isVirtual: calendarProposals.isVirtual,
			place: calendarProposals.place,
			reason: calendarProposals.reason,
			status: calendarProposals.status,
			meetingId: calendarProposals.meetingId,
			decidedBy: users.name,
			decidedAt: calendarProposals.decidedAt,
			body: { id: bodies.id, slug: bodies.slug, name: bodies.name, shortName: bodies.shortName }
		})
		.from(calendarProposals)
		.innerJoin(bodies, eq(bodies.id, calendarProposals.bodyId))
		.leftJoin(users, eq(users.id, calendarProposals.decidedBy))
		.where(eq(calendarProposals.planId, id))
		.orderBy(asc(calendarProposals.chain), asc(calendarProposals.startsAt), asc(calendarProposals.id));

	// Meetings of the same bodies on the proposals' days (one query over the plan's span).
	const others = rows.length
		? await db
				.select({
					id: meetings.id,
					bodyId: meetings.bodyId,
					startsAt: meetings.startsAt,
					endsAt: meetings.endsAt,
					timeKnown: meetings.timeKnown
				})
				.from(meetings)
				.where(
					and(
						inArray(meetings.bodyId, [...new Set(rows.map((r) => r.body.id))]),
						ne(meetings.status, 'cancelled'),
						inArray(
							sql`(${meetings.startsAt} at time zone ${TIME_ZONE})::date::text`,
							[...new Set(rows.map((r) => isoDateInCopenhagen(r.startsAt)))]
						)
					)
				)
		: [];

	const proposals: PlanProposal[] = rows.map((row) => {
		const step = stepOfSlug(row.body.slug);
		const date = isoDateInCopenhagen(row.startsAt);
		return {
			...row,
			step,
			date,
			startTime: row.timeKnown ? timeInCopenhagen(row.startsAt) : null,
			endTime: row.timeKnown && row.endsAt ? timeInCopenhagen(row.endsAt) : null,
			label: proposalLabel(step, date),
			sameDay: others
				.filter((o) => o.bodyId === row.body.id && o.id !== row.meetingId && isoDateInCopenhagen(o.startsAt) === date)
				.map(({ id: meetingId, startsAt, endsAt, timeKnown }) => ({ id: meetingId, startsAt, endsAt, timeKnown }))
		};
	});

	const chainCount = proposals.reduce((n, p) => Math.max(n, p.chain + 1), 0);
	const chains: PlanChain[] = Array.from({ length: chainCount }, (_, index) => {
		const of = (step: ChainStep) => proposals.find((p) => p.chain === index && p.step === step) ?? null;
		return { index, sg: of('sg'), k17: of('k17'), kkr: of('kkr') };
	});

	// The live check: the proposals that are (or will be) meetings, each plan chain on its own.
	const live = proposals.filter((p) => p.status !== 'rejected');
	const violations = [
		...chains.flatMap((chain) => chainViolations(buildChains(live.filter((p) => p.chain === chain.index)))),
		...workingDayViolations(live)
	];

	return {
		...plan,
		chains,
		violations,
		pending: proposals.filter((p) => p.status === 'pending').length
	};
}

// ————— deciding —————

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
