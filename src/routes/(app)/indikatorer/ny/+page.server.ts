import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '$lib/server/auth/policy';
import { database } from '$lib/server/db';
import { emptyIndicatorInput, saveIndicator } from '$lib/server/indicators/definitions';
import { effortAreaOptions, indicatorInputFrom } from '$lib/server/indicators/form';

export const load: PageServerLoad = async ({ locals, url }) => {
	requireUser(locals, 'plan.manage', undefined, url);
	return { values: emptyIndicatorInput(), effortAreas: await effortAreaOptions(database()) };
};

export const actions: Actions = {
	default: async ({ locals, request, url }) => {
		const me = requireUser(locals, 'plan.manage', undefined, url);
		const values = indicatorInputFrom(await request.formData());
		const outcome = await saveIndicator(database(), me, null, values);
		if (!outcome.ok) return fail(outcome.status, { values, errors: outcome.errors });
		redirect(303, `/implementeringsplan/indikatorer/${outcome.slug}`);
	}
};
