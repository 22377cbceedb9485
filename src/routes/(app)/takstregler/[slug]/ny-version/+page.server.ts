import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '$lib/server/auth/policy';
import { database } from '$lib/server/db';
import { addTariffRuleVersion, newVersionForm } from '$lib/server/tariffs/versions';
import { decisionChoices } from '$lib/server/decisions/choices';
import { m } from '$lib/paraglide/messages';

/** Blank parameter rows offered after the current ones (the form works without JavaScript). */
const BLANK_ROWS = 3;
const MAX_ROWS = 40;

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const me = requireUser(locals, 'tariffRule.edit', undefined, url);
	const db = database();
	const form = await newVersionForm(db, params.slug);
	if (!form) error(404, m.error_not_found());
	const parameters = Object.entries(form.current?.parameters ?? {}).map(([key, value]) => ({
		key,
		value: typeof value === 'boolean' ? (value ? 'ja' : 'nej') : String(value)
	}));
	return {
		rule: form.rule,
		periods: form.periods,
		decisions: await decisionChoices(db, me),
		values: { text: form.current?.text ?? '', effectiveFrom: '', effectiveTo: '', agreementPeriodId: '', decisionId: '' },
		parameters: [...parameters, ...Array.from({ length: BLANK_ROWS }, () => ({ key: '', value: '' }))]
	};
};

export const actions: Actions = {
	default: async ({ locals, params, request, url }) => {
		const me = requireUser(locals, 'tariffRule.edit', undefined, url);
		const form = await request.formData();
		const text = (name: string) => String(form.get(name) ?? '');
		const parameters = Array.from({ length: MAX_ROWS }, (_, i) => ({ key: text(`param-key-${i}`), value: text(`param-value-${i}`) })).filter(
			(_, i) => form.has(`param-key-${i}`)
		);
		const values = {
			text: text('text'),
			effectiveFrom: text('effectiveFrom'),
			effectiveTo: text('effectiveTo'),
			agreementPeriodId: text('agreementPeriodId'),
			decisionId: text('decisionId')
		};
		const result = await addTariffRuleVersion(database(), me, params.slug, { ...values, parameters });
		if (!result.ok) return fail(result.status, { values, parameters, errors: result.errors });
		redirect(303, `/takstregler/${params.slug}?gemt=${result.version}`);
	}
};
