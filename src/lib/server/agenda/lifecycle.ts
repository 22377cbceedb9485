// The life of an agenda: draft → sent (numbered, immutable versions) → minutes (after the meeting) → minutes
// approved → published (read-only; the minutes can be reopened for corrections). Every transition checks the
// phase under a row lock and writes everything it writes in one transaction; an invalid one writes nothing.
import { desc, eq } from 'drizzle-orm';
import { agendaDocuments, agendaVersions, meetings } from '../db/schema';
import type { Db } from '../db/types';
import type { CollabServer } from '../collab/server';
import { toPlain, type PlainAgenda } from '$lib/collab/agenda/plain';
import { meetingDocumentName, type AgendaPhase } from './document';
import { AgendaRowsError, writeAgendaRows, type Tx } from './rows';
import { m } from '$lib/paraglide/messages';

export type MeetingStatus = (typeof meetings.$inferSelect)['status'];

export type Transition = 'send' | 'markHeld' | 'approveMinutes' | 'publishMinutes' | 'reopenMinutes';

interface TransitionRule {
	from: readonly AgendaPhase[];
	to: AgendaPhase;
	/** The meeting's status after the transition, when it changes. */
	status: MeetingStatus | null;
}

export const TRANSITIONS: Record<Transition, TransitionRule> = {
	send: { from: ['draft', 'sent'], to: 'sent', status: 'agenda_published' },
	markHeld: { from: ['sent'], to: 'minutes', status: 'held' },
	approveMinutes: { from: ['minutes'], to: 'minutes_approved', status: null },
	publishMinutes: { from: ['minutes_approved'], to: 'published', status: 'minutes_published' },
	reopenMinutes: { from: ['published'], to: 'minutes_approved', status: null }
};

/** The transitions open from a phase, in the order the page offers them. */
export function availableTransitions(phase: AgendaPhase): Transition[] {
	return (Object.keys(TRANSITIONS) as Transition[]).filter((t) => TRANSITIONS[t].from.includes(phase));
}

export type LifecycleResult<T = undefined> =
	| { ok: true; value: T }
	| { ok: false; status: 400 | 404 | 409; message: string };

const STATUS_ORDER: MeetingStatus[] = ['planned', 'agenda_published', 'held', 'minutes_published'];

/**
 * A meeting's status only moves forward (an agenda sent again after a past meeting was marked held does not make it
 * "agenda published" again); a cancelled meeting keeps its status.
 */
function movesForward(from: MeetingStatus, to: MeetingStatus) {
	return from !== 'cancelled' && STATUS_ORDER.indexOf(to) > STATUS_ORDER.indexOf(from);
}

/** Two agendas are the same when their JSON is, whatever the key order (jsonb does not keep it). */
export function sameAgenda(a: PlainAgenda, b: PlainAgenda): boolean {
	return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
	if (value && typeof value === 'object') {
		const entries = Object.entries(value as Record<string, unknown>)
			.filter(([, v]) => v !== undefined)
			.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
		return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
	}
	return JSON.stringify(value);
}

const phaseLabel = (phase: AgendaPhase) =>
	({
		draft: m.lifecycle_phase_draft,
		sent: m.lifecycle_phase_sent,
		minutes: m.lifecycle_phase_minutes,
		minutes_approved: m.lifecycle_phase_minutes_approved,
		published: m.lifecycle_phase_published
	})[phase]();

/**
 * Runs one transition: the phase row (created if missing, with the phase the document would start in) is locked,
 * checked, `work` runs in the same transaction, then phase and meeting status are written.
 */
async function transition<T>(
	db: Db,
	meetingId: number,
	userId: number,
	kind: Transition,
	work: (tx: Tx) => Promise<T>
): Promise<LifecycleResult<T>> {
	const rule = TRANSITIONS[kind];
	try {
		const value = await db.transaction(async (tx) => {
			const [meeting] = await tx
				.select({ status: meetings.status })
				.from(meetings)
				.where(eq(meetings.id, meetingId))
				.for('update');
			if (!meeting) throw new AgendaRowsError(m.error_not_found(), 404);
			await tx
				.insert(agendaDocuments)
				.values({ meetingId, phase: meeting.status === 'minutes_published' ? 'published' : 'draft' })
				.onConflictDoNothing();
			const [doc] = await tx
				.select({ phase: agendaDocuments.phase })
				.from(agendaDocuments)
				.where(eq(agendaDocuments.meetingId, meetingId))
				.for('update');
			if (!rule.from.includes(doc.phase)) {
				throw new AgendaRowsError(m.lifecycle_invalid_transition({ phase: phaseLabel(doc.phase) }), 409);
			}
			const result = await work(tx);
			await tx
				.update(agendaDocuments)
				.set({ phase: rule.to, updatedAt: new Date(), updatedBy: userId })
				.where(eq(agendaDocuments.meetingId, meetingId));
			if (rule.status && movesForward(meeting.status, rule.status)) {
				await tx.update(meetings).set({ status: rule.status }).where(eq(meetings.id, meetingId));
			}
			return result;
		});
		return { ok: true, value };
	} catch (err) {
		if (err instanceof AgendaRowsError) {
			return { ok: false, status: err.status as 400 | 404 | 409, message: err.message };
		}
		throw err;
	}
}

/** The document as it is now; loading it also seeds it (and its phase row) the first time, outside any lock. */
const readPlain = (collab: CollabServer, meetingId: number) => collab.read(meetingDocumentName(meetingId), toPlain);

/**
 * Sends the agenda to the members: a new numbered, immutable version holding the document as it is now, and the
 * agenda rows written from it. Sending again without changes is refused.
 */
export async function sendVersion(
	db: Db,
	collab: CollabServer,
	meetingId: number,
	userId: number
): Promise<LifecycleResult<{ number: number }>> {
	if (!(await meetingExists(db, meetingId))) return { ok: false, status: 404, message: m.error_not_found() };
	await readPlain(collab, meetingId);
	return transition(db, meetingId, userId, 'send', async (tx) => {
		const plain = await readPlain(collab, meetingId);
		if (plain.items.length === 0) throw new AgendaRowsError(m.lifecycle_send_empty(), 400);
		const [last] = await tx
			.select({ number: agendaVersions.number, content: agendaVersions.content })
			.from(agendaVersions)
			.where(eq(agendaVersions.meetingId, meetingId))
			.orderBy(desc(agendaVersions.number))
			.limit(1);
		if (last && sameAgenda(last.content, plain)) {
			throw new AgendaRowsError(m.lifecycle_send_unchanged({ number: String(last.number) }), 409);
		}
		const number = (last?.number ?? 0) + 1;
		await tx.insert(agendaVersions).values({ meetingId, number, sentBy: userId, content: plain });
		await writeAgendaRows(tx, meetingId, plain, { minutes: false });
		return { number };
	});
}

/** The meeting has been held: the minutes are written in the same document. */
export async function markHeld(db: Db, meetingId: number, userId: number) {
	return transition(db, meetingId, userId, 'markHeld', async () => undefined);
}

export async function approveMinutes(db: Db, meetingId: number, userId: number) {
	return transition(db, meetingId, userId, 'approveMinutes', async () => undefined);
}

/**
 * Publishes the minutes: the rows (items, decisions with their links and follow-up actions) are written from the
 * document in one transaction, the meeting's minutes are public, and open editors become read-only.
 */
export async function publishMinutes(
	db: Db,
	collab: CollabServer,
	meetingId: number,
	userId: number
): Promise<LifecycleResult> {
	if (!(await meetingExists(db, meetingId))) return { ok: false, status: 404, message: m.error_not_found() };
	await readPlain(collab, meetingId);
	const result = await transition(db, meetingId, userId, 'publishMinutes', async (tx) => {
		const plain = await readPlain(collab, meetingId);
		await writeAgendaRows(tx, meetingId, plain, { minutes: true });
		return plain;
	});
	if (!result.ok) return result;
	const written = result.value;
	const document = meetingDocumentName(meetingId);
	await collab.reauthorize({ document });
	// An edit that arrived between reading the document and the editors becoming read-only is in the document:
	// write the rows once more from what is now final.
	const final = await readPlain(collab, meetingId);
	if (!sameAgenda(final, written)) {
		try {
			await db.transaction((tx) => writeAgendaRows(tx, meetingId, final, { minutes: true }).then(() => undefined));
		} catch (err) {
			if (!(err instanceof AgendaRowsError)) throw err;
			return { ok: false, status: err.status as 409, message: err.message };
		}
	}
	return { ok: true, value: undefined };
}

/** Reopens published minutes for corrections; publishing again writes the rows again. */
export async function reopenMinutes(db: Db, collab: CollabServer, meetingId: number, userId: number) {
	const result = await transition(db, meetingId, userId, 'reopenMinutes', async () => undefined);
	if (result.ok) await collab.reauthorize({ document: meetingDocumentName(meetingId) });
	return result;
}

async function meetingExists(db: Db, meetingId: number) {
	const [row] = await db.select({ id: meetings.id }).from(meetings).where(eq(meetings.id, meetingId));
	return Boolean(row);
}
