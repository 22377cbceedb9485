import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '$lib/server/auth/policy';
import { database } from '$lib/server/db';
import { listFocusAreas } from '$lib/server/focus-areas/focus-areas';
import { addOwner, endOwner } from '$lib/server/focus-areas/owners';
import { initiativeChoices } from '$lib/server/plan/initiative-form';
import { isoDateInCopenhagen } from '$lib/format/date';
import { m } from '$lib/paraglide/messages';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const me = requireUser(locals, 'plan.manage', undefined, url);
	const area = (await listFocusAreas(database(), me)).flatMap((p) => p.areas).find((a) => a.slug === params.slug);
	if (!area) error(404, m.error_not_found());
	const choices = await initiativeChoices(database(), me);
	return { area, bodies: choices.bodies, municipalities: choices.municipalities, today: isoDateInCopenhagen(new Date()), saved: url.searchParams.has('gemt') };
};

export const actions: Actions = {
	add: async ({ locals, params, request, url }) => {
		const me = requireUser(locals, 'plan.manage', undefined, url);
		const form = await request.formData();
		const kind = String(form.get('kind') ?? '');
		const values = { kind, id: String(form.get(`id-${kind}`) ?? ''), validFrom: String(form.get('validFrom') ?? ''), validTo: String(form.get('validTo') ?? '') };
		const outcome = await addOwner(database(), me, params.slug, values);
		if (!outcome.ok) return fail(outcome.status, { values, errors: outcome.errors });
		redirect(303, `/fokusomraader/${params.slug}/tovholdere?gemt=1`);
	},
	end: async ({ locals, params, request, url }) => {
		const me = requireUser(locals, 'plan.manage', undefined, url);
		const form = await request.formData();
		const outcome = await endOwner(database(), me, params.slug, { kind: String(form.get('kind') ?? ''), id: String(form.get('id') ?? ''), validTo: String(form.get('validTo') ?? '') });
		if (!outcome.ok) return fail(outcome.status, { errors: outcome.errors });
		redirect(303, `/fokusomraader/${params.slug}/tovholdere?gemt=1`);
	}
};
