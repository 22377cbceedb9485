import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '$lib/server/auth/policy';
import { database } from '$lib/server/db';
import { initiativeChoices, inputOf } from '$lib/server/plan/initiative-form';
import { inputFrom } from '$lib/server/plan/initiative-input';
import { addMilestone, completeMilestone, getInitiative, saveInitiative } from '$lib/server/plan/initiatives';
import { isoDateInCopenhagen } from '$lib/format/date';
import { m } from '$lib/paraglide/messages';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const me = requireUser(locals, 'plan.manage', undefined, url);
	const initiative = await getInitiative(database(), me, Number(params.id));
	if (!initiative) error(404, m.error_not_found());
	return {
		initiative,
		values: await inputOf(database(), initiative),
		choices: await initiativeChoices(database(), me),
		today: isoDateInCopenhagen(new Date()),
		saved: url.searchParams.get('gemt')
	};
};

export const actions: Actions = {
	save: async ({ locals, params, request, url }) => {
		const me = requireUser(locals, 'plan.manage', undefined, url);
		const input = inputFrom(await request.formData());
		const outcome = await saveInitiative(database(), me, Number(params.id), input);
		if (!outcome.ok) return fail(outcome.status, { section: 'save', values: input, errors: outcome.errors, meanwhile: outcome.meanwhile ?? null });
		redirect(303, `/implementeringsplan/initiativer/${params.id}?gemt=1`);
	},
	milestone: async ({ locals, params, request, url }) => {
		const me = requireUser(locals, 'plan.manage', undefined, url);
		const form = await request.formData();
		const values = { title: String(form.get('milestoneTitle') ?? ''), dueOn: String(form.get('milestoneDueOn') ?? '') };
		const outcome = await addMilestone(database(), me, Number(params.id), values);
		if (!outcome.ok) return fail(outcome.status, { section: 'milestone', milestone: values, errors: outcome.errors });
		redirect(303, `/implementeringsplan/initiativer/${params.id}/rediger?gemt=milepael#milepaele`);
	},
	milestoneDone: async ({ locals, params, request, url }) => {
		const me = requireUser(locals, 'plan.manage', undefined, url);
		const form = await request.formData();
		const milestoneId = Number(form.get('milestoneId'));
		const outcome = await completeMilestone(database(), me, Number(params.id), Number.isInteger(milestoneId) ? milestoneId : -1, String(form.get('doneOn') ?? ''));
		if (!outcome.ok) return fail(outcome.status, { section: 'milestone', errors: outcome.errors });
		redirect(303, `/implementeringsplan/initiativer/${params.id}/rediger?gemt=milepael#milepaele`);
	}
};
