import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '$lib/server/auth/policy';
import { database } from '$lib/server/db';
import { createMeeting, meetingBodies, meetingFormDefaults } from '$lib/server/meetings/manage';
import { formFields } from '$lib/server/users/form';
import { MEETING_FIELDS, meetingFormValues, meetingSchema } from '$lib/schemas/meeting';
import { fieldErrors } from '$lib/schemas/auth';

export const load: PageServerLoad = async ({ locals, url }) => {
	requireUser(locals, 'calendar.manage', undefined, url);
	const db = database();
	const organ = url.searchParams.get('organ');
	const date = url.searchParams.get('dato') ?? undefined;
	const defaults = organ ? await meetingFormDefaults(db, organ, date) : null;
	const values = meetingFormValues(
		defaults ?? {
			date: date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : '',
			startTime: null,
			endTime: null,
			place: '',
			virtualUrl: null,
			isVirtual: false,
			status: 'planned',
			isPublic: true,
			note: ''
		}
	);
	return { bodies: await meetingBodies(db), values, organ: defaults ? organ : null };
};

export const actions: Actions = {
	default: async ({ locals, request, url }) => {
		const me = requireUser(locals, 'calendar.manage', undefined, url);
		const values = formFields(await request.formData(), MEETING_FIELDS);
		const parsed = meetingSchema().safeParse(values);
		if (!parsed.success) return fail(400, { values, errors: fieldErrors(parsed.error) });
		const result = await createMeeting(database(), me, parsed.data);
		if (!result.ok) return fail(result.status, { values, errors: result.errors as Record<string, string> });
		redirect(303, `/moeder/${result.id}?oprettet=1`);
	}
};
