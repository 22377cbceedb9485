import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { can, requireUser } from '$lib/server/auth/policy';
import { database } from '$lib/server/db';
import { getAction, myActions, updateAction } from '$lib/server/follow-up/actions';
import { m } from '$lib/paraglide/messages';

export const load: PageServerLoad = async ({ locals, url }) => {
	const me = requireUser(locals, 'followUp.readOwn', undefined, url);
	return { actions: await myActions(database(), me), canManage: can(me, 'followUp.manage'), saved: url.searchParams.has('gemt') };
};

export const actions: Actions = {
	// "Markér som udført" from the list: the owner's own status change, checked against the action's owner.
	done: async ({ locals, request, url }) => {
		const me = requireUser(locals, 'followUp.readOwn', undefined, url);
		const id = Number((await request.formData()).get('id'));
		const db = database();
		const action = Number.isSafeInteger(id) && id > 0 ? await getAction(db, me, id) : null;
		if (!action) return fail(404, { errors: { form: m.error_not_found() } });
		requireUser(locals, 'followUp.update', { ownerUserId: action.ownerUserId, ownerMunicipalityId: action.ownerMunicipalityId }, url);
		const result = await updateAction(db, me, id, { status: 'done' });
		if (!result.ok) return fail(result.status, { errors: result.errors });
		return { saved: true };
	}
};
