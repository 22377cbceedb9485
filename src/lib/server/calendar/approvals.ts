// The 18 approvals of a framework agreement (BRIEF §1, §3): the 17 municipal councils and Region Sjælland's
// regionsråd, each with the day the secretariat expects the approval and the day it happened, against the
// period's deadline (1 December, stated in the seeds or by the rule).
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { agreementApprovals, agreementPeriods, municipalities } from '../db/schema';
import type { Db } from '../db/types';
import type { SessionUser } from '../auth/session';
import { logger } from '../log';
import { isoDateInCopenhagen } from '$lib/format/date';
import { m } from '$lib/paraglide/messages';
import { addDays, parseDateInput, type IsoDate } from './deadline-rules';
import { agreementPeriodDeadlines, findAgreementPeriod } from './agreement-plan';

const log = logger.child({ part: 'calendar' });

/** Missing approvals are highlighted from this many days before the deadline on. */
export const HIGHLIGHT_DAYS_BEFORE = 7;
export const NOTE_MAX_LENGTH = 500;

export type ApprovalState = 'approved_on_time' | 'approved_late' | 'planned_on_time' | 'planned_late' | 'missing';

export interface ApprovalRow {
	municipalityId: number;
	name: string;
	kind: 'kommune' | 'region';
	plannedOn: IsoDate | null;
	approvedOn: IsoDate | null;
	note: string;
	state: ApprovalState;
	/** Not approved, and the deadline is at most a week away. */
	overdueSoon: boolean;
	/** Not approved, and the deadline has passed. */
	overdue: boolean;
}

export interface ApprovalTracker {
	period: { id: number; label: string; startsOn: IsoDate; endsOn: IsoDate };
	deadline: IsoDate;
	/** The deadline is stated in a seed (else it follows from the rule). */
	deadlineStated: boolean;
	/** The day highlighting starts: a week before the deadline. */
	highlightFrom: IsoDate;
	rows: ApprovalRow[];
	counts: Record<ApprovalState, number> & { approved: number; total: number };
}

function stateOf(plannedOn: IsoDate | null, approvedOn: IsoDate | null, deadline: IsoDate): ApprovalState {
	if (approvedOn) return approvedOn <= deadline ? 'approved_on_time' : 'approved_late';
	if (plannedOn) return plannedOn <= deadline ? 'planned_on_time' : 'planned_late';
	return 'missing';
}

/** The 17 councils and regionsrådet (municipalities of kind 'kommune' and 'region'), councils by name, region last. */
async function theEighteen(db: Db) {
	return db
		.select({ id: municipalities.id, name: municipalities.name, kind: municipalities.kind })
		.from(municipalities)
		.orderBy(sql`${municipalities.kind} = 'region'`, asc(municipalities.name));
}

/** The tracker of an agreement period in the database ("2023-24"); null when there is no such period. */
export async function getApprovalTracker(db: Db, periodLabel: string, now = new Date()): Promise<ApprovalTracker | null> {
	const [period] = await db
		.select({ id: agreementPeriods.id, label: agreementPeriods.label, startsOn: agreementPeriods.startsOn, endsOn: agreementPeriods.endsOn })
		.from(agreementPeriods)
		.where(eq(agreementPeriods.label, periodLabel));
	if (!period) return null;
	const resolved = await findAgreementPeriod(db, periodLabel);
	if (!resolved) return null;
	const { deadline, stated } = resolved;
	const today = isoDateInCopenhagen(now);
	const highlightFrom = addDays(deadline, -HIGHLIGHT_DAYS_BEFORE);
	const [all, entered] = await Promise.all([
		theEighteen(db),
		db.select().from(agreementApprovals).where(eq(agreementApprovals.agreementPeriodId, period.id))
	]);
	const byMunicipality = new Map(entered.map((e) => [e.municipalityId, e]));
	const rows = all.map((mu): ApprovalRow => {
		const e = byMunicipality.get(mu.id);
		const plannedOn = e?.plannedOn ?? null;
		const approvedOn = e?.approvedOn ?? null;
		return {
			municipalityId: mu.id,
			name: mu.name,
			kind: mu.kind,
			plannedOn,
			approvedOn,
			note: e?.note ?? '',
			state: stateOf(plannedOn, approvedOn, deadline),
			overdueSoon: !approvedOn && today >= highlightFrom && today <= deadline,
			overdue: !approvedOn && today > deadline
		};
	});
	const counts = {
		approved_on_time: 0,
		approved_late: 0,
		planned_on_time: 0,
		planned_late: 0,
		missing: 0,
		approved: 0,
		total: rows.length
	};
	for (const row of rows) counts[row.state]++;
	counts.approved = counts.approved_on_time + counts.approved_late;
	return { period, deadline, deadlineStated: stated, highlightFrom, rows, counts };
}

export interface ApprovalPeriodSummary {
	label: string;
	deadline: IsoDate;
	deadlineStated: boolean;
	approved: number;
	total: number;
}

/** The agreement periods in the database, newest first, with their deadline and how many of the 18 approved. */
export async function listApprovalPeriods(db: Db): Promise<ApprovalPeriodSummary[]> {
	const periods = (await agreementPeriodDeadlines(db, 0)).filter((p) => p.id !== null);
	const [all, counts] = await Promise.all([
		theEighteen(db),
		db
			.select({ periodId: agreementApprovals.agreementPeriodId, approved: sql<number>`count(*)::int` })
			.from(agreementApprovals)
			.where(sql`${agreementApprovals.approvedOn} is not null`)
			.groupBy(agreementApprovals.agreementPeriodId)
	]);
	const approved = new Map(counts.map((c) => [c.periodId, c.approved]));
	return periods
		.map((p) => ({
			label: p.label,
			deadline: p.deadline,
			deadlineStated: p.stated,
			approved: approved.get(p.id!) ?? 0,
			total: all.length
		}))
		.reverse();
}

/** One row as posted: the form's strings for a municipality. */
export interface ApprovalInput {
	municipalityId: number;
	plannedOn: string;
	approvedOn: string;
	note: string;
}

export type SaveApprovalsOutcome =
	| { ok: true; changed: number }
	| { ok: false; notFound?: true; errors: Record<string, string> };

/** Field ids of a row's inputs, shared by the page and the error messages. */
export const approvalFieldIds = (municipalityId: number) => ({
	plannedOn: `planned-${municipalityId}`,
	approvedOn: `approved-${municipalityId}`,
	note: `note-${municipalityId}`
});

/**
 * Saves the secretariat's entries for an agreement period: real dates (the date input's form or the Danish
 * "24.11.2022"), an approval not in the future, a note of at most 500 characters. Errors are per field in Danish and
 * name the municipality; on any error nothing is saved. Rows that did not change are left alone; a row emptied of
 * everything is removed (the municipality is then "missing" again).
 */
export async function saveApprovals(
	db: Db,
	actor: SessionUser,
	periodId: number,
	rows: readonly ApprovalInput[],
	now = new Date()
): Promise<SaveApprovalsOutcome> {
	const [period] = await db.select({ id: agreementPeriods.id }).from(agreementPeriods).where(eq(agreementPeriods.id, periodId));
	if (!period) return { ok: false, notFound: true, errors: {} };
	const names = new Map((await theEighteen(db)).map((mu) => [mu.id, mu.name]));
	const today = isoDateInCopenhagen(now);
	const errors: Record<string, string> = {};
	const parsed: { municipalityId: number; plannedOn: IsoDate | null; approvedOn: IsoDate | null; note: string }[] = [];

	for (const row of rows) {
		const name = names.get(row.municipalityId);
		if (!name) {
			errors.form = m.approvals_error_unknown_municipality();
			continue;
		}
		const ids = approvalFieldIds(row.municipalityId);
		const plannedOn = parseDateInput(row.plannedOn);
		const approvedOn = parseDateInput(row.approvedOn);
		const note = row.note.trim();
		if (plannedOn === undefined) errors[ids.plannedOn] = m.approvals_error_planned_date({ name, value: row.plannedOn.slice(0, 40) });
		if (approvedOn === undefined) errors[ids.approvedOn] = m.approvals_error_approved_date({ name, value: row.approvedOn.slice(0, 40) });
		else if (approvedOn && approvedOn > today) errors[ids.approvedOn] = m.approvals_error_approved_future({ name });
		if (note.length > NOTE_MAX_LENGTH) errors[ids.note] = m.approvals_error_note_length({ name, max: NOTE_MAX_LENGTH });
		if (plannedOn !== undefined && approvedOn !== undefined) parsed.push({ municipalityId: row.municipalityId, plannedOn, approvedOn, note });
	}
	if (Object.keys(errors).length > 0) return { ok: false, errors };

	let changed = 0;
	await db.transaction(async (tx) => {
		const ids = parsed.map((p) => p.municipalityId);
		const existing = ids.length
			? await tx
					.select()
					.from(agreementApprovals)
					.where(and(eq(agreementApprovals.agreementPeriodId, periodId), inArray(agreementApprovals.municipalityId, ids)))
			: [];
		const before = new Map(existing.map((e) => [e.municipalityId, e]));
		for (const p of parsed) {
			const old = before.get(p.municipalityId);
			const empty = !p.plannedOn && !p.approvedOn && !p.note;
			if (!old && empty) continue;
			if (old && old.plannedOn === p.plannedOn && old.approvedOn === p.approvedOn && old.note === p.note) continue;
			changed++;
			if (old && empty) {
				await tx.delete(agreementApprovals).where(eq(agreementApprovals.id, old.id));
				continue;
			}
			const values = { plannedOn: p.plannedOn, approvedOn: p.approvedOn, note: p.note, updatedBy: actor.id, updatedAt: now };
			await tx
				.insert(agreementApprovals)
				.values({ agreementPeriodId: periodId, municipalityId: p.municipalityId, ...values })
				.onConflictDoUpdate({ target: [agreementApprovals.agreementPeriodId, agreementApprovals.municipalityId], set: values });
		}
	});
	log.info({ userId: actor.id, periodId, changed }, 'godkendelser af rammeaftalen gemt');
	return { ok: true, changed };
}
