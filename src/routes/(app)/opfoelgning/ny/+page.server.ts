import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '$lib/server/auth/policy';
import { database } from '$lib/server/db';
import { createAction, decisionForAction, ownerChoices, STATUSES, type ActionInput } from '$lib/server/follow-up/actions';
import { m } from '$lib/paraglide/messages';

const decisionIdOf = (url: URL) => {
	const raw = url.searchParams.get('beslutning') ?? '';
	return /^\d{1,9}$/.test(raw) ? Number(raw) : null;
};

export const load: PageServerLoad = async ({ locals, url }) => {
	const me = requireUser(locals, 'followUp.manage', undefined, url);
	const id = decisionIdOf(url);
	const db = database();
	const decision = id ? await decisionForAction(db, me, id) : null;
	if (!decision) error(404, m.error_not_found());
	return {
		decision,
		choices: await ownerChoices(db),
		statuses: STATUSES,
		values: { what: '', ownerKind: '', ownerUserId: '', ownerMunicipalityId: '', dueOn: '', status: 'open', note: '' }
	};
};

export const actions: Actions = {
	default: async ({ locals, request, url }) => {
		const me = requireUser(locals, 'followUp.manage', undefined, url);
		const id = decisionIdOf(url);
		if (!id) error(404, m.error_not_found());
		const form = await request.formData();
		const field = (name: keyof ActionInput) => String(form.get(name) ?? '');
		const values: ActionInput = {
			what: field('what'),
			ownerKind: field('ownerKind'),
			ownerUserId: field('ownerUserId'),
			ownerMunicipalityId: field('ownerMunicipalityId'),
			dueOn: field('dueOn'),
			status: field('status') || 'open',
			note: field('note')
		};
		const result = await createAction(database(), me, id, values);
		if (!result.ok) return fail(result.status, { values, errors: result.errors });
		redirect(303, `/beslutninger/${id}`);
	}
};
