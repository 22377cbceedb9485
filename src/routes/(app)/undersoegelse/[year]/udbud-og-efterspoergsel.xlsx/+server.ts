import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { requireUser } from '$lib/server/auth/policy';
import { database } from '$lib/server/db';
import { parseYear, surveyOfYear } from '$lib/server/surveys/surveys';
import { aggregate } from '$lib/server/surveys/aggregate';
import { answerStatus } from '$lib/server/surveys/status';
import { EXPORT_BASENAME, submittedAnswers, surveyXlsx } from '$lib/server/surveys/export';
import { m } from '$lib/paraglide/messages';

export const GET: RequestHandler = async ({ locals, params, url }) => {
	requireUser(locals, 'survey.manage', undefined, url);
	const db = database();
	const year = parseYear(params.year);
	const survey = year === null ? null : await surveyOfYear(db, year);
	if (!survey) error(404, m.survey_error_missing());
	const [summary, answers, status] = await Promise.all([aggregate(db, survey), submittedAnswers(db, survey.id), answerStatus(db, survey.id)]);
	const body = await surveyXlsx(summary, answers, status);
	return new Response(new Uint8Array(body), {
		headers: {
			'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
			'content-disposition': `attachment; filename="${EXPORT_BASENAME}-${survey.year}.xlsx"`,
			'cache-control': 'private, no-store'
		}
	});
};
