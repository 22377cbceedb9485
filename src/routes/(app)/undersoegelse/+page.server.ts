import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { can, requireUser } from '$lib/server/auth/policy';
import { database } from '$lib/server/db';
import { openSurvey } from '$lib/server/surveys/surveys';
import { surveyOverview, surveysForMunicipality } from '$lib/server/surveys/status';
import { DEFAULT_TARGET_GROUPS } from '$lib/server/surveys/target-groups';
import { isoDateInCopenhagen } from '$lib/format/date';

export const load: PageServerLoad = async ({ locals, url }) => {
	// Staff run the surveys; a municipal contact sees the surveys to answer for their own municipality.
	const me = requireUser(
		locals,
		can(locals.user, 'survey.manage') ? 'survey.manage' : 'survey.answer',
		{ municipalityId: locals.user?.municipalityId ?? undefined },
		url
	);
	const db = database();
	if (can(me, 'survey.manage')) {
		const today = isoDateInCopenhagen(new Date());
		const nextYear = Number(today.slice(0, 4)) + 1;
		return {
			staff: true as const,
			today,
			surveys: await surveyOverview(db),
			groups: DEFAULT_TARGET_GROUPS,
			values: { year: String(nextYear), deadline: '', targetGroups: DEFAULT_TARGET_GROUPS.map((g) => g.key) }
		};
	}
	return { staff: false as const, today: isoDateInCopenhagen(new Date()), own: await surveysForMunicipality(db, me.municipalityId!) };
};

export const actions: Actions = {
	open: async ({ locals, request, url }) => {
		const me = requireUser(locals, 'survey.manage', undefined, url);
		const form = await request.formData();
		const values = {
			year: String(form.get('year') ?? ''),
			deadline: String(form.get('deadline') ?? ''),
			targetGroups: form.getAll('targetGroups').map(String)
		};
		const result = await openSurvey(database(), me, values);
		if (!result.ok) return fail(result.status, { values, errors: result.errors });
		redirect(303, `/undersoegelse/${result.survey.year}`);
	}
};
