import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { can, requireUser } from '$lib/server/auth/policy';
import { database } from '$lib/server/db';
import { getAction, ownerChoices, STATUSES, updateAction, type ActionInput } from '$lib/server/follow-up/actions';
import { m } from '$lib/paraglide/messages';
import type { SessionUser } from '$lib/server/auth/session';

/** After the sign-in check: the action (only if its decision is visible) and the policy's owner check. */
async function ownAction(locals: App.Locals, url: URL, me: SessionUser, idParam: string) {
	const action = await getAction(database(), me, Number(idParam));
	if (!action) error(404, m.error_not_found());
	requireUser(locals, 'followUp.update', { ownerUserId: action.ownerUserId, ownerMunicipalityId: action.ownerMunicipalityId }, url);
	return { me, action, full: can(me, 'followUp.manage') };
}

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const me = requireUser(locals, 'followUp.readOwn', undefined, url);
	const { action, full } = await ownAction(locals, url, me, params.id);
	return {
		action,
		full,
		saved: url.searchParams.has('gemt'),
		choices: full ? await ownerChoices(database()) : { people: [], municipalities: [] },
		statuses: STATUSES,
		values: {
			what: action.what,
			ownerKind: action.ownerKind ?? '',
			ownerUserId: String(action.ownerUserId ?? ''),
			ownerMunicipalityId: String(action.ownerMunicipalityId ?? ''),
			dueOn: action.dueOn ?? '',
			status: action.status,
			note: action.note
		}
	};
};

export const actions: Actions = {
	default: async ({ locals, params, request, url }) => {
		const me = requireUser(locals, 'followUp.readOwn', undefined, url);
		const { full } = await ownAction(locals, url, me, params.id);
		const form = await request.formData();
		const field = (name: keyof ActionInput) => String(form.get(name) ?? '');
		const values: Partial<ActionInput> = full
			? {
					what: field('what'),
					ownerKind: field('ownerKind'),
					ownerUserId: field('ownerUserId'),
					ownerMunicipalityId: field('ownerMunicipalityId'),
					dueOn: field('dueOn'),
					status: field('status'),
					note: field('note')
				}
			: { status: field('status'), note: field('note') };
		const result = await updateAction(database(), me, Number(params.id), values);
		if (!result.ok) return fail(result.status, { values, errors: result.errors });
		redirect(303, `/opfoelgning/${params.id}?gemt=1`);
	}
};
