import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '$lib/server/auth/policy';
import { database } from '$lib/server/db';
import { LEGAL_BASES, offerForm, saveOffer } from '$lib/server/offers/edit';
import { offerInputFrom } from '$lib/server/offers/form-input';
import { decisionChoices } from '$lib/server/decisions/choices';

export const load: PageServerLoad = async ({ locals, url }) => {
	const me = requireUser(locals, 'offer.edit', undefined, url);
	const db = database();
	const form = (await offerForm(db, null))!;
	return { ...form, slug: null, legalBases: LEGAL_BASES, decisions: await decisionChoices(db, me) };
};

export const actions: Actions = {
	default: async ({ locals, request, url }) => {
		const me = requireUser(locals, 'offer.edit', undefined, url);
		const values = offerInputFrom(await request.formData());
		const result = await saveOffer(database(), me, null, values);
		if (!result.ok) return fail(result.status, { values, errors: result.errors, meanwhile: null });
		redirect(303, `/tilbud/${result.slug}?gemt=1`);
	}
};
