// Surveys as the secretariat runs them: one per year, opened with a deadline (the last day to answer) and the target
// groups asked about; reopened after the deadline to take late answers, and closed again.
import { desc, eq, sql } from 'drizzle-orm';
import { surveys } from '../db/schema';
import type { Db } from '../db/types';
import type { SessionUser } from '../auth/session';
import { can } from '../auth/policy';
import { parseIsoDate } from '../tariffs/calculators/dates';
import { isTargetGroup } from './target-groups';
import { isoDateInCopenhagen } from '$lib/format/date';
import { m } from '$lib/paraglide/messages';

export interface Survey {
	id: number;
	year: number;
	deadline: string;
	targetGroups: string[];
	reopenedAt: Date | null;
	openedAt: Date;
}

export type Failure = { ok: false; status: 400 | 403 | 404 | 409; errors: Record<string, string> };
export type Result<T = object> = ({ ok: true } & T) | Failure;

export const MIN_YEAR = 2000;
export const MAX_YEAR = 2199;

const columns = {
	id: surveys.id,
	year: surveys.year,
	deadline: sql<string>`${surveys.deadline}`,
	targetGroups: surveys.targetGroups,
	reopenedAt: surveys.reopenedAt,
	openedAt: surveys.openedAt
};

/** A year as it appears in a URL (`/undersoegelse/2026`): four digits in the range surveys can have, else null. */
export function parseYear(value: string): number | null {
	if (!/^\d{4}$/.test(value)) return null;
	const year = Number(value);
	return year >= MIN_YEAR && year <= MAX_YEAR ? year : null;
}

export async function listSurveys(db: Db): Promise<Survey[]> {
	return db.select(columns).from(surveys).orderBy(desc(surveys.year));
}

export async function surveyOfYear(db: Db, year: number): Promise<Survey | null> {
	const [row] = await db.select(columns).from(surveys).where(eq(surveys.year, year));
	return row ?? null;
}

/** Answers are taken until the end of the deadline day (Copenhagen), and after it while the survey is reopened. */
export function takesAnswers(survey: Pick<Survey, 'deadline' | 'reopenedAt'>, now: Date = new Date()): boolean {
	return survey.reopenedAt !== null || isoDateInCopenhagen(now) <= survey.deadline;
}

export interface OpenSurveyInput {
	year: string;
	deadline: string;
	targetGroups: string[];
}

/** Opens the year's survey. Field errors (Danish) and nothing written when the input is wrong or the year has one. */
export async function openSurvey(
	db: Db,
	actor: SessionUser,
	input: OpenSurveyInput,
	now: Date = new Date()
): Promise<Result<{ survey: Survey }>> {
	if (!can(actor, 'survey.manage')) return { ok: false, status: 403, errors: { form: m.error_forbidden() } };
	const errors: Record<string, string> = {};
	const year = parseYear(input.year.trim());
	if (year === null) errors.year = m.survey_error_year({ min: MIN_YEAR, max: MAX_YEAR });
	const deadline = parseIsoDate(input.deadline.trim());
	if (!deadline) errors.deadline = m.survey_error_deadline();
	else if (deadline < isoDateInCopenhagen(now)) errors.deadline = m.survey_error_deadline_past();
	const groups = [...new Set(input.targetGroups.map((g) => g.trim()).filter(Boolean))];
	const unknown = groups.filter((g) => !isTargetGroup(g));
	if (groups.length === 0) errors.targetGroups = m.survey_error_groups_none();
	else if (unknown.length) errors.targetGroups = m.survey_error_group_unknown({ group: unknown[0] });
	if (Object.keys(errors).length) return { ok: false, status: 400, errors };
	const [row] = await db
		.insert(surveys)
		.values({ year: year!, deadline: deadline!, targetGroups: groups, openedBy: actor.id })
		.onConflictDoNothing()
		.returning(columns);
	if (!row) return { ok: false, status: 409, errors: { year: m.survey_error_year_taken({ year: year! }) } };
	return { ok: true, survey: row };
}

/** Takes answers again after the deadline (no effect before it: answers are taken anyway). */
export async function reopenSurvey(db: Db, actor: SessionUser, year: number): Promise<Result> {
	return setReopened(db, actor, year, true);
}

/** Ends a reopening: after the deadline no answers are taken again. */
export async function closeAgain(db: Db, actor: SessionUser, year: number): Promise<Result> {
	return setReopened(db, actor, year, false);
}

async function setReopened(db: Db, actor: SessionUser, year: number, reopen: boolean): Promise<Result> {
	if (!can(actor, 'survey.manage')) return { ok: false, status: 403, errors: { form: m.error_forbidden() } };
	const rows = await db
		.update(surveys)
		.set({ reopenedAt: reopen ? sql`coalesce(${surveys.reopenedAt}, now())` : null })
		.where(eq(surveys.year, year))
		.returning({ id: surveys.id });
	if (rows.length === 0) return { ok: false, status: 404, errors: { form: m.survey_error_missing() } };
	return { ok: true };
}
