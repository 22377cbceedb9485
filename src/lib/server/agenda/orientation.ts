// An orientation item put on a coming steering-group agenda by the server: an approved annual report, the survey's
// summary. The item goes into the meeting's live document before "Evt.", as "send on" does, so the secretariat sees
// it at once in the editor and it reaches the rows when the agenda is sent.
import { and, asc, eq, gt, inArray } from 'drizzle-orm';
import { bodies, meetings } from '../db/schema';
import type { Db } from '../db/types';
import type { CollabServer } from '../collab/server';
import { addItem } from '$lib/collab/agenda/ops';
import { orderedItems, text } from '$lib/collab/agenda/model';
import { agendaState, meetingDocumentName } from './document';

export const STEERING_GROUP_SLUG = 'styregruppen';

/** Meetings whose agenda still takes items (the same as "send on"). */
const OPEN_FOR_ITEMS = ['planned', 'agenda_published'] as const;

export interface ComingMeeting {
	id: number;
	startsAt: Date;
}

/** The steering group's coming meetings that still take items, soonest first: the first is the one proposed. */
export async function comingSteeringGroupMeetings(db: Db, after: Date = new Date()): Promise<ComingMeeting[]> {
	return db
		.select({ id: meetings.id, startsAt: meetings.startsAt })
		.from(meetings)
		.innerJoin(bodies, eq(bodies.id, meetings.bodyId))
		.where(and(eq(bodies.slug, STEERING_GROUP_SLUG), gt(meetings.startsAt, after), inArray(meetings.status, OPEN_FOR_ITEMS)))
		.orderBy(asc(meetings.startsAt))
		.limit(12);
}

export interface OrientationItem {
	title: string;
	/** Markdown for the item's beslutningstema (what the item is about, with a link to the source). */
	beslutningstema: string;
	/** Markdown for the indstilling (normally that the steering group takes it to note). */
	indstilling: string;
}

/**
 * Inserts the item into a meeting's agenda document before "Evt."; `null` when the meeting is not one of the
 * steering group's coming meetings or its agenda no longer takes items. Returns the item's id in the document.
 */
export async function addOrientationItem(
	db: Db,
	collab: CollabServer,
	meetingId: number,
	item: OrientationItem
): Promise<string | null> {
	const coming = await comingSteeringGroupMeetings(db);
	if (!coming.some((c) => c.id === meetingId)) return null;
	const state = await agendaState(db, meetingId);
	if (!state || (state.phase !== 'draft' && state.phase !== 'sent')) return null;
	let itemId = '';
	await collab.change(meetingDocumentName(meetingId), (doc) => {
		const order = orderedItems(doc);
		const evt = order.findIndex((o) => /^evt\.?$/i.test(text(o.item, 'title').toString().trim()));
		itemId = addItem(
			doc,
			{
				title: item.title,
				kind: 'orientation',
				fields: { beslutningstema: item.beslutningstema, indstilling: item.indstilling }
			},
			evt >= 0 ? evt : order.length
		);
	});
	return itemId;
}
