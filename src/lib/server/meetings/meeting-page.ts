// The meeting page (/moeder/[id]): one meeting with its items in full or, for closed items, number and title only.
import { and, asc, eq, inArray, ne, sql, type SQL } from 'drizzle-orm';
import { agendaItems, attachments, bodies, meetings, sourceDocuments } from '../db/schema';
import type { Db } from '../db/types';
import { isId } from '$lib/id';
import type { SessionUser } from '../auth/session';
import { can } from '../auth/policy';
import { openMeetingCondition } from './visibility';
import type { ActionStatus, AgendaItemKind, BodyRef, DecisionKind, MeetingStatus } from './meetings';

export interface LinkedRef {
	slug: string;
	label: string;
	note: string;
}

export interface FollowUpActionView {
	id: number;
	what: string;
	owner: string;
	dueOn: string | null;
	status: ActionStatus;
}

export interface DecisionView {
	id: number;
	kind: DecisionKind;
	text: string;
	offers: LinkedRef[];
	tariffRules: LinkedRef[];
	focusAreas: LinkedRef[];
	networkGroups: LinkedRef[];
	municipalities: LinkedRef[];
	actions: FollowUpActionView[];
}

export interface AttachmentView {
	id: number;
	title: string;
	url: string | null;
}

/** A closed item the viewer may not read: its number and title, nothing else. */
export interface RestrictedItem {
	restricted: true;
	id: number;
	number: string;
	title: string;
}

export interface FullItem {
	restricted: false;
	id: number;
	number: string;
	title: string;
	kind: AgendaItemKind;
	isClosed: boolean;
	closedReason: string;
	beslutningstema: string;
	baggrund: string;
	sagsfremstilling: string;
	indstilling: string;
	droftelse: string;
	/** The minutes' "Beslutning" as text; the page shows it only where `decisions` does not record it one by one. */
	beslutning: string;
	decisions: DecisionView[];
	attachments: AttachmentView[];
}

export type AgendaItemView = RestrictedItem | FullItem;

export interface MeetingDetail {
	id: number;
	startsAt: Date;
	endsAt: Date | null;
	timeKnown: boolean;
	place: string;
	isVirtual: boolean;
	/** The link to a virtual meeting: only for staff and the body's members. */
	virtualUrl: string | null;
	status: MeetingStatus;
	isPublic: boolean;
	note: string;
	body: BodyRef;
	items: AgendaItemView[];
	/**
	 * Why there are no items, when there are none: a meeting still ahead has no agenda yet; for one that has
	 * passed, the agenda and minutes are simply not in the portal. Null when the meeting has items.
	 */
	noAgenda: 'not_ready' | 'not_in_portal' | null;
	/** The document the meeting is known from (e.g. the calendar in the 12/8-2022 minutes), with where to read it. */
	source: MeetingSource | null;
}

export interface MeetingSource {
	title: string;
	/** The document's public address, when known. */
	url: string | null;
	/** A meeting in the portal whose agenda and minutes are this document, when the viewer may open it. */
	meetingId: number | null;
}

/**
 * One meeting as the viewer may see it, or null when it does not exist or the viewer may not open it.
 * Closed items the viewer may not read come back as number and title only: their text, decisions, attachments
 * and follow-up actions are not selected from the database at all.
 */
export async function getMeetingForViewer(
	db: Db,
	id: number,
	viewer: SessionUser | null,
	now = new Date()
): Promise<MeetingDetail | null> {
	if (!isId(id)) return null;
	const [meeting] = await db
		.select({
			id: meetings.id,
			startsAt: meetings.startsAt,
			endsAt: meetings.endsAt,
			timeKnown: meetings.timeKnown,
			place: meetings.place,
			isVirtual: meetings.isVirtual,
			virtualUrl: meetings.virtualUrl,
			status: meetings.status,
			isPublic: meetings.isPublic,
			note: meetings.note,
			body: { id: bodies.id, slug: bodies.slug, name: bodies.name, shortName: bodies.shortName },
			sourceSlug: meetings.source
		})
		.from(meetings)
		.innerJoin(bodies, eq(bodies.id, meetings.bodyId))
		.where(and(eq(meetings.id, id), openMeetingCondition(viewer)));
	if (!meeting) return null;
	const { sourceSlug, ...meetingFields } = meeting;

	const mayReadClosed = can(viewer, 'agendaItem.readClosed', { bodyId: meeting.body.id });
	const outline = await db
		.select({ id: agendaItems.id, number: agendaItems.number, title: agendaItems.title, isClosed: agendaItems.isClosed })
		.from(agendaItems)
		.where(eq(agendaItems.meetingId, id))
		.orderBy(asc(agendaItems.position));
	const full = await db
		.select({
			id: agendaItems.id,
			number: agendaItems.number,
			title: agendaItems.title,
			kind: agendaItems.kind,
			isClosed: agendaItems.isClosed,
			closedReason: agendaItems.closedReason,
			beslutningstema: agendaItems.beslutningstema,
			baggrund: agendaItems.baggrund,
			sagsfremstilling: agendaItems.sagsfremstilling,
			indstilling: agendaItems.indstilling,
			droftelse: agendaItems.droftelse,
			beslutning: agendaItems.beslutning
		})
		.from(agendaItems)
		.where(and(eq(agendaItems.meetingId, id), mayReadClosed ? undefined : eq(agendaItems.isClosed, false)));
	const readableIds = full.map((item) => item.id);
	const [decisionsByItem, attachmentsByItem] = await Promise.all([
		loadDecisions(db, readableIds),
		loadAttachments(db, readableIds)
	]);
	const fullById = new Map(full.map((item) => [item.id, item]));

	const items: AgendaItemView[] = outline.map((row) => {
		const item = fullById.get(row.id);
		if (!item) return { restricted: true, id: row.id, number: row.number, title: row.title };
		return {
			restricted: false,
			...item,
			decisions: decisionsByItem.get(item.id) ?? [],
			attachments: attachmentsByItem.get(item.id) ?? []
		};
	});
	const mayReadUnpublished = can(viewer, 'meeting.readUnpublished', { bodyId: meeting.body.id });
	const source = await meetingSource(db, sourceSlug, id, viewer);
	return {
		...meetingFields,
		virtualUrl: mayReadUnpublished ? meeting.virtualUrl : null,
		items,
		noAgenda: items.length > 0 ? null : (meeting.endsAt ?? endOfDay(meeting.startsAt)) > now ? 'not_ready' : 'not_in_portal',
		source
	};
}

/** A meeting without a known end counts as ahead until the end of its day (its time may be unknown). */
function endOfDay(startsAt: Date): Date {
	return new Date(startsAt.getTime() + 24 * 60 * 60 * 1000);
}

/**
 * The source document of a meeting, and the meeting in the portal that document is the agenda and minutes of
 * (the meeting whose items were transcribed from it), when that is another meeting the viewer may open.
 */
async function meetingSource(
	db: Db,
	slug: string | null,
	meetingId: number,
	viewer: SessionUser | null
): Promise<MeetingSource | null> {
	if (!slug) return null;
	const [document] = await db
		.select({ title: sourceDocuments.title, url: sourceDocuments.url })
		.from(sourceDocuments)
		.where(eq(sourceDocuments.slug, slug));
	if (!document) return null;
	const [minutesOf] = await db
		.selectDistinct({ id: meetings.id })
		.from(meetings)
		.innerJoin(agendaItems, eq(agendaItems.meetingId, meetings.id))
		.where(and(eq(agendaItems.source, slug), ne(meetings.id, meetingId), openMeetingCondition(viewer)))
		.limit(1);
	return { ...document, meetingId: minutesOf?.id ?? null };
}

function groupBy<T, K>(rows: T[], key: (row: T) => K): Map<K, T[]> {
	const map = new Map<K, T[]>();
	for (const row of rows) {
		const k = key(row);
		const list = map.get(k);
		if (list) list.push(row);
		else map.set(k, [row]);
	}
	return map;
}

async function loadAttachments(db: Db, itemIds: number[]): Promise<Map<number, AttachmentView[]>> {
	if (itemIds.length === 0) return new Map();
	const rows = await db
		.select({ id: attachments.id, itemId: attachments.agendaItemId, title: attachments.title, url: attachments.url })
		.from(attachments)
		.where(inArray(attachments.agendaItemId, itemIds))
		.orderBy(asc(attachments.position));
	return new Map(
		[...groupBy(rows, (r) => r.itemId)].map(([itemId, list]) => [
			itemId,
			list.map(({ id, title, url }) => ({ id, title, url }))
		])
	);
}

/** A linked thing as a JSON array of {slug, label, note}, in the order the pages list them. */
const linked = (from: SQL, slug: SQL, label: SQL, order: SQL) =>
	sql`coalesce((select json_agg(json_build_object('slug', ${slug}, 'label', ${label}, 'note', x.note) order by ${order}) from ${from} where x.decision_id = d.id), '[]')`;

/**
 * Decisions of the given (readable) items with everything they link to, grouped by item. One statement: the
 * register, the meeting page and the decision page call this on every request, and each round trip to the
 * database costs more than the lists it carries (docs/benchmarks.md).
 */
export async function loadDecisions(db: Db, itemIds: number[]): Promise<Map<number, DecisionView[]>> {
	if (itemIds.length === 0) return new Map();
	const rows = await db.execute<Pick<DecisionView, keyof DecisionView> & { itemId: number }>(sql`
		select d.id, d.agenda_item_id as "itemId", d.kind, d.text,
			${linked(sql`decision_offers x join offers o on o.id = x.offer_id`, sql`o.slug`, sql`o.name`, sql`o.name`)} as offers,
			${linked(sql`decision_tariff_rules x join tariff_rules r on r.id = x.tariff_rule_id`, sql`r.slug`, sql`r.title`, sql`r.position, r.title`)} as "tariffRules",
			${linked(sql`decision_focus_areas x join focus_areas f on f.id = x.focus_area_id`, sql`f.slug`, sql`f.number || '. ' || f.title`, sql`f.number`)} as "focusAreas",
			${linked(sql`decision_network_groups x join network_groups g on g.id = x.network_group_id join bodies b on b.id = g.body_id`, sql`b.slug`, sql`b.name`, sql`b.name`)} as "networkGroups",
			${linked(sql`decision_municipalities x join municipalities k on k.id = x.municipality_id`, sql`k.slug`, sql`k.name`, sql`k.name`)} as municipalities,
			coalesce((select json_agg(json_build_object('id', a.id, 'what', a.what, 'owner', a.owner, 'dueOn', a.due_on, 'status', a.status) order by a.id)
				from follow_up_actions a where a.decision_id = d.id), '[]') as actions
		from decisions d
		where d.agenda_item_id in ${itemIds}
		order by d.agenda_item_id, d.position, d.id`);

	const byItem = new Map<number, DecisionView[]>();
	for (const { itemId, ...row } of rows) {
		const view: DecisionView = { ...row, id: Number(row.id) };
		const list = byItem.get(Number(itemId));
		if (list) list.push(view);
		else byItem.set(Number(itemId), [view]);
	}
	return byItem;
}
