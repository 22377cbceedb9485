// Who may see which meeting and read which agenda item: the policy's rules as SQL, shared by every meeting query.
import { and, eq, inArray, or, type SQL } from 'drizzle-orm';
import { agendaItems, meetings } from '../db/schema';
import type { SessionUser } from '../auth/session';
import { can } from '../auth/policy';
import type { MeetingStatus } from './meetings';

/** The statuses in which a public meeting's page (agenda, minutes) is open to everyone. */
export const PUBLISHED_STATUSES = ['agenda_published', 'held', 'minutes_published'] as const satisfies MeetingStatus[];

/**
 * Bodies whose unpublished meetings the viewer may open: `'all'` for staff, otherwise the bodies the viewer sits
 * in for which the policy allows `meeting.readUnpublished` (members and network-group leads: their own bodies).
 */
function unpublishedBodies(viewer: SessionUser | null): 'all' | number[] {
	if (can(viewer, 'meeting.readUnpublished')) return 'all';
	return (viewer?.bodyIds ?? []).filter((bodyId) => can(viewer, 'meeting.readUnpublished', { bodyId }));
}

const isPublished = () => and(eq(meetings.isPublic, true), inArray(meetings.status, PUBLISHED_STATUSES));

/**
 * Meetings whose page (agenda, items, decisions) the viewer may open: public meetings with a published agenda or
 * minutes, and every meeting of a body whose unpublished meetings the viewer may read. `undefined` means no
 * restriction.
 */
export function openMeetingCondition(viewer: SessionUser | null): SQL | undefined {
	const bodyIds = unpublishedBodies(viewer);
	if (bodyIds === 'all') return undefined;
	if (bodyIds.length === 0) return isPublished();
	return or(isPublished(), inArray(meetings.bodyId, bodyIds));
}

/**
 * Meetings whose date and body the viewer may see in calendars: every public meeting (a planned meeting's date is
 * public; its agenda is not until published), and every meeting of a body whose unpublished meetings the viewer
 * may read.
 */
export function listedMeetingCondition(viewer: SessionUser | null): SQL | undefined {
	const bodyIds = unpublishedBodies(viewer);
	if (bodyIds === 'all') return undefined;
	if (bodyIds.length === 0) return eq(meetings.isPublic, true);
	return or(eq(meetings.isPublic, true), inArray(meetings.bodyId, bodyIds));
}

/** The same rule as `openMeetingCondition`, for a meeting already loaded. */
export function canOpenMeeting(
	viewer: SessionUser | null,
	meeting: { isPublic: boolean; status: MeetingStatus; bodyId: number }
) {
	if (can(viewer, 'meeting.readUnpublished', { bodyId: meeting.bodyId })) return true;
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
