// Who has answered the year's survey: the 17 municipalities (Region Sjælland is not asked), each with the state of
// its answer and the last reminder sent to its contacts.
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { municipalities, surveyAnswers, surveyReminders, surveys } from '../db/schema';
import type { Db } from '../db/types';

export type AnswerState = 'not_started' | 'draft' | 'submitted';

export interface MunicipalityStatus {
	municipalityId: number;
	name: string;
	state: AnswerState;
	updatedAt: Date | null;
	submittedAt: Date | null;
	lastReminderAt: Date | null;
}

export async function answerStatus(db: Db, surveyId: number): Promise<MunicipalityStatus[]> {
	const rows = await db
		.select({
			municipalityId: municipalities.id,
			name: municipalities.name,
			status: surveyAnswers.status,
			updatedAt: surveyAnswers.updatedAt,
			submittedAt: surveyAnswers.submittedAt,
			lastReminderAt: sql<Date | null>`(select max(r.sent_at) from ${surveyReminders} r where r.survey_id = ${surveyId} and r.municipality_id = ${municipalities.id})`.mapWith(
				(v: string | Date | null) => (v === null ? null : new Date(v))
			)
		})
		.from(municipalities)
		.leftJoin(surveyAnswers, and(eq(surveyAnswers.municipalityId, municipalities.id), eq(surveyAnswers.surveyId, surveyId)))
		.where(eq(municipalities.kind, 'kommune'))
		.orderBy(asc(municipalities.name));
	return rows.map((r) => ({
		municipalityId: r.municipalityId,
		name: r.name,
		state: r.status ?? 'not_started',
		updatedAt: r.updatedAt,
		submittedAt: r.submittedAt,
		lastReminderAt: r.lastReminderAt
	}));
}

export interface SurveySummary {
	year: number;
	deadline: string;
	reopenedAt: Date | null;
	submitted: number;
	drafts: number;
}

/** Every survey, newest year first, with how many municipalities have submitted and how many have a draft. */
export async function surveyOverview(db: Db): Promise<SurveySummary[]> {
	return db
		.select({
			year: surveys.year,
			deadline: sql<string>`${surveys.deadline}`,
			reopenedAt: surveys.reopenedAt,
			submitted: sql<number>`(select count(*) from ${surveyAnswers} a where a.survey_id = ${surveys.id} and a.status = 'submitted')`.mapWith(Number),
			drafts: sql<number>`(select count(*) from ${surveyAnswers} a where a.survey_id = ${surveys.id} and a.status = 'draft')`.mapWith(Number)
		})
		.from(surveys)
		.orderBy(desc(surveys.year));
}

export interface OwnSurvey {
	year: number;
	deadline: string;
	reopenedAt: Date | null;
	state: AnswerState;
}

/** The surveys as one municipality's contact sees them: each with the state of the municipality's answer. */
export async function surveysForMunicipality(db: Db, municipalityId: number): Promise<OwnSurvey[]> {
	const rows = await db
		.select({
			year: surveys.year,
			deadline: sql<string>`${surveys.deadline}`,
			reopenedAt: surveys.reopenedAt,
			status: surveyAnswers.status
		})
		.from(surveys)
		.leftJoin(surveyAnswers, and(eq(surveyAnswers.surveyId, surveys.id), eq(surveyAnswers.municipalityId, municipalityId)))
		.orderBy(desc(surveys.year));
	return rows.map(({ status, ...r }) => ({ ...r, state: status ?? 'not_started' }));
}
