import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { authorize, can } from '$lib/server/auth/policy';
import { database } from '$lib/server/db';
import { getMeetingForViewer } from '$lib/server/meetings/meeting-page';
import { hasSentVersion } from '$lib/server/agenda/versions';
import { meetingDocuments } from '$lib/server/agenda/export-docx';
import { parseId } from '$lib/id';
import { m } from '$lib/paraglide/messages';

export const load: PageServerLoad = async ({ locals, params }) => {
	const viewer = authorize(locals, 'portal.read');
	const id = parseId(params.id);
	const meeting = id === null ? null : await getMeetingForViewer(database(), id, viewer);
	if (!meeting) error(404, m.error_not_found());
	// Members and staff read the agenda as sent to the members; staff take it through its life.
	const maySeeSent = can(viewer, 'agenda.readSent', { bodyId: meeting.body.id });
	return {
		meeting,
		documents: meetingDocuments(meeting),
		sentLink: maySeeSent && (await hasSentVersion(database(), meeting.id)),
		lifecycleLink: can(viewer, 'agenda.edit', { bodyId: meeting.body.id })
	};
};
