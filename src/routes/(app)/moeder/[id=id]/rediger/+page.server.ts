import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '$lib/server/auth/policy';
import { database } from '$lib/server/db';
import { cancelMeeting, getMeetingForEdit, meetingBodies, updateMeeting } from '$lib/server/meetings/manage';
import { formFields } from '$lib/server/users/form';
import { MEETING_FIELDS, meetingFormValues, meetingSchema } from '$lib/schemas/meeting';
import { fieldErrors } from '$lib/schemas/auth';
import { parseId } from '$lib/id';
import { m } from '$lib/paraglide/messages';

function meetingId(param: string): number {
	const id = parseId(param);
	if (id === null) error(404, m.error_not_found());
	return id;
}

export const load: PageServerLoad = async ({ locals, params, url }) => {
	requireUser(locals, 'calendar.manage', undefined, url);
	const db = database();
	const meeting = await getMeetingForEdit(db, meetingId(params.id));
	if (!meeting) error(404, m.error_not_found());
	return {
		meeting: { id: meeting.id, bodyName: meeting.bodyName, status: meeting.status, date: meeting.values.date },
		values: meetingFormValues({ ...meeting.values, bodyId: meeting.bodyId }),
		bodies: await meetingBodies(db)
	};
};

export const actions: Actions = {
	save: async ({ locals, params, request, url }) => {
		const me = requireUser(locals, 'calendar.manage', undefined, url);
		const id = meetingId(params.id);
		const values = formFields(await request.formData(), MEETING_FIELDS);
		const parsed = meetingSchema().safeParse(values);
		if (!parsed.success) return fail(400, { section: 'save' as const, values, errors: fieldErrors(parsed.error) });
		const result = await updateMeeting(database(), me, id, parsed.data);
		if (!result.ok && result.status === 404) error(404, m.error_not_found());
		if (!result.ok) return fail(result.status, { section: 'save' as const, values, errors: result.errors as Record<string, string> });
		redirect(303, `/moeder/${id}?opdateret=1`);
	},
	cancel: async ({ locals, params, request, url }) => {
		const me = requireUser(locals, 'calendar.manage', undefined, url);
		const id = meetingId(params.id);
		const { note } = formFields(await request.formData(), ['note']);
		const result = await cancelMeeting(database(), me, id, note);
		if (!result.ok && result.status === 404) error(404, m.error_not_found());
		if (!result.ok) {
			const errors = result.errors as Record<string, string>;
			// The cancel form has one field, the reason; its id on the page is cancelNote.
			const mapped = Object.fromEntries(Object.entries(errors).map(([k, v]) => [k === 'note' ? 'cancelNote' : k, v]));
			return fail(result.status, { section: 'cancel' as const, cancelNote: note, errors: mapped });
		}
		redirect(303, `/moeder/${id}?aflyst=1`);
	}
};
