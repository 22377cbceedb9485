import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '$lib/server/auth/policy';
import { database } from '$lib/server/db';
import { indicatorBySlug, inputOf, saveIndicator } from '$lib/server/indicators/definitions';
import { effortAreaOptions, indicatorInputFrom } from '$lib/server/indicators/form';
import { valueCount } from '$lib/server/indicators/reporting';
import { m } from '$lib/paraglide/messages';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	requireUser(locals, 'plan.manage', undefined, url);
	const indicator = await indicatorBySlug(database(), params.slug);
	if (!indicator) error(404, m.error_not_found());
	return { indicator, values: inputOf(indicator), effortAreas: await effortAreaOptions(database()), count: await valueCount(database(), indicator.id) };
};

export const actions: Actions = {
	default: async ({ locals, params, request, url }) => {
		const me = requireUser(locals, 'plan.manage', undefined, url);
		const values = indicatorInputFrom(await request.formData());
		const outcome = await saveIndicator(database(), me, params.slug, values);
		if (!outcome.ok) return fail(outcome.status, { values, errors: outcome.errors });
		redirect(303, `/implementeringsplan/indikatorer/${outcome.slug}`);
	}
};
