// A meeting's agenda document: its name on the co-editing server, who may open it, and its first content.
import * as Y from 'yjs';
import { and, asc, eq, gt, inArray, sql } from 'drizzle-orm';
import {
	agendaDocuments,
	agendaItems,
	attachments,
	decisionFocusAreas,
	decisionMunicipalities,
	decisionNetworkGroups,
	decisionOffers,
	decisionTariffRules,
	decisions,
	followUpActions,
	meetings
} from '../db/schema';
import type { Db } from '../db/types';
import type { SessionUser } from '../auth/session';
import { can } from '../auth/policy';
import { appendItems, type NewItem } from '$lib/collab/agenda/ops';
import { linkKey, type LinkType } from '$lib/collab/agenda/model';
import type { AccessResult } from '../collab/server';
import { standardFrame } from './standard-frame';

export const meetingDocumentName = (meetingId: number) => `meeting-${meetingId}`;

export function parseDocumentName(name: string): { kind: 'meeting'; id: number } | null {
	const match = /^meeting-([1-9][0-9]{0,9})$/.exec(name);
	if (!match) return null;
	const id = Number(match[1]);
	return id <= 2_147_483_647 ? { kind: 'meeting', id } : null;
}

export type AgendaPhase = (typeof agendaDocuments.$inferSelect)['phase'];

/** The meeting's body and the phase of its agenda document (before the document exists: what seeding will make it). */
export async function agendaState(db: Db, meetingId: number) {
	const [row] = await db
		.select({
			bodyId: meetings.bodyId,
			phase: agendaDocuments.phase,
			startsAt: meetings.startsAt,
			status: meetings.status
		})
		.from(meetings)
		.leftJoin(agendaDocuments, eq(agendaDocuments.meetingId, meetings.id))
		.where(eq(meetings.id, meetingId));
	if (!row) return null;
	// Before the document exists, a meeting whose minutes are published (the seeded one) is as seeding will make it:
	// published, so even the first connection to it is read-only.
	const phase = row.phase ?? (row.status === 'minutes_published' ? 'published' : 'draft');
	return { bodyId: row.bodyId, phase: phase as AgendaPhase, startsAt: row.startsAt };
}

/** Staff edit a draft and the minutes; a published agenda is read-only until the minutes are reopened. */
export async function meetingDocumentAccess(db: Db, user: SessionUser, meetingId: number): Promise<AccessResult> {
	const state = await agendaState(db, meetingId);
	if (!state) return 'not-found';
	if (!can(user, 'agenda.edit', { bodyId: state.bodyId })) return 'forbidden';
	return state.phase === 'published' ? 'read' : 'write';
}

/**
 * The first content of a meeting's document, as one update: the agenda as the database holds it (the seeded
 * 12/8-2022 meeting), or else the body's standard frame. Called by the co-editing server under its seeding lock.
 */
export async function seedMeetingDocument(db: Db, meetingId: number): Promise<Uint8Array | null> {
	const [meeting] = await db
		.select({ id: meetings.id, bodyId: meetings.bodyId, startsAt: meetings.startsAt, status: meetings.status })
		.from(meetings)
		.where(eq(meetings.id, meetingId));
	if (!meeting) return null;
	const existing = await itemsFromRows(db, meetingId);
	let items: NewItem[] = existing;
	if (existing.length === 0) {
		const [next] = await db
			.select({ startsAt: meetings.startsAt, timeKnown: meetings.timeKnown })
			.from(meetings)
			.where(and(eq(meetings.bodyId, meeting.bodyId), gt(meetings.startsAt, meeting.startsAt)))
			.orderBy(asc(meetings.startsAt))
			.limit(1);
		items = standardFrame(next ?? null);
	}
	const doc = new Y.Doc();
	appendItems(doc, items);
	const update = Y.encodeStateAsUpdate(doc);
	doc.destroy();
	// A meeting whose minutes are already published (the seeded one) starts as published: read-only.
	await db
		.insert(agendaDocuments)
		.values({ meetingId, phase: meeting.status === 'minutes_published' ? 'published' : 'draft' })
		.onConflictDoNothing();
	return update;
}

async function itemsFromRows(db: Db, meetingId: number): Promise<NewItem[]> {
	const rows = await db
		.select()
		.from(agendaItems)
		.where(eq(agendaItems.meetingId, meetingId))
		.orderBy(asc(agendaItems.position));
	if (rows.length === 0) return [];
	const itemIds = rows.map((r) => r.id);
	const atts = await db
		.select()
		.from(attachments)
		.where(inArray(attachments.agendaItemId, itemIds))
		.orderBy(asc(attachments.position));
	const decs = await db
		.select()
		.from(decisions)
		.where(inArray(decisions.agendaItemId, itemIds))
		.orderBy(asc(decisions.position), asc(decisions.id));
	const decisionIds = decs.map((d) => d.id);
	const links = new Map<number, Record<string, string>>();
	for (const l of await decisionLinks(db, decisionIds)) {
		const map = links.get(l.decisionId) ?? {};
		map[linkKey(l.type, l.id)] = l.note;
		links.set(l.decisionId, map);
	}
	const actions = decisionIds.length
		? await db
				.select()
				.from(followUpActions)
				.where(inArray(followUpActions.decisionId, decisionIds))
				.orderBy(asc(followUpActions.id))
		: [];
	return rows.map((row) => ({
		rowId: row.id,
		title: row.title,
		kind: row.kind,
		// "6A" style numbers are sub-items; the document numbers them again the same way.
		sub: /[A-Z]$/.test(row.number),
		closed: row.isClosed,
		closedReason: row.closedReason,
		caseId: row.caseId,
		fields: {
			beslutningstema: row.beslutningstema,
			baggrund: row.baggrund,
			sagsfremstilling: row.sagsfremstilling,
			indstilling: row.indstilling,
			droftelse: row.droftelse
		},
		attachments: atts.filter((a) => a.agendaItemId === row.id).map((a) => ({ title: a.title, url: a.url })),
		decisions: decisionsOfRow(row, decs).map((d) => ({
			rowId: d.id || null,
				kind: d.kind,
				text: d.text,
				links: links.get(d.id) ?? {},
				actions: actions
					.filter((a) => a.decisionId === d.id)
					.map((a) => ({ what: a.what, owner: a.owner, dueOn: a.dueOn }))
		}))
	}));
}

/** Every link of the given decisions, from the five link tables in one query. */
async function decisionLinks(db: Db, decisionIds: number[]) {
	if (decisionIds.length === 0) return [];
	const ids = sql.join(
		decisionIds.map((id) => sql`${id}`),
		sql`, `
	);
	const rows = await db.execute<{ decision_id: number; type: LinkType; id: number; note: string }>(sql`
		select decision_id, 'offer' as type, offer_id as id, note from ${decisionOffers} where decision_id in (${ids})
		union all
		select decision_id, 'tariffRule', tariff_rule_id, note from ${decisionTariffRules} where decision_id in (${ids})
		union all
		select decision_id, 'focusArea', focus_area_id, note from ${decisionFocusAreas} where decision_id in (${ids})
		union all
		select decision_id, 'networkGroup', network_group_id, note from ${decisionNetworkGroups} where decision_id in (${ids})
		union all
		select decision_id, 'municipality', municipality_id, note from ${decisionMunicipalities} where decision_id in (${ids})
	`);
	return [...rows].map((r) => ({ decisionId: Number(r.decision_id), type: r.type, id: Number(r.id), note: r.note }));
}

/** An item's decision records; minutes with a decision text but no records become one "noted" decision. */
function decisionsOfRow(row: typeof agendaItems.$inferSelect, decs: (typeof decisions.$inferSelect)[]) {
	const own = decs.filter((d) => d.agendaItemId === row.id);
	if (own.length || !row.beslutning.trim()) return own;
	return [{ id: 0, agendaItemId: row.id, position: 0, kind: 'noted' as const, text: row.beslutning, source: null }];
}
