import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { authorize } from '$lib/server/auth/policy';
import { database } from '$lib/server/db';
import { getBody } from '$lib/server/bodies/bodies';
import { publishedReportYears } from '$lib/server/reports/reports';
import { m } from '$lib/paraglide/messages';

export const load: PageServerLoad = async ({ locals, params }) => {
	const viewer = authorize(locals, 'portal.read');
	const body = await getBody(database(), params.slug, viewer);
	if (!body) error(404, m.error_not_found());
	// A network group's annual reports, once the steering group's minutes that took them are published.
	return { body, reportYears: await publishedReportYears(database(), body.id) };
};
