import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { authorize, can } from '$lib/server/auth/policy';
import { database } from '$lib/server/db';
import { getMeetingForViewer } from '$lib/server/meetings/meeting-page';
import { hasSentVersion } from '$lib/server/agenda/versions';
import { meetingDocuments } from '$lib/server/agenda/export-docx';
import { parseId } from '$lib/id';
import { meetingHistoryView } from '$lib/server/meetings/history-view';
import { meetingViolations } from '$lib/server/calendar/calendar';
import { dateLocale } from '$lib/format/locale';
import { m } from '$lib/paraglide/messages';

export const load: PageServerLoad = async ({ locals, params, url }) => {
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
		lifecycleLink: can(viewer, 'agenda.edit', { bodyId: meeting.body.id }),
		// The change log; who made a change is shown to staff only, the public reads "Sekretariatet".
		editLink: can(viewer, 'calendar.manage'),
		history: await meetingHistoryView(database(), meeting.id, {
			showNames: can(viewer, 'calendar.manage'),
			locale: dateLocale()
		}),
		flash: meetingFlash(url),
		violations: (await meetingViolations(database(), viewer, meeting.id)).map((v) => v.message)
	};
};

/** The status message after the meeting forms redirect here (?oprettet=1, ?opdateret=1, ?aflyst=1). */
function meetingFlash(url: URL): 'created' | 'updated' | 'cancelled' | null {
	if (url.searchParams.has('oprettet')) return 'created';
	if (url.searchParams.has('opdateret')) return 'updated';
	if (url.searchParams.has('aflyst')) return 'cancelled';
	return null;
}
