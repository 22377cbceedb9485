import { error, fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { authorize } from '$lib/server/auth/policy';
import { database } from '$lib/server/db';
import { calculatorPage, runCalculator } from '$lib/server/tariffs/calculators/catalogue';
import { m } from '$lib/paraglide/messages';

export const load: PageServerLoad = async ({ locals, params }) => {
	authorize(locals, 'portal.read');
	const page = await calculatorPage(database(), params.calculator);
	if (!page) error(404, m.error_not_found());
	return { page };
};

export const actions: Actions = {
	// A calculation stores nothing: the form posts so that a refused input can answer 400 with the messages.
	default: async ({ locals, params, request }) => {
		authorize(locals, 'portal.read');
		const form = await request.formData();
		const values: Record<string, string> = {};
		for (const [key, value] of form) if (typeof value === 'string') values[key] = value.slice(0, 200);
		const outcome = await runCalculator(database(), params.calculator, values);
		if (!outcome) error(404, m.error_not_found());
		if (!outcome.ok) return fail(400, { values, errors: outcome.errors, page: outcome.page });
		return { values, result: outcome.result, page: outcome.page };
	}
};
