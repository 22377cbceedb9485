import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { requireUser } from '$lib/server/auth/policy';
import { database } from '$lib/server/db';
import { parseYear, surveyOfYear } from '$lib/server/surveys/surveys';
import { aggregate } from '$lib/server/surveys/aggregate';
import { EXPORT_BASENAME, surveyCsv } from '$lib/server/surveys/export';
import { m } from '$lib/paraglide/messages';

export const GET: RequestHandler = async ({ locals, params, url }) => {
	requireUser(locals, 'survey.manage', undefined, url);
	const year = parseYear(params.year);
	const survey = year === null ? null : await surveyOfYear(database(), year);
	if (!survey) error(404, m.survey_error_missing());
	const body = surveyCsv(await aggregate(database(), survey));
	return new Response(body, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="${EXPORT_BASENAME}-${survey.year}.csv"`,
			'cache-control': 'private, no-store'
		}
	});
};
