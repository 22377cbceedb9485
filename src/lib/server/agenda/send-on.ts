// Send on (the case's next step): from an item, the case travels to the next body (its next planned step, or by the
// usual path SG → K17 → KKR). The next meeting of that body after this one is proposed; a draft item is inserted into
// that meeting's agenda document on the server, linked to the same case, and the case's steps are written.
import { and, asc, eq, gt, inArray, max, sql } from 'drizzle-orm';
import { agendaItems, bodies, caseSteps, cases, meetings } from '../db/schema';
import type { Db } from '../db/types';
import type { CollabServer } from '../collab/server';
import { toPlain, type PlainItem } from '$lib/collab/agenda/plain';
import { orderedItems, text } from '$lib/collab/agenda/model';
import { addItem, setItemProps } from '$lib/collab/agenda/ops';
import { isoDateInCopenhagen } from '$lib/format/date';
import { agendaState, meetingDocumentName } from './document';
import { AgendaRowsError, decisionsMarkdown, type Tx } from './rows';
import type { LifecycleResult } from './lifecycle';
import { m } from '$lib/paraglide/messages';

/** The usual path of a case when its own steps do not say: steering group → K17 → KKR Sjælland. */
const NEXT_BODY: Record<string, string> = { styregruppen: 'k17', k17: 'kkr-sjaelland' };

/** Meetings that can still take a new item: not cancelled, agenda not past the sent stage. */
const OPEN_FOR_ITEMS = ['planned', 'agenda_published'] as const;

export interface BodyRef {
	id: number;
	slug: string;
	name: string;
	shortName: string | null;
}

export interface CandidateMeeting {
	id: number;
	startsAt: Date;
	timeKnown: boolean;
}

export interface SendOnProposal {
	itemId: string;
	number: string;
	title: string;
	caseId: number | null;
	caseTitle: string | null;
	target: BodyRef;
	meetings: CandidateMeeting[];
	proposedMeetingId: number | null;
}

interface SourceMeeting {
	id: number;
	bodyId: number;
	bodySlug: string;
	startsAt: Date;
}

async function sourceMeeting(db: Db | Tx, meetingId: number): Promise<SourceMeeting | null> {
	const [row] = await db
		.select({ id: meetings.id, bodyId: meetings.bodyId, bodySlug: bodies.slug, startsAt: meetings.startsAt })
		.from(meetings)
		.innerJoin(bodies, eq(bodies.id, meetings.bodyId))
		.where(eq(meetings.id, meetingId));
	return row ?? null;
}

type StepRow = typeof caseSteps.$inferSelect;

/** The step of the case this meeting is (or should be): the one at this meeting, else the first open one of this body. */
function sourceStepIndex(steps: StepRow[], source: SourceMeeting): number {
	const here = steps.findIndex((s) => s.meetingId === source.id);
	if (here >= 0) return here;
	return steps.findIndex((s) => s.bodyId === source.bodyId && s.status !== 'decided' && s.status !== 'skipped');
}

/** The next step's body and meeting from the case's own steps, else the usual path. */
async function nextStep(db: Db | Tx, source: SourceMeeting, caseId: number | null) {
	if (caseId !== null) {
		const steps = await db.select().from(caseSteps).where(eq(caseSteps.caseId, caseId)).orderBy(asc(caseSteps.position));
		const from = sourceStepIndex(steps, source);
		const next = steps.slice(from + 1).find((s) => s.status === 'planned' || s.status === 'on_agenda');
		if (next && next.bodyId !== source.bodyId) {
			const [body] = await db
				.select({ id: bodies.id, slug: bodies.slug, name: bodies.name, shortName: bodies.shortName })
				.from(bodies)
				.where(eq(bodies.id, next.bodyId));
			return { body, meetingId: next.meetingId };
		}
	}
	const slug = NEXT_BODY[source.bodySlug];
	if (!slug) return null;
	const [body] = await db
		.select({ id: bodies.id, slug: bodies.slug, name: bodies.name, shortName: bodies.shortName })
		.from(bodies)
		.where(eq(bodies.slug, slug));
	return body ? { body, meetingId: null } : null;
}

/** The target body's meetings after the source meeting that can still take an item, earliest first. */
async function candidateMeetings(db: Db | Tx, bodyId: number, after: Date): Promise<CandidateMeeting[]> {
	return db
		.select({ id: meetings.id, startsAt: meetings.startsAt, timeKnown: meetings.timeKnown })
		.from(meetings)
		.where(and(eq(meetings.bodyId, bodyId), gt(meetings.startsAt, after), inArray(meetings.status, OPEN_FOR_ITEMS)))
		.orderBy(asc(meetings.startsAt))
		.limit(12);
}

/** Items worth sending on: those with a case, and decision items (the case is created from the item). */
const sendable = (item: PlainItem) => item.caseId !== null || item.kind === 'decision';

/** For the lifecycle page: each item that can be sent on, with the proposed meeting and the alternatives. */
export async function sendOnProposals(db: Db, collab: CollabServer, meetingId: number): Promise<SendOnProposal[]> {
	const source = await sourceMeeting(db, meetingId);
	if (!source) return [];
	const plain = await collab.read(meetingDocumentName(meetingId), toPlain);
	const caseIds = [...new Set(plain.items.map((i) => i.caseId).filter((id): id is number => id !== null))];
	const caseTitles = new Map(
		caseIds.length
			? (await db.select({ id: cases.id, title: cases.title }).from(cases).where(inArray(cases.id, caseIds))).map(
					(c) => [c.id, c.title]
				)
			: []
	);
	const result: SendOnProposal[] = [];
	for (const item of plain.items.filter(sendable)) {
		const next = await nextStep(db, source, item.caseId);
		if (!next) continue;
		const list = await candidateMeetings(db, next.body.id, source.startsAt);
		const proposed = list.find((c) => c.id === next.meetingId) ?? list[0] ?? null;
		result.push({
			itemId: item.id,
			number: item.number,
			title: item.title,
			caseId: item.caseId,
			caseTitle: item.caseId !== null ? (caseTitles.get(item.caseId) ?? null) : null,
			target: next.body,
			meetings: list,
			proposedMeetingId: proposed?.id ?? null
		});
	}
	return result;
}

function slugify(title: string): string {
	const base = title
		.toLowerCase()
		.replace(/æ/g, 'ae')
		.replace(/ø/g, 'oe')
		.replace(/å/g, 'aa')
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60)
		.replace(/-+$/, '');
	return base || 'sag';
}

async function uniqueSlug(tx: Tx, title: string): Promise<string> {
	const base = slugify(title);
	const taken = new Set(
		(
			await tx
				.select({ slug: cases.slug })
				.from(cases)
				.where(sql`${cases.slug} = ${base} or ${cases.slug} like ${base + '-%'}`)
		).map((r) => r.slug)
	);
	if (!taken.has(base)) return base;
	for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** Where the new item goes in the target agenda: before "Evt." when the agenda has one, else last. */
function insertIndex(doc: Parameters<typeof orderedItems>[0]): number {
	const order = orderedItems(doc);
	const evt = order.findIndex((o) => /^evt\.?$/i.test(text(o.item, 'title').toString().trim()));
	return evt >= 0 ? evt : order.length;
}

export interface SendOnInput {
	meetingId: number;
	/** The item's id in the source meeting's document. */
	itemId: string;
	targetMeetingId: number;
}

/**
 * Sends an item on: the case (created from the item if it has none) gets its step at this meeting marked decided
 * and a step at the target meeting on the agenda, and a draft item (title, beslutningstema, this body's decision as
 * the starting indstilling) is inserted into the target meeting's document on the server.
 */
export async function sendOn(
	db: Db,
	collab: CollabServer,
	input: SendOnInput
): Promise<LifecycleResult<{ caseId: number; caseSlug: string; targetItemId: string }>> {
	const source = await sourceMeeting(db, input.meetingId);
	if (!source) return { ok: false, status: 404, message: m.error_not_found() };
	const plain = await collab.read(meetingDocumentName(input.meetingId), toPlain);
	const item = plain.items.find((i) => i.id === input.itemId);
	if (!item) return { ok: false, status: 404, message: m.send_on_item_missing() };
	const next = await nextStep(db, source, item.caseId);
	if (!next) return { ok: false, status: 400, message: m.send_on_no_next_body() };
	const candidates = await candidateMeetings(db, next.body.id, source.startsAt);
	const target = candidates.find((c) => c.id === input.targetMeetingId);
	if (!target) return { ok: false, status: 400, message: m.send_on_target_invalid({ body: next.body.name }) };
	const targetState = await agendaState(db, target.id);
	if (!targetState || (targetState.phase !== 'draft' && targetState.phase !== 'sent')) {
		return { ok: false, status: 409, message: m.send_on_target_closed() };
	}

	let created = false;
	let written: { caseId: number; caseSlug: string };
	try {
		written = await db.transaction(async (tx) => {
			let caseId = item.caseId;
			let caseSlug: string;
			if (caseId === null) {
				const [row] = await tx
					.insert(cases)
					.values({
						slug: await uniqueSlug(tx, item.title),
						title: item.title,
						// A closed item's content is not public; the case page is.
						description: item.closed ? '' : item.beslutningstema
					})
					.returning({ id: cases.id, slug: cases.slug });
				caseId = row.id;
				caseSlug = row.slug;
				created = true;
			} else {
				const [row] = await tx.select({ slug: cases.slug }).from(cases).where(eq(cases.id, caseId)).for('update');
				if (!row) throw new AgendaRowsError(m.send_on_item_missing(), 404);
				caseSlug = row.slug;
			}
			await writeSteps(tx, caseId, source, item.id, next.body.id, target);
			return { caseId, caseSlug };
		});
	} catch (err) {
		if (err instanceof AgendaRowsError) return { ok: false, status: err.status as 409, message: err.message };
		throw err;
	}

	let targetItemId = '';
	await collab.change(meetingDocumentName(target.id), (doc) => {
		targetItemId = addItem(
			doc,
			{
				title: item.title,
				kind: 'decision',
				caseId: written.caseId,
				closed: item.closed,
				closedReason: item.closedReason,
				fields: {
					beslutningstema: item.beslutningstema,
					indstilling: item.decisions.length ? decisionsMarkdown(item.decisions) : item.indstilling
				}
			},
			insertIndex(doc)
		);
	});
	if (created) {
		await collab.change(meetingDocumentName(input.meetingId), (doc) =>
			setItemProps(doc, item.id, { caseId: written.caseId })
		);
	}
	return { ok: true, value: { ...written, targetItemId } };
}

async function writeSteps(
	tx: Tx,
	caseId: number,
	source: SourceMeeting,
	docItemId: string,
	targetBodyId: number,
	target: CandidateMeeting
) {
	const steps = await tx
		.select()
		.from(caseSteps)
		.where(eq(caseSteps.caseId, caseId))
		.orderBy(asc(caseSteps.position))
		.for('update');
	if (steps.some((s) => s.meetingId === target.id)) throw new AgendaRowsError(m.send_on_already(), 409);
	const [row] = await tx
		.select({ id: agendaItems.id })
		.from(agendaItems)
		.where(and(eq(agendaItems.meetingId, source.id), eq(agendaItems.docId, docItemId)));

	let from = sourceStepIndex(steps, source);
	let sourcePosition: number;
	if (from >= 0) {
		const step = steps[from];
		sourcePosition = step.position;
		await tx
			.update(caseSteps)
			.set({
				meetingId: source.id,
				agendaItemId: row?.id ?? step.agendaItemId,
				status: 'decided',
				dueOn: step.dueOn ?? isoDateInCopenhagen(source.startsAt)
			})
			.where(eq(caseSteps.id, step.id));
	} else {
		const [{ last }] = await tx
			.select({ last: max(caseSteps.position) })
			.from(caseSteps)
			.where(eq(caseSteps.caseId, caseId));
		sourcePosition = (last ?? -1) + 1;
		await tx.insert(caseSteps).values({
			caseId,
			position: sourcePosition,
			bodyId: source.bodyId,
			meetingId: source.id,
			agendaItemId: row?.id ?? null,
			status: 'decided',
			dueOn: isoDateInCopenhagen(source.startsAt)
		});
		from = steps.length;
	}
	const values = {
		meetingId: target.id,
		agendaItemId: null,
		status: 'on_agenda' as const,
		dueOn: isoDateInCopenhagen(target.startsAt)
	};
	const planned = steps
		.slice(from + 1)
		.find((s) => s.bodyId === targetBodyId && (s.status === 'planned' || s.status === 'on_agenda'));
	if (planned) {
		await tx.update(caseSteps).set(values).where(eq(caseSteps.id, planned.id));
		return;
	}
	// A new step right after this one: later steps move one place on (via negative positions, for the unique key).
	await tx
		.update(caseSteps)
		.set({ position: sql`-${caseSteps.position} - 1` })
		.where(and(eq(caseSteps.caseId, caseId), gt(caseSteps.position, sourcePosition)));
	await tx
		.update(caseSteps)
		.set({ position: sql`-${caseSteps.position}` })
		.where(and(eq(caseSteps.caseId, caseId), sql`${caseSteps.position} < 0`));
	await tx.insert(caseSteps).values({ caseId, position: sourcePosition + 1, bodyId: targetBodyId, ...values });
}
