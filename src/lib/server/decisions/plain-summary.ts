// Plain-language summaries (let-læste resuméer): a few short sentences in everyday Danish that the secretariat
// writes for a published decision. The portal shows them first, and feeds, mails and search use them before the
// decision's own wording. The secretariat sees which published decisions still lack one.
import { and, count, desc, eq, sql } from 'drizzle-orm';
import { agendaItems, bodies, decisions, meetings } from '../db/schema';
import type { Db } from '../db/types';
import type { SessionUser } from '../auth/session';
import { can } from '../auth/policy';
import { openMeetingCondition, readableItemCondition } from '../meetings/visibility';
import { m } from '$lib/paraglide/messages';

/** Short enough to read in one go; the guide in the form asks for 2–4 sentences. */
export const SUMMARY_MAX = 600;

export type SummaryResult = { ok: true; cleared: boolean } | { ok: false; status: 400 | 403 | 404; message: string };

/** Saves (or, with empty text, removes) the summary; only a decision the public can read has one. */
export async function saveSummary(db: Db, actor: SessionUser, decisionId: number, raw: string): Promise<SummaryResult> {
	if (!can(actor, 'decision.summarize')) return { ok: false, status: 403, message: m.error_forbidden() };
	const text = raw.replace(/\r\n/g, '\n').trim();
	if (text.length > SUMMARY_MAX) return { ok: false, status: 400, message: m.summary_error_long({ max: SUMMARY_MAX, length: text.length }) };
	if (/[<>]/.test(text)) return { ok: false, status: 400, message: m.summary_error_markup() };
	const [found] = await db
		.select({ id: decisions.id })
		.from(decisions)
		.innerJoin(agendaItems, eq(agendaItems.id, decisions.agendaItemId))
		.innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
		.where(and(eq(decisions.id, decisionId), openMeetingCondition(actor), readableItemCondition(actor)));
	if (!found) return { ok: false, status: 404, message: m.error_not_found() };
	const now = new Date();
	await db
		.update(decisions)
		.set({ plainSummary: text, plainSummaryAt: text ? now : null, plainSummaryBy: text ? actor.id : null, updatedAt: now })
		.where(eq(decisions.id, decisionId));
	return { ok: true, cleared: text === '' };
}

export interface MissingSummary {
	id: number;
	excerpt: string;
	itemTitle: string;
	body: string;
	startsAt: Date;
}

/**
 * Public decisions (open item, published public meeting) without a summary, newest first: what the public reads
 * without one. `PAGE` at a time.
 */
export async function decisionsWithoutSummary(db: Db, page: number): Promise<{ rows: MissingSummary[]; total: number }> {
	const where = and(eq(decisions.plainSummary, ''), openMeetingCondition(null), readableItemCondition(null));
	const [rows, [{ total }]] = await Promise.all([
		db
			.select({
				id: decisions.id,
				excerpt: sql<string>`left(${decisions.text}, 200)`,
				itemTitle: agendaItems.title,
				body: bodies.name,
				startsAt: meetings.startsAt
			})
			.from(decisions)
			.innerJoin(agendaItems, eq(agendaItems.id, decisions.agendaItemId))
			.innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
			.innerJoin(bodies, eq(bodies.id, meetings.bodyId))
			.where(where)
			.orderBy(desc(meetings.startsAt), desc(decisions.id))
			.limit(MISSING_PAGE_SIZE)
			.offset((page - 1) * MISSING_PAGE_SIZE),
		db
			.select({ total: count() })
			.from(decisions)
			.innerJoin(agendaItems, eq(agendaItems.id, decisions.agendaItemId))
			.innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
			.where(where)
	]);
	return { rows, total };
}

export const MISSING_PAGE_SIZE = 25;
