import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '$lib/server/auth/policy';
import { database } from '$lib/server/db';
import { createPlan, listPlans } from '$lib/server/calendar/planner-store';

// The planner (staff): a year's KKR (or K17) dates in, a stored plan of proposed chains out; earlier plans listed.

export const load: PageServerLoad = async ({ locals, url }) => {
	requireUser(locals, 'calendar.manage', undefined, url);
	return { plans: await listPlans(database()) };
};

export const actions: Actions = {
	default: async ({ locals, request, url }) => {
		const me = requireUser(locals, 'calendar.manage', undefined, url);
		const form = await request.formData();
		const values = { basis: String(form.get('basis') ?? ''), dates: String(form.get('dates') ?? '') };
		const result = await createPlan(database(), me, values);
		if (!result.ok) return fail(result.status, { values, errors: result.errors });
		redirect(303, `/kalender/planlaeg/${result.value.id}`);
	}
};
