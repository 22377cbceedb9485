import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '$lib/server/auth/policy';
import { database } from '$lib/server/db';
import { decisionPage } from '$lib/server/decisions/decision-page';
import { correctDecision, correctionForm, LINK_KINDS, type LinkKind } from '$lib/server/decisions/corrections';
import { m } from '$lib/paraglide/messages';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const me = requireUser(locals, 'decision.correct', undefined, url);
	const db = database();
	const id = Number(params.id);
	const page = await decisionPage(db, me, id);
	const form = page ? await correctionForm(db, id) : null;
	if (!page || !form) error(404, m.error_not_found());
	return { page, form };
};

export const actions: Actions = {
	default: async ({ locals, params, request, url }) => {
		const me = requireUser(locals, 'decision.correct', undefined, url);
		const data = await request.formData();
		const links = Object.fromEntries(LINK_KINDS.map((k) => [k, data.getAll(k).map(String)])) as Record<LinkKind, string[]>;
		const input = { kind: String(data.get('kind') ?? ''), links, note: String(data.get('note') ?? '') };
		const result = await correctDecision(database(), me, Number(params.id), input);
		if (!result.ok) return fail(result.status, { input, errors: result.errors });
		redirect(303, `/beslutninger/${params.id}?rettet=1`);
	}
};
