import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '$lib/server/auth/policy';
import { database } from '$lib/server/db';
import { parseId } from '$lib/id';
import { parseYear, surveyOfYear, takesAnswers } from '$lib/server/surveys/surveys';
import {
	answerInputFromForm,
	answerOf,
	answeringMunicipality,
	formValues,
	postedValues,
	saveAnswer,
	submitAnswer
} from '$lib/server/surveys/answers';
import { SURVEY_PARTS } from '$lib/server/surveys/parts';
import { m } from '$lib/paraglide/messages';

/**
 * The municipality answered for: `?kommune=<id>` when given (a contact of another municipality then gets 403),
 * otherwise the signed-in contact's own municipality.
 */
function municipalityOf(url: URL, locals: App.Locals): number | undefined {
	const raw = url.searchParams.get('kommune');
	if (raw !== null) return parseId(raw) ?? -1;
	return locals.user?.municipalityId ?? undefined;
}

export const load: PageServerLoad = async ({ locals, params, url }) => {
	requireUser(locals, 'survey.answer', { municipalityId: municipalityOf(url, locals) }, url);
	const municipalityId = municipalityOf(url, locals)!;
	const db = database();
	const year = parseYear(params.year);
	const survey = year === null ? null : await surveyOfYear(db, year);
	if (!survey) error(404, m.survey_error_missing());
	const municipality = await answeringMunicipality(db, municipalityId);
	if (!municipality) error(404, m.survey_error_not_yours());
	const stored = await answerOf(db, survey.id, municipalityId);
	const saved = url.searchParams.get('gemt');
	return {
		survey: { year: survey.year, deadline: survey.deadline, reopenedAt: survey.reopenedAt, targetGroups: survey.targetGroups },
		municipality,
		parts: SURVEY_PARTS,
		open: takesAnswers(survey),
		state: stored?.status ?? ('not_started' as const),
		submittedAt: stored?.submittedAt ?? null,
		values: formValues(survey.targetGroups, stored?.answers),
		saved: saved === 'kladde' ? ('draft' as const) : saved === 'indsendt' ? ('submitted' as const) : null
	};
};

export const actions: Actions = {
	default: async ({ locals, params, request, url }) => {
		const me = requireUser(locals, 'survey.answer', { municipalityId: municipalityOf(url, locals) }, url);
		const municipalityId = municipalityOf(url, locals)!;
		const year = parseYear(params.year);
		if (year === null) error(404, m.survey_error_missing());
		const form = await request.formData();
		const input = answerInputFromForm(form);
		const submit = form.get('intent') === 'submit';
		const db = database();
		const result = submit
			? await submitAnswer(db, me, year, municipalityId, input)
			: await saveAnswer(db, me, year, municipalityId, input);
		if (!result.ok) {
			if (result.status === 403 || result.status === 404) error(result.status, result.errors.form);
			const survey = await surveyOfYear(db, year);
			return fail(result.status, { values: postedValues(survey?.targetGroups ?? [], input), errors: result.errors });
		}
		const query = new URLSearchParams();
		if (url.searchParams.has('kommune')) query.set('kommune', String(municipalityId));
		query.set('gemt', submit ? 'indsendt' : 'kladde');
		redirect(303, `/undersoegelse/${year}/svar?${query}`);
	}
};
