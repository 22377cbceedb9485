import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '$lib/server/auth/policy';
import { database } from '$lib/server/db';
import { currentTemplate, saveTemplate, type SectionInput } from '$lib/server/reports/template';

/** Blank rows under the sections, for new ones (the form works without JavaScript). */
const NEW_ROWS = 2;

export const load: PageServerLoad = async ({ locals, url }) => {
	requireUser(locals, 'report.manage', undefined, url);
	const template = await currentTemplate(database());
	return {
		version: template.version,
		createdAt: template.createdAt,
		rows: [
			...template.sections.map((s) => ({ ...s, remove: false })),
			...Array.from({ length: NEW_ROWS }, () => ({ key: '', heading: '', question: '', required: false, remove: false }))
		],
		saved: url.searchParams.get('gemt')
	};
};

export const actions: Actions = {
	default: async ({ locals, request, url }) => {
		const me = requireUser(locals, 'report.manage', undefined, url);
		const form = await request.formData();
		const count = Math.min(Number(form.get('rows')) || 0, 100);
		const rows: SectionInput[] = Array.from({ length: count }, (_, i) => ({
			key: String(form.get(`key-${i}`) ?? ''),
			heading: String(form.get(`heading-${i}`) ?? ''),
			question: String(form.get(`question-${i}`) ?? ''),
			required: form.get(`required-${i}`) === 'on',
			remove: form.get(`remove-${i}`) === 'on'
		}));
		const outcome = await saveTemplate(database(), me, rows);
		if (!outcome.ok) return fail(outcome.status, { rows, errors: outcome.errors });
		redirect(303, `/aarsrapporter/skabelon?gemt=${outcome.version}`);
	}
};
