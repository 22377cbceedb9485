// Who may see which meeting and read which agenda item: the policy's rules as SQL, shared by every meeting query.
import { and, eq, inArray, or, type SQL } from 'drizzle-orm';
import { agendaItems, meetings } from '../db/schema';
import type { SessionUser } from '../auth/session';
import { can } from '../auth/policy';
import type { MeetingStatus } from './meetings';

/** The statuses in which a public meeting's page (agenda, minutes) is open to everyone. */
export const PUBLISHED_STATUSES = ['agenda_published', 'held', 'minutes_published'] as const satisfies MeetingStatus[];

/**
 * Meetings whose page (agenda, items, decisions) the viewer may open: all for staff and members, otherwise
 * public meetings with a published agenda or minutes. `undefined` means no restriction.
 */
export function openMeetingCondition(viewer: SessionUser | null): SQL | undefined {
	if (can(viewer, 'meeting.readUnpublished')) return undefined;
	return and(eq(meetings.isPublic, true), inArray(meetings.status, PUBLISHED_STATUSES));
}

/**
 * Meetings whose date and body the viewer may see in calendars: all for staff and members, otherwise every
 * public meeting (a planned meeting's date is public; its agenda is not until published).
 */
export function listedMeetingCondition(viewer: SessionUser | null): SQL | undefined {
	if (can(viewer, 'meeting.readUnpublished')) return undefined;
	return eq(meetings.isPublic, true);
}

export function canOpenMeeting(viewer: SessionUser | null, meeting: { isPublic: boolean; status: MeetingStatus }) {
	if (can(viewer, 'meeting.readUnpublished')) return true;
	return meeting.isPublic && (PUBLISHED_STATUSES as readonly MeetingStatus[]).includes(meeting.status);
}

/**
 * Agenda items whose content the viewer may read: every open item, and closed items only of meetings of bodies
 * for which the policy allows `agendaItem.readClosed`. Use in queries that join `agenda_items` and `meetings`.
 */
export function readableItemCondition(viewer: SessionUser | null): SQL | undefined {
	if (can(viewer, 'agendaItem.readClosed')) return undefined; // allowed for every body (staff)
	const bodyIds = (viewer?.bodyIds ?? []).filter((bodyId) => can(viewer, 'agendaItem.readClosed', { bodyId }));
	if (bodyIds.length === 0) return eq(agendaItems.isClosed, false);
	return or(eq(agendaItems.isClosed, false), inArray(meetings.bodyId, bodyIds));
}
