import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '$lib/server/auth/policy';
import { database } from '$lib/server/db';
import { LEGAL_BASES, offerForm, saveOffer } from '$lib/server/offers/edit';
import { offerInputFrom } from '$lib/server/offers/form-input';
import { decisionChoices } from '$lib/server/decisions/choices';
import { m } from '$lib/paraglide/messages';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const me = requireUser(locals, 'offer.edit', undefined, url);
	const db = database();
	const form = await offerForm(db, params.slug);
	if (!form) error(404, m.error_not_found());
	return { ...form, slug: params.slug, legalBases: LEGAL_BASES, decisions: await decisionChoices(db, me) };
};

export const actions: Actions = {
	default: async ({ locals, params, request, url }) => {
		const me = requireUser(locals, 'offer.edit', undefined, url);
		const values = offerInputFrom(await request.formData());
		const result = await saveOffer(database(), me, params.slug, values);
		if (!result.ok) return fail(result.status, { values, errors: result.errors, meanwhile: 'meanwhile' in result ? result.meanwhile : null });
		redirect(303, `/tilbud/${result.slug}?gemt=1`);
	}
};
