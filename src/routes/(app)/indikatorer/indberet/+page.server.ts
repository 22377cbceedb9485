import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '$lib/server/auth/policy';
import type { SessionUser } from '$lib/server/auth/session';
import { database } from '$lib/server/db';
import { municipalityDue, reportValue } from '$lib/server/indicators/reporting';
import { municipalities } from '$lib/server/db/schema';
import { eq } from 'drizzle-orm';
import { m } from '$lib/paraglide/messages';

/** A municipal contact reports for their own municipality only: the policy is asked for exactly that one. */
function ownMunicipality(me: SessionUser) {
	if (me.municipalityId === null) error(403, m.indicator_error_not_yours());
	return me.municipalityId;
}

export const load: PageServerLoad = async ({ locals, url }) => {
	const me = requireUser(locals, 'indicator.report', { municipalityId: locals.user?.municipalityId ?? undefined }, url);
	const municipalityId = ownMunicipality(me);
	const [municipality] = await database().select({ name: municipalities.name }).from(municipalities).where(eq(municipalities.id, municipalityId));
	return { municipality: municipality.name, due: await municipalityDue(database(), municipalityId), saved: url.searchParams.get('gemt') };
};

export const actions: Actions = {
	default: async ({ locals, request, url }) => {
		const me = requireUser(locals, 'indicator.report', { municipalityId: locals.user?.municipalityId ?? undefined }, url);
		const municipalityId = ownMunicipality(me);
		const form = await request.formData();
		const values = {
			indicatorId: Number(form.get('indicatorId')),
			period: String(form.get('period') ?? ''),
			value: String(form.get('value') ?? ''),
			comment: String(form.get('comment') ?? '')
		};
		const outcome = await reportValue(database(), me, { ...values, indicatorId: Number.isInteger(values.indicatorId) ? values.indicatorId : -1, municipalityId });
		if (!outcome.ok) return fail(outcome.status, { key: `${values.indicatorId}-${values.period}`, values, errors: outcome.errors });
		redirect(303, `/indikatorer/indberet?gemt=${encodeURIComponent(`${values.indicatorId}-${values.period}`)}`);
	}
};
