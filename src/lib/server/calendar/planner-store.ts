// The planner's runs (BRIEF §4, issue 7 part 2): the secretariat gives a year's KKR (or K17) dates, the planner
// (planner.ts) proposes SG → K17 → KKR chains, and the proposals are stored with each body's default times and read
// back with the live rule check. Deciding on them (accept, edit, reject, accept all) is planner-decisions.ts.
// Failures come back as Danish messages keyed by form field, naming the proposal; nothing is written then.
import { and, asc, desc, eq, inArray, lt, ne, sql } from 'drizzle-orm';
import { TZDate } from '@date-fns/tz';
import { bodies, calendarPlans, calendarProposals, meetings, users } from '../db/schema';
import type { Db } from '../db/types';
import { bodyDefaults } from './body-defaults';
import { buildChains, type ChainStep } from './chains';
import { HolidayRangeError } from './holidays';
import { parsePlannerDates, proposeChains, type PlanBasis } from './planner';
import { chainViolations, workingDayViolations } from './violations';
import type { Violation } from './violation';
import { copenhagenInstant } from '../meetings/manage';
import { createPlanSchema } from '$lib/schemas/planner';
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
export const STEPS: ChainStep[] = ['sg', 'k17', 'kkr'];
export const stepOfSlug = (slug: string): ChainStep => STEPS.find((s) => STEP_BODY[s] === slug) ?? 'kkr';

export const ok = <T>(value: T): PlannerResult<T> => ({ ok: true, value });
export const failed = (status: 400 | 404 | 409, errors: PlannerErrors): PlannerResult<never> => ({ ok: false, status, errors });

/** Thrown inside a transaction to roll it back with a result for the caller. */
export class Rollback extends Error {
	constructor(readonly result: PlannerResult<never>) {
		super('rollback');
	}
}

export async function rollingBack<T>(work: () => Promise<PlannerResult<T>>): Promise<PlannerResult<T>> {
	try {
		return await work();
	} catch (e) {
		if (e instanceof Rollback) return e.result;
		throw e;
	}
}

// ————— time —————

/** "09:00" of an instant in Copenhagen. */
export function timeInCopenhagen(value: Date): string {
	const local = new TZDate(value.getTime(), TIME_ZONE);
	return `${String(local.getHours()).padStart(2, '0')}:${String(local.getMinutes()).padStart(2, '0')}`;
}

// ————— labels —————

export const stepLabel: Record<ChainStep, () => string> = {
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
