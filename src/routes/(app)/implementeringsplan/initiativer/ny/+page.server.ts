import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '$lib/server/auth/policy';
import { database } from '$lib/server/db';
import { emptyInput, initiativeChoices } from '$lib/server/plan/initiative-form';
import { inputFrom } from '$lib/server/plan/initiative-input';
import { saveInitiative } from '$lib/server/plan/initiatives';

export const load: PageServerLoad = async ({ locals, url }) => {
	const me = requireUser(locals, 'plan.manage', undefined, url);
	const values = emptyInput();
	// "Ny under indsatsområde N" from the plan page.
	const area = url.searchParams.get('indsatsomraade');
	if (area && /^\d{1,10}$/.test(area)) values.effortAreaId = area;
	return { values, choices: await initiativeChoices(database(), me) };
};

export const actions: Actions = {
	save: async ({ locals, request, url }) => {
		const me = requireUser(locals, 'plan.manage', undefined, url);
		const input = inputFrom(await request.formData());
		const outcome = await saveInitiative(database(), me, null, input);
		if (!outcome.ok) return fail(outcome.status, { values: input, errors: outcome.errors });
		redirect(303, `/implementeringsplan/initiativer/${outcome.id}?gemt=1`);
	}
};
