// The framework agreement's periods and deadlines (stated in the seeds, else by the rule), the backwards plan from
// the councils' 1 December deadline to the KKR, K17 and SG meetings that must treat it first, and the calendar
// violations of an agreement case whose meetings lie after the plan's latest dates.
import { and, asc, eq, isNotNull, ne } from 'drizzle-orm';
import { agreementPeriods, bodies, caseSteps, cases, meetings } from '../db/schema';
import type { Db } from '../db/types';
import type { SessionUser } from '../auth/session';
import { GOVERNANCE_BODY_SLUGS, listCalendarMeetings, type MeetingSummary } from '../meetings/meetings';
import { isoDateInCopenhagen, formatDate } from '$lib/format/date';
import { dateLocale } from '$lib/format/locale';
import { m } from '$lib/paraglide/messages';
import { buildChains, type ChainStep } from './chains';
import {
	agreementApprovalDeadline,
	agreementPeriodLabel,
	agreementStartYear,
	backwardsLatest,
	COUNCIL_LEAD_DAYS,
	isRealIsoDate,
	yearOf,
	type IsoDate
} from './deadline-rules';
import type { Violation } from './violation';

export interface AgreementPeriodDeadline {
	/** The period's row, when the database has it (the approval tracker needs one). */
	id: number | null;
	label: string;
	startYear: number;
	/** The councils' approval deadline. */
	deadline: IsoDate;
	/** True when a seed states the deadline; false when it follows from the rule. */
	stated: boolean;
}

const stepOfBody: Record<string, ChainStep> = { styregruppen: 'sg', k17: 'k17', 'kkr-sjaelland': 'kkr' };

/**
 * The agreement periods in the database (their stated deadline, else the rule's), continued every second year by
 * the rule until the deadline's year passes `untilYear`.
 */
export async function agreementPeriodDeadlines(db: Db, untilYear: number): Promise<AgreementPeriodDeadline[]> {
	const rows = await db
		.select({ id: agreementPeriods.id, label: agreementPeriods.label, startsOn: agreementPeriods.startsOn, deadline: agreementPeriods.approvalDeadline })
		.from(agreementPeriods)
		.orderBy(asc(agreementPeriods.startsOn));
	const periods: AgreementPeriodDeadline[] = rows.map((r) => {
		const startYear = yearOf(r.startsOn);
		return {
			id: r.id,
			label: r.label,
			startYear,
			deadline: r.deadline ?? agreementApprovalDeadline(startYear),
			stated: r.deadline !== null
		};
	});
	let next = (periods.at(-1)?.startYear ?? 2021) + 2;
	while (yearOf(agreementApprovalDeadline(next)) <= untilYear) {
		periods.push({ id: null, label: agreementPeriodLabel(next), startYear: next, deadline: agreementApprovalDeadline(next), stated: false });
		next += 2;
	}
	return periods;
}

/** A period by its label ("2025-26"), from the database or the two-year rhythm beyond it; null when there is none. */
export async function findAgreementPeriod(db: Db, label: string): Promise<AgreementPeriodDeadline | null> {
	const startYear = agreementStartYear(label);
	if (startYear === null || startYear > 2200) return null;
	const periods = await agreementPeriodDeadlines(db, startYear);
	return periods.find((p) => p.label === label) ?? null;
}

export interface PlanMeeting {
	id: number;
	startsAt: Date;
	timeKnown: boolean;
	canOpen: boolean;
}

export interface PlanStep {
	step: ChainStep;
	/** The latest day the step's meeting may lie on. */
	latest: IsoDate;
	/** The calendar's meeting for the step, if one is planned. */
	meeting: PlanMeeting | null;
	/** The meeting lies on or before `latest`; null when there is no meeting. */
	onTime: boolean | null;
	/** The rule the latest date comes from, in words. */
	rule: string;
}

export interface BackwardsPlan {
	label: string | null;
	deadline: IsoDate;
	/** SG, K17, KKR: in the order the case travels. */
	steps: PlanStep[];
}

/**
 * The backwards plan from an agreement's councils' deadline (a period label such as "2025-26", or the deadline
 * itself): the last KKR meeting on or before the KKR's latest date (in the deadline's year; cancelled meetings
 * ignored) and its chain's K17 and SG meetings, among the meetings `viewer` may see. Null for an unknown label.
 */
export async function agreementBackwardsPlan(
	db: Db,
	periodLabelOrDeadline: string,
	viewer: SessionUser | null = null
): Promise<BackwardsPlan | null> {
	let label: string | null = null;
	let deadline: IsoDate;
	if (isRealIsoDate(periodLabelOrDeadline)) {
		deadline = periodLabelOrDeadline;
	} else {
		const period = await findAgreementPeriod(db, periodLabelOrDeadline);
		if (!period) return null;
		({ label, deadline } = period);
	}
	const pure = backwardsLatest(deadline);
	const listed = await listCalendarMeetings(db, viewer, { bodySlugs: GOVERNANCE_BODY_SLUGS });
	const steps = listed
		.filter((x) => x.status !== 'cancelled')
		.map((x) => ({ ...x, step: stepOfBody[x.body.slug] }));
	const chain = buildChains(steps)
		.filter((c) => {
			const day = c.kkr ? isoDateInCopenhagen(c.kkr.startsAt) : null;
			return day !== null && day <= pure.kkr && yearOf(day) === yearOf(deadline);
		})
		.at(-1);
	const day = (x: MeetingSummary | null | undefined) => (x ? isoDateInCopenhagen(x.startsAt) : null);
	const latest = backwardsLatest(deadline, { kkr: day(chain?.kkr), k17: day(chain?.k17) });
	const planStep = (step: ChainStep, meeting: MeetingSummary | null | undefined): PlanStep => ({
		step,
		latest: latest[step],
		meeting: meeting ? { id: meeting.id, startsAt: meeting.startsAt, timeKnown: meeting.timeKnown, canOpen: meeting.canOpen } : null,
		onTime: meeting ? day(meeting)! <= latest[step] : null,
		rule: ruleText(step)
	});
	return {
		label,
		deadline,
		steps: [planStep('sg', chain?.sg), planStep('k17', chain?.k17), planStep('kkr', chain?.kkr)]
	};
}

/**
 * A step of an agreement case (a case with an agreement period) whose meeting lies after the step's latest date:
 * SG, K17 and KKR against the backwards plan from the case's deadline (counted from the case's own KKR and K17
 * meetings), any other body against the deadline itself. Cancelled meetings are ignored.
 */
export async function agreementViolations(db: Db): Promise<Violation[]> {
	const rows = await db
		.select({
			caseId: cases.id,
			caseDeadline: cases.deadline,
			label: agreementPeriods.label,
			startsOn: agreementPeriods.startsOn,
			periodDeadline: agreementPeriods.approvalDeadline,
			bodySlug: bodies.slug,
			bodyName: bodies.name,
			meetingId: meetings.id,
			startsAt: meetings.startsAt
		})
		.from(caseSteps)
		.innerJoin(cases, eq(cases.id, caseSteps.caseId))
		.innerJoin(agreementPeriods, eq(agreementPeriods.id, cases.agreementPeriodId))
		.innerJoin(meetings, eq(meetings.id, caseSteps.meetingId))
		.innerJoin(bodies, eq(bodies.id, meetings.bodyId))
		.where(and(isNotNull(caseSteps.meetingId), ne(meetings.status, 'cancelled')))
		.orderBy(asc(cases.id), asc(caseSteps.position));

	const byCase = Map.groupBy(rows, (r) => r.caseId);
	const locale = dateLocale();
	const violations: Violation[] = [];
	for (const steps of byCase.values()) {
		const first = steps[0];
		const deadline = first.caseDeadline ?? first.periodDeadline ?? agreementApprovalDeadline(yearOf(first.startsOn));
		const dayOf = (slug: string) => {
			const step = steps.find((s) => s.bodySlug === slug);
			return step ? isoDateInCopenhagen(step.startsAt) : null;
		};
		const latest = backwardsLatest(deadline, { kkr: dayOf('kkr-sjaelland'), k17: dayOf('k17') });
		for (const s of steps) {
			const step = stepOfBody[s.bodySlug];
			const limit = step ? latest[step] : deadline;
			const day = isoDateInCopenhagen(s.startsAt);
			if (day <= limit) continue;
			violations.push({
				rule: 'agreement-deadline',
				meetingIds: [s.meetingId],
				message: m.agreement_violation({
					body: s.bodyName,
					date: formatDate(day, locale),
					agreement: s.label,
					latest: formatDate(limit, locale),
					deadline: formatDate(deadline, locale),
					rule: ruleText(step)
				})
			});
		}
	}
	return violations;
}

/** The rule a step's latest date comes from, in words. */
export function ruleText(step: ChainStep | undefined): string {
	if (step === 'kkr') return m.deadline_plan_kkr_rule({ weeks: COUNCIL_LEAD_DAYS / 7 });
	if (step === 'k17') return m.deadline_plan_k17_rule();
	if (step === 'sg') return m.deadline_plan_sg_rule();
	return m.deadline_agreement_rule();
}
