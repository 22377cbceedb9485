import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '$lib/server/auth/policy';
import { database } from '$lib/server/db';
import { decisionPage } from '$lib/server/decisions/decision-page';
import { saveSummary, SUMMARY_MAX } from '$lib/server/decisions/plain-summary';
import { m } from '$lib/paraglide/messages';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const me = requireUser(locals, 'decision.summarize', undefined, url);
	// As the public would read it: a summary is only for a decision the portal shows.
	const page = await decisionPage(database(), null, Number(params.id));
	if (!page) error(404, m.error_not_found());
	return { page, max: SUMMARY_MAX, me: me.id };
};

export const actions: Actions = {
	default: async ({ locals, params, request, url }) => {
		const me = requireUser(locals, 'decision.summarize', undefined, url);
		const text = String((await request.formData()).get('summary') ?? '');
		const result = await saveSummary(database(), me, Number(params.id), text);
		if (!result.ok) return fail(result.status, { text, message: result.message });
		redirect(303, `/beslutninger/${params.id}?resume=${result.cleared ? 'fjernet' : 'gemt'}`);
	}
};
