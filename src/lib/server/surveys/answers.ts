// A municipality's answer to the year's survey: saved as a draft while it is being written, then submitted. Only the
// municipality's own contacts answer for it; after the deadline nothing is taken unless the secretariat reopened
// the survey. Bad input (a number that is not a whole number of places, an unknown target group or part) gives
// Danish field errors and writes nothing.
import { and, eq } from 'drizzle-orm';
import { municipalities, surveyAnswers, surveys } from '../db/schema';
import type { DemandExpectation, SurveyAnswers, TargetGroupAnswer } from '../db/schema/surveys';
import type { Db } from '../db/types';
import type { SessionUser } from '../auth/session';
import { can } from '../auth/policy';
import { SURVEY_PARTS, isSurveyPart, type SurveyPart } from './parts';
import { targetGroupLabel } from './target-groups';
import { surveyOfYear, takesAnswers, type Result, type Survey } from './surveys';
import { formatDate } from '$lib/format/date';
import { m } from '$lib/paraglide/messages';

export type { DemandExpectation, SurveyAnswers, TargetGroupAnswer };

export const DEMANDS: readonly DemandExpectation[] = ['up', 'same', 'down'];
export const MAX_PLACES = 9999;
export const MAX_PLAN_LENGTH = 2000;
export const MAX_PART_LENGTH = 8000;

/** What a form posts, as strings: per target group the four fields, per part its text. */
export interface AnswerInput {
	groups: Record<string, { demand?: string; places?: string; opening?: string; closing?: string }>;
	parts: Record<string, string>;
}

export type AnswerStatus = 'draft' | 'submitted';

export interface StoredAnswer {
	status: AnswerStatus;
	answers: SurveyAnswers;
	updatedAt: Date;
	submittedAt: Date | null;
}

/** The form field ids (and names) of the answer form; the error summary links to them. */
export const fieldId = {
	demand: (group: string) => `demand-${group}`,
	places: (group: string) => `places-${group}`,
	opening: (group: string) => `opening-${group}`,
	closing: (group: string) => `closing-${group}`,
	part: (part: string) => `part-${part}`
};

const FIELD = /^(demand|places|opening|closing|part)-(.+)$/;

/** Reads the answer form's fields; fields that are not the form's are ignored, unknown groups and parts kept (and refused). */
export function answerInputFromForm(form: FormData): AnswerInput {
	const input: AnswerInput = { groups: {}, parts: {} };
	for (const [name, value] of form.entries()) {
		const match = FIELD.exec(name);
		if (!match || typeof value !== 'string') continue;
		const [, kind, key] = match;
		if (kind === 'part') input.parts[key] = value;
		else (input.groups[key] ??= {})[kind as 'demand' | 'places' | 'opening' | 'closing'] = value;
	}
	return input;
}

/** An answer with nothing filled in, for the survey's target groups. */
export function emptyAnswers(targetGroups: readonly string[]): SurveyAnswers {
	return {
		groups: Object.fromEntries(targetGroups.map((g) => [g, { demand: null, places: null, opening: '', closing: '' }])),
		parts: Object.fromEntries(SURVEY_PARTS.map((p) => [p, ''])) as Record<SurveyPart, string>
	};
}

/** The stored answer put into the shape of the survey's current groups and parts (the form's initial values). */
export function normalised(targetGroups: readonly string[], answers: SurveyAnswers | null | undefined): SurveyAnswers {
	const out = emptyAnswers(targetGroups);
	if (!answers) return out;
	for (const g of targetGroups) if (answers.groups?.[g]) out.groups[g] = { ...out.groups[g], ...answers.groups[g] };
	for (const p of SURVEY_PARTS) out.parts[p] = answers.parts?.[p] ?? '';
	return out;
}

/** Checks the input against the survey; the answer to store, or field errors keyed by field id. */
export function checkAnswer(
	targetGroups: readonly string[],
	input: AnswerInput
): { value: SurveyAnswers | null; errors: Record<string, string> } {
	const errors: Record<string, string> = {};
	const known = new Set(targetGroups);
	for (const key of Object.keys(input.groups)) {
		if (!known.has(key)) errors.form = m.survey_error_group_unknown({ group: key });
	}
	for (const key of Object.keys(input.parts)) {
		if (!isSurveyPart(key)) errors.form = m.survey_error_part_unknown({ part: key });
	}
	const value = emptyAnswers(targetGroups);
	for (const group of targetGroups) {
		const raw = input.groups[group] ?? {};
		const label = targetGroupLabel(group);
		const answer: TargetGroupAnswer = value.groups[group];
		const demand = (raw.demand ?? '').trim();
		if (demand) {
			const d = DEMANDS.find((x) => x === demand);
			if (d) answer.demand = d;
			else errors[fieldId.demand(group)] = m.survey_error_demand({ group: label });
		}
		const places = (raw.places ?? '').trim();
		if (places) {
			if (/^\d{1,4}$/.test(places) && Number(places) <= MAX_PLACES) answer.places = Number(places);
			else errors[fieldId.places(group)] = m.survey_error_places({ group: label, max: MAX_PLACES });
		}
		for (const kind of ['opening', 'closing'] as const) {
			const text = (raw[kind] ?? '').trim();
			if (text.length > MAX_PLAN_LENGTH) errors[fieldId[kind](group)] = m.survey_error_text_long({ max: MAX_PLAN_LENGTH });
			else answer[kind] = text;
		}
	}
	for (const part of SURVEY_PARTS) {
		const text = (input.parts[part] ?? '').trim();
		if (text.length > MAX_PART_LENGTH) errors[fieldId.part(part)] = m.survey_error_text_long({ max: MAX_PART_LENGTH });
		else value.parts[part] = text;
	}
	return Object.keys(errors).length ? { value: null, errors } : { value, errors };
}

/** Whether an answer says anything at all (a submitted answer must). */
export function isEmptyAnswer(a: SurveyAnswers): boolean {
	const groups = Object.values(a.groups).every((g) => g.demand === null && g.places === null && !g.opening && !g.closing);
	return groups && Object.values(a.parts).every((t) => !t);
}

export async function answerOf(db: Db, surveyId: number, municipalityId: number): Promise<StoredAnswer | null> {
	const [row] = await db
		.select({
			status: surveyAnswers.status,
			answers: surveyAnswers.answers,
			updatedAt: surveyAnswers.updatedAt,
			submittedAt: surveyAnswers.submittedAt
		})
		.from(surveyAnswers)
		.where(and(eq(surveyAnswers.surveyId, surveyId), eq(surveyAnswers.municipalityId, municipalityId)));
	return row ?? null;
}

/** The municipality a contact answers for: one of the 17 municipalities (the region does not answer). */
export async function answeringMunicipality(db: Db, id: number): Promise<{ id: number; name: string } | null> {
	const [row] = await db
		.select({ id: municipalities.id, name: municipalities.name })
		.from(municipalities)
		.where(and(eq(municipalities.id, id), eq(municipalities.kind, 'kommune')));
	return row ?? null;
}

/** Saves the answer as a draft. Refused for a submitted answer (submit the change instead), so a submission is never withdrawn by accident. */
export function saveAnswer(db: Db, actor: SessionUser, year: number, municipalityId: number, input: AnswerInput, now = new Date()) {
	return write(db, actor, year, municipalityId, input, 'draft', now);
}

/** Submits the answer (also a change to one already submitted); only submitted answers count in the aggregate. */
export function submitAnswer(db: Db, actor: SessionUser, year: number, municipalityId: number, input: AnswerInput, now = new Date()) {
	return write(db, actor, year, municipalityId, input, 'submitted', now);
}

async function write(
	db: Db,
	actor: SessionUser,
	year: number,
	municipalityId: number,
	input: AnswerInput,
	status: AnswerStatus,
	now: Date
): Promise<Result<{ status: AnswerStatus }>> {
	if (!can(actor, 'survey.answer', { municipalityId })) return { ok: false, status: 403, errors: { form: m.survey_error_not_yours() } };
	const survey = await surveyOfYear(db, year);
	if (!survey) return { ok: false, status: 404, errors: { form: m.survey_error_missing() } };
	if (!(await answeringMunicipality(db, municipalityId))) return { ok: false, status: 404, errors: { form: m.survey_error_not_yours() } };
	return db.transaction(async (tx) => {
		// Read the survey again under a share lock: a reopening or closing, and a reminder being sent, wait for it.
		const [locked] = await tx
			.select({ reopenedAt: surveys.reopenedAt })
			.from(surveys)
			.where(eq(surveys.id, survey.id))
			.for('share');
		const current: Survey = { ...survey, reopenedAt: locked?.reopenedAt ?? null };
		if (!takesAnswers(current, now))
			return { ok: false as const, status: 409 as const, errors: { form: m.survey_error_closed({ deadline: formatDate(survey.deadline) }) } };
		const { value, errors } = checkAnswer(survey.targetGroups, input);
		if (!value) return { ok: false as const, status: 400 as const, errors };
		const [existing] = await tx
			.select({ status: surveyAnswers.status })
			.from(surveyAnswers)
			.where(and(eq(surveyAnswers.surveyId, survey.id), eq(surveyAnswers.municipalityId, municipalityId)))
			.for('update');
		if (status === 'draft' && existing?.status === 'submitted')
			return { ok: false as const, status: 409 as const, errors: { form: m.survey_error_already_submitted() } };
		if (status === 'submitted' && isEmptyAnswer(value))
			return { ok: false as const, status: 400 as const, errors: { form: m.survey_error_empty() } };
		const fields = {
			status,
			answers: value,
			updatedBy: actor.id,
			updatedAt: now,
			...(status === 'submitted' ? { submittedBy: actor.id, submittedAt: now } : {})
		};
		await tx
			.insert(surveyAnswers)
			.values({ surveyId: survey.id, municipalityId, ...fields })
			.onConflictDoUpdate({ target: [surveyAnswers.surveyId, surveyAnswers.municipalityId], set: fields });
		return { ok: true as const, status };
	});
}

/** The form's values as strings (what the answer form shows). */
export interface AnswerFormValues {
	groups: Record<string, { demand: string; places: string; opening: string; closing: string }>;
	parts: Record<string, string>;
}

/** A stored (or empty) answer as the form shows it. */
export function formValues(targetGroups: readonly string[], stored: SurveyAnswers | null | undefined): AnswerFormValues {
	const a = normalised(targetGroups, stored);
	return {
		groups: Object.fromEntries(
			targetGroups.map((g) => {
				const x = a.groups[g];
				return [g, { demand: x.demand ?? '', places: x.places === null ? '' : String(x.places), opening: x.opening, closing: x.closing }];
			})
		),
		parts: { ...a.parts }
	};
}

/** What was posted, shown again with its errors (nothing lost). */
export function postedValues(targetGroups: readonly string[], input: AnswerInput): AnswerFormValues {
	return {
		groups: Object.fromEntries(
			targetGroups.map((g) => {
				const x = input.groups[g] ?? {};
				return [g, { demand: x.demand ?? '', places: x.places ?? '', opening: x.opening ?? '', closing: x.closing ?? '' }];
			})
		),
		parts: Object.fromEntries(SURVEY_PARTS.map((p) => [p, input.parts[p] ?? '']))
	};
}
