import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '$lib/server/auth/policy';
import { database } from '$lib/server/db';
import { reportingStatus } from '$lib/server/indicators/reporting';
import { sendIndicatorReminders } from '$lib/server/indicators/reminders';
import { publicOrigin } from '$lib/server/http/public-origin';
import { mailSettings } from '$lib/server/mail/mailer';
import { m } from '$lib/paraglide/messages';

export const load: PageServerLoad = async ({ locals, url }) => {
	requireUser(locals, 'plan.manage', undefined, url);
	return { status: await reportingStatus(database()), sent: url.searchParams.get('sendt') };
};

export const actions: Actions = {
	/** Reminds now every municipality missing an indicator's latest period (each reminder still goes out once). */
	remind: async ({ locals, request, url }) => {
		requireUser(locals, 'plan.manage', undefined, url);
		const raw = String((await request.formData()).get('indicatorId') ?? '');
		if (!/^\d{1,10}$/.test(raw)) return fail(400, { errors: { form: m.initiative_error_choice() } });
		if (!mailSettings()) return fail(409, { errors: { form: m.indicator_remind_no_mail() } });
		const run = await sendIndicatorReminders(database(), { origin: publicOrigin(), daysBefore: 366, indicatorId: Number(raw) });
		return { remindedIndicator: Number(raw), sent: run.sent };
	}
};
