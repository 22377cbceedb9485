// Sent versions of an agenda (udsendt): the list the secretariat sees, and what a member reads: the latest version,
// closed items only where the policy allows, and what changed since the version the member last opened.
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { agendaVersionReads, agendaVersions, bodies, meetings, users } from '../db/schema';
import type { Db } from '../db/types';
import type { SessionUser } from '../auth/session';
import { can } from '../auth/policy';
import type { PlainAgenda, PlainItem } from '$lib/collab/agenda/plain';
import { agendaState, type AgendaPhase } from './document';
import { diffAgendas, type ItemChange } from './diff';

export interface VersionSummary {
	number: number;
	sentAt: Date;
	sentBy: string | null;
}

export interface MeetingHeader {
	id: number;
	startsAt: Date;
	timeKnown: boolean;
	body: { id: number; slug: string; name: string; shortName: string | null };
}

export async function meetingHeader(db: Db, meetingId: number): Promise<MeetingHeader | null> {
	const [row] = await db
		.select({
			id: meetings.id,
			startsAt: meetings.startsAt,
			timeKnown: meetings.timeKnown,
			body: { id: bodies.id, slug: bodies.slug, name: bodies.name, shortName: bodies.shortName }
		})
		.from(meetings)
		.innerJoin(bodies, eq(bodies.id, meetings.bodyId))
		.where(eq(meetings.id, meetingId));
	return row ?? null;
}

export async function listVersions(db: Db, meetingId: number): Promise<VersionSummary[]> {
	return db
		.select({ number: agendaVersions.number, sentAt: agendaVersions.sentAt, sentBy: users.name })
		.from(agendaVersions)
		.leftJoin(users, eq(users.id, agendaVersions.sentBy))
		.where(eq(agendaVersions.meetingId, meetingId))
		.orderBy(asc(agendaVersions.number));
}

async function versionContents(db: Db, meetingId: number, numbers: number[]) {
	if (!numbers.length) return new Map<number, PlainAgenda>();
	const rows = await db
		.select({ number: agendaVersions.number, content: agendaVersions.content })
		.from(agendaVersions)
		.where(and(eq(agendaVersions.meetingId, meetingId), inArray(agendaVersions.number, numbers)));
	return new Map(rows.map((r) => [r.number, r.content]));
}

/**
 * A closed item the reader may not read keeps its place, number and title; everything else is emptied here, on the
 * server, before a page, a diff or `__data.json` can see it.
 */
export function forReader(plain: PlainAgenda, mayReadClosed: boolean): PlainAgenda {
	if (mayReadClosed) return plain;
	return {
		items: plain.items.map(
			(item): PlainItem =>
				item.closed
					? {
							id: item.id,
							rowId: null,
							number: item.number,
							sub: item.sub,
							kind: 'other',
							closed: true,
							closedReason: '',
							caseId: null,
							title: item.title,
							beslutningstema: '',
							baggrund: '',
							sagsfremstilling: '',
							indstilling: '',
							droftelse: '',
							links: {},
							attachments: [],
							decisions: []
						}
					: item
		)
	};
}

/** The secretariat's comparison of two sent versions (both must exist). */
export async function compareVersions(db: Db, meetingId: number, from: number, to: number) {
	const contents = await versionContents(db, meetingId, [from, to]);
	const before = contents.get(from);
	const after = contents.get(to);
	if (!before || !after) return null;
	return diffAgendas(before, after);
}

export interface SentAgendaView {
	meeting: MeetingHeader;
	phase: AgendaPhase;
	version: VersionSummary & { agenda: PlainAgenda };
	/** The version the reader opened last before this visit, when it is an older one. */
	lastRead: number | null;
	changes: ItemChange[] | null;
	mayReadClosed: boolean;
}

/**
 * The latest sent version as the reader may read it, with what changed since the version they last opened; opening
 * it records the read. Null when no version has been sent. The caller has checked `agenda.readSent`.
 */
export async function openSentAgenda(db: Db, meetingId: number, reader: SessionUser): Promise<SentAgendaView | null> {
	const meeting = await meetingHeader(db, meetingId);
	const state = await agendaState(db, meetingId);
	if (!meeting || !state) return null;
	const [latest] = await db
		.select({
			number: agendaVersions.number,
			sentAt: agendaVersions.sentAt,
			sentBy: users.name,
			content: agendaVersions.content
		})
		.from(agendaVersions)
		.leftJoin(users, eq(users.id, agendaVersions.sentBy))
		.where(eq(agendaVersions.meetingId, meetingId))
		.orderBy(desc(agendaVersions.number))
		.limit(1);
	if (!latest) return null;
	const mayReadClosed = can(reader, 'agendaItem.readClosed', { bodyId: meeting.body.id });
	const [read] = await db
		.select({ versionNumber: agendaVersionReads.versionNumber })
		.from(agendaVersionReads)
		.where(and(eq(agendaVersionReads.userId, reader.id), eq(agendaVersionReads.meetingId, meetingId)));
	const lastRead = read && read.versionNumber < latest.number ? read.versionNumber : null;
	let changes: ItemChange[] | null = null;
	if (lastRead !== null) {
		const before = (await versionContents(db, meetingId, [lastRead])).get(lastRead);
		if (before) changes = diffAgendas(forReader(before, mayReadClosed), forReader(latest.content, mayReadClosed));
	}
	await db
		.insert(agendaVersionReads)
		.values({ userId: reader.id, meetingId, versionNumber: latest.number })
		.onConflictDoUpdate({
			target: [agendaVersionReads.userId, agendaVersionReads.meetingId],
			set: {
				versionNumber: sql`greatest(${agendaVersionReads.versionNumber}, excluded.version_number)`,
				readAt: new Date()
			}
		});
	return {
		meeting,
		phase: state.phase,
		version: {
			number: latest.number,
			sentAt: latest.sentAt,
			sentBy: latest.sentBy,
			agenda: forReader(latest.content, mayReadClosed)
		},
		lastRead,
		changes,
		mayReadClosed
	};
}

/** Whether a sent version exists (the meeting page links to it for members). */
export async function hasSentVersion(db: Db, meetingId: number): Promise<boolean> {
	const [row] = await db
		.select({ n: agendaVersions.number })
		.from(agendaVersions)
		.where(eq(agendaVersions.meetingId, meetingId))
		.limit(1);
	return Boolean(row);
}
