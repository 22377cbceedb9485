// Meetings as the portal lists them: calendars, the meetings list (/moeder) and the front page. Who may see which
// meeting is decided in visibility.ts (from the policy, as queries, so that content a viewer may not read is never
// selected); the meeting page itself is built in meeting-page.ts.
import { and, asc, desc, eq, gte, inArray, lt } from 'drizzle-orm';
import { bodies, meetings, type agendaItemKind, type meetingStatus, type decisionKind, type actionStatus } from '../db/schema';
import type { Db } from '../db/types';
import type { SessionUser } from '../auth/session';
import { canOpenMeeting, listedMeetingCondition, openMeetingCondition } from './visibility';

export type MeetingStatus = (typeof meetingStatus.enumValues)[number];
export type AgendaItemKind = (typeof agendaItemKind.enumValues)[number];
export type DecisionKind = (typeof decisionKind.enumValues)[number];
export type ActionStatus = (typeof actionStatus.enumValues)[number];

/** The bodies of the governance calendar and the front page, in the order a case travels. */
export const GOVERNANCE_BODY_SLUGS = ['styregruppen', 'k17', 'kkr-sjaelland'] as const;

export interface BodyRef {
	id: number;
	slug: string;
	name: string;
	shortName: string | null;
}

export interface MeetingSummary {
	id: number;
	startsAt: Date;
	endsAt: Date | null;
	timeKnown: boolean;
	status: MeetingStatus;
	isVirtual: boolean;
	place: string;
	body: BodyRef;
	/** Whether the viewer may open the meeting's page. */
	canOpen: boolean;
}

const summaryColumns = {
	id: meetings.id,
	startsAt: meetings.startsAt,
	endsAt: meetings.endsAt,
	timeKnown: meetings.timeKnown,
	status: meetings.status,
	isVirtual: meetings.isVirtual,
	isPublic: meetings.isPublic,
	place: meetings.place,
	body: { id: bodies.id, slug: bodies.slug, name: bodies.name, shortName: bodies.shortName }
};

type SummaryRow = Omit<MeetingSummary, 'canOpen'> & { isPublic: boolean };

function toSummary(viewer: SessionUser | null) {
	return ({ isPublic, ...row }: SummaryRow): MeetingSummary => ({
		...row,
		canOpen: canOpenMeeting(viewer, { isPublic, status: row.status, bodyId: row.body.id })
	});
}

/** Meetings for calendars: dates the viewer may see, with `canOpen` telling whether to link them. */
export async function listCalendarMeetings(
	db: Db,
	viewer: SessionUser | null,
	options: {
		bodySlugs?: readonly string[];
		/** Only these bodies ("mine møder": the bodies the viewer sits in). */
		bodyIds?: readonly number[];
		from?: Date;
		before?: Date;
		limit?: number;
		order?: 'asc' | 'desc';
	} = {}
): Promise<MeetingSummary[]> {
	if (options.bodyIds && options.bodyIds.length === 0) return [];
	const query = db
		.select(summaryColumns)
		.from(meetings)
		.innerJoin(bodies, eq(bodies.id, meetings.bodyId))
		.where(
			and(
				listedMeetingCondition(viewer),
				options.bodySlugs ? inArray(bodies.slug, [...options.bodySlugs]) : undefined,
				options.bodyIds ? inArray(bodies.id, [...options.bodyIds]) : undefined,
				options.from ? gte(meetings.startsAt, options.from) : undefined,
				options.before ? lt(meetings.startsAt, options.before) : undefined
			)
		)
		.orderBy(options.order === 'desc' ? desc(meetings.startsAt) : asc(meetings.startsAt), asc(bodies.name))
		.$dynamic();
	const rows = options.limit ? await query.limit(options.limit) : await query;
	return rows.map(toSummary(viewer));
}

export interface MeetingList {
	meetings: MeetingSummary[];
	/** Bodies that have meetings the viewer may open, for the filter. */
	bodies: BodyRef[];
	/** The body filtered by, if the slug was known. */
	selectedBody: BodyRef | null;
}

/** The meetings list (/moeder): meetings the viewer may open, newest first, optionally of one body. */
export async function listMeetings(
	db: Db,
	viewer: SessionUser | null,
	options: { bodySlug?: string | null } = {}
): Promise<MeetingList> {
	const open = openMeetingCondition(viewer);
	const bodyRows = await db
		.selectDistinct({ id: bodies.id, slug: bodies.slug, name: bodies.name, shortName: bodies.shortName })
		.from(bodies)
		.innerJoin(meetings, eq(meetings.bodyId, bodies.id))
		.where(open)
		.orderBy(asc(bodies.name));
	const selectedBody = (options.bodySlug && bodyRows.find((b) => b.slug === options.bodySlug)) || null;
	if (options.bodySlug && !selectedBody) return { meetings: [], bodies: bodyRows, selectedBody: null };
	const rows = await db
		.select(summaryColumns)
		.from(meetings)
		.innerJoin(bodies, eq(bodies.id, meetings.bodyId))
		.where(and(open, selectedBody ? eq(bodies.id, selectedBody.id) : undefined))
		.orderBy(desc(meetings.startsAt), asc(bodies.name));
	return { meetings: rows.map(toSummary(viewer)), bodies: bodyRows, selectedBody };
}

export interface FrontPage {
	/** The next meetings of Styregruppen, K17 and KKR Sjælland. */
	upcoming: MeetingSummary[];
	/** The latest meetings with published minutes. */
	latestMinutes: MeetingSummary[];
}

export async function getFrontPage(db: Db, viewer: SessionUser | null, now = new Date()): Promise<FrontPage> {
	const upcoming = (
		await listCalendarMeetings(db, viewer, { bodySlugs: GOVERNANCE_BODY_SLUGS, from: now, limit: 6 })
	).filter((m) => m.status !== 'cancelled');
	const latestRows = await db
		.select(summaryColumns)
		.from(meetings)
		.innerJoin(bodies, eq(bodies.id, meetings.bodyId))
		.where(and(openMeetingCondition(viewer), eq(meetings.status, 'minutes_published')))
		.orderBy(desc(meetings.startsAt))
		.limit(5);
	return { upcoming, latestMinutes: latestRows.map(toSummary(viewer)) };
}
