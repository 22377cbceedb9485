// Initiatives (prøvehandlinger) of the implementation plan as the secretariat keeps them: created and edited with
// optimistic locking, every change kept as a history entry (who, when, the fields old → new in words, the decision it
// follows from), the decisions behind it with what each did (approved, started, changed, paused, stopped, closed),
// milestones, and the focus areas it serves. The initiative's page shows one timeline of changes and decisions.
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import {
	agendaItems,
	bodies,
	decisions,
	effortAreas,
	focusAreas,
	initiativeDecisions,
	initiativeFocusAreas,
	initiativeHistory,
	initiativeMilestones,
	initiatives,
	meetings,
	municipalities,
	people,
	users
} from '../db/schema';
import type { Db } from '../db/types';
import type { SessionUser } from '../auth/session';
import { logger } from '../log';
import { excerpt } from '../decisions/decisions';
import { readableItemCondition, openMeetingCondition } from '../meetings/visibility';
import { parseDateInput } from '../calendar/deadline-rules';
import { checkInput, type DecisionRole, type InitiativeFields, type InitiativeInput, type OwnerKind } from './initiative-input';
import type { InitiativeStatus } from './plan';
import { m } from '$lib/paraglide/messages';

const log = logger.child({ part: 'plan' });

export type SaveOutcome =
	| { ok: true; id: number }
	| { ok: false; status: 400 | 404 | 409; errors: Record<string, string>; meanwhile?: HistoryEntry[] };

export interface HistoryEntry {
	at: Date;
	by: string | null;
	changes: Record<string, { from: unknown; to: unknown }>;
	note: string;
	decision: DecisionRef | null;
}

export interface DecisionRef {
	id: number;
	body: string;
	date: Date;
	itemNumber: string;
	text: string;
}

export interface InitiativeDecision extends DecisionRef {
	role: DecisionRole;
}

export interface Milestone {
	id: number;
	title: string;
	dueOn: string;
	doneOn: string | null;
}

export interface InitiativeDetail {
	id: number;
	title: string;
	description: string;
	effortArea: { id: number; number: number; title: string; principle: number } | null;
	ownerKind: OwnerKind | null;
	ownerId: number | null;
	/** The owner in words: the structured owner's name, else the text the source gives. */
	ownerLabel: string;
	/** The owner in words as stored (the source's words, or a note beside the structured owner). */
	ownerText: string;
	ownerMunicipalityId: number | null;
	startsOn: string | null;
	deadline: string | null;
	resources: string;
	status: InitiativeStatus;
	version: number;
	source: string | null;
	focusAreas: { id: number; slug: string; title: string; periodLabel: string }[];
	milestones: Milestone[];
	decisions: InitiativeDecision[];
	history: HistoryEntry[];
}

/** The fields a history entry names, in the order the timeline lists them. */
const TRACKED = ['title', 'description', 'effortArea', 'owner', 'startsOn', 'deadline', 'resources', 'status', 'focusAreas'] as const;
type Tracked = (typeof TRACKED)[number];
type Snapshot = Record<Tracked, string | null>;

/** What an initiative says in words, for the history (names, not ids, so the timeline reads without lookups). */
async function snapshot(db: Db, fields: InitiativeFields, focusAreaIds: number[]): Promise<Snapshot> {
	const [area] = fields.effortAreaId
		? await db.select({ number: effortAreas.number, title: effortAreas.title }).from(effortAreas).where(eq(effortAreas.id, fields.effortAreaId))
		: [];
	const areas = focusAreaIds.length
		? await db.select({ title: focusAreas.title, periodLabel: focusAreas.periodLabel }).from(focusAreas).where(inArray(focusAreas.id, focusAreaIds)).orderBy(asc(focusAreas.title))
		: [];
	return {
		title: fields.title,
		description: fields.description || null,
		effortArea: area ? `${area.number}. ${area.title}` : null,
		owner: (await ownerName(db, fields)) || null,
		startsOn: fields.startsOn,
		deadline: fields.deadline,
		resources: fields.resources || null,
		status: fields.status,
		focusAreas: areas.length ? areas.map((a) => `${a.title} (${a.periodLabel})`).join(', ') : null
	};
}

async function ownerName(db: Db, f: Pick<InitiativeFields, 'ownerBodyId' | 'ownerMunicipalityId' | 'ownerPersonId' | 'owner'>): Promise<string> {
	if (f.ownerBodyId) return (await db.select({ name: bodies.name }).from(bodies).where(eq(bodies.id, f.ownerBodyId)))[0]?.name ?? f.owner;
	if (f.ownerMunicipalityId)
		return (await db.select({ name: municipalities.name }).from(municipalities).where(eq(municipalities.id, f.ownerMunicipalityId)))[0]?.name ?? f.owner;
	if (f.ownerPersonId) return (await db.select({ name: people.name }).from(people).where(eq(people.id, f.ownerPersonId)))[0]?.name ?? f.owner;
	return f.owner;
}

function diff(before: Snapshot | null, after: Snapshot): Record<string, { from: unknown; to: unknown }> {
	const changes: Record<string, { from: unknown; to: unknown }> = {};
	for (const key of TRACKED) {
		const from = before ? before[key] : null;
		if (from !== after[key] && !(before === null && after[key] === null)) changes[key] = { from, to: after[key] };
	}
	return changes;
}

function fieldsOf(row: typeof initiatives.$inferSelect): InitiativeFields {
	return {
		title: row.title,
		description: row.description,
		effortAreaId: row.effortAreaId,
		ownerKind: row.ownerKind,
		ownerBodyId: row.ownerBodyId,
		ownerMunicipalityId: row.ownerMunicipalityId,
		ownerPersonId: row.ownerPersonId,
		owner: row.owner,
		startsOn: row.startsOn,
		deadline: row.deadline,
		resources: row.resources,
		status: row.status
	};
}

/**
 * Creates (id null) or edits an initiative. A save from an older version than the stored one is refused with the
 * changes made meanwhile; an edit that changes nothing (and names no decision) is refused; nothing is written on
 * bad input. A named decision is linked to the initiative with its role.
 */
export async function saveInitiative(db: Db, actor: SessionUser, id: number | null, input: InitiativeInput): Promise<SaveOutcome> {
	const checked = await checkInput(db, actor, input);
	if (Object.keys(checked.errors).length) return { ok: false, status: 400, errors: checked.errors };
	const after = await snapshot(db, checked.fields, checked.focusAreaIds);
	return db.transaction(async (tx): Promise<SaveOutcome> => {
		let initiativeId: number;
		let changes: Record<string, { from: unknown; to: unknown }>;
		if (id === null) {
			const [row] = await tx
				.insert(initiatives)
				.values({ ...checked.fields, updatedBy: actor.id })
				.returning({ id: initiatives.id });
			initiativeId = row.id;
			changes = diff(null, after);
		} else {
			const [locked] = await tx.select().from(initiatives).where(eq(initiatives.id, id)).for('update');
			if (!locked) return { ok: false, status: 404, errors: { form: m.error_not_found() } };
			if (String(locked.version) !== input.version.trim()) {
				const meanwhile = (await historyOf(tx, id)).slice(0, Math.max(1, locked.version - (Number(input.version) || 0)));
				return { ok: false, status: 409, errors: { form: m.initiative_error_conflict() }, meanwhile };
			}
			const lockedAreas = (await tx.select({ id: initiativeFocusAreas.focusAreaId }).from(initiativeFocusAreas).where(eq(initiativeFocusAreas.initiativeId, id))).map((r) => r.id);
			changes = diff(await snapshot(tx, fieldsOf(locked), lockedAreas), after);
			if (Object.keys(changes).length === 0 && checked.decisionId === null) return { ok: false, status: 400, errors: { form: m.initiative_error_no_change() } };
			await tx
				.update(initiatives)
				.set({ ...checked.fields, version: sql`${initiatives.version} + 1`, updatedAt: new Date(), updatedBy: actor.id })
				.where(eq(initiatives.id, id));
			initiativeId = id;
		}
		await tx.delete(initiativeFocusAreas).where(eq(initiativeFocusAreas.initiativeId, initiativeId));
		if (checked.focusAreaIds.length) await tx.insert(initiativeFocusAreas).values(checked.focusAreaIds.map((focusAreaId) => ({ initiativeId, focusAreaId })));
		if (checked.decisionId) {
			await tx
				.insert(initiativeDecisions)
				.values({ initiativeId, decisionId: checked.decisionId, role: checked.decisionRole })
				.onConflictDoUpdate({ target: [initiativeDecisions.initiativeId, initiativeDecisions.decisionId], set: { role: checked.decisionRole } });
		}
		await tx.insert(initiativeHistory).values({ initiativeId, changedBy: actor.id, changes, decisionId: checked.decisionId, note: checked.note });
		log.info({ userId: actor.id, initiativeId, fields: Object.keys(changes) }, id === null ? 'initiativ oprettet' : 'initiativ ændret');
		return { ok: true, id: initiativeId };
	});
}

const decisionRef = {
	id: decisions.id,
	body: sql<string>`coalesce(${bodies.shortName}, ${bodies.name})`,
	date: meetings.startsAt,
	itemNumber: agendaItems.number,
	text: decisions.text
};

async function historyOf(db: Pick<Db, 'select'>, id: number): Promise<HistoryEntry[]> {
	const rows = await db
		.select({
			at: initiativeHistory.changedAt,
			by: users.name,
			changes: initiativeHistory.changes,
			note: initiativeHistory.note,
			decisionId: decisions.id,
			body: sql<string | null>`coalesce(${bodies.shortName}, ${bodies.name})`,
			date: meetings.startsAt,
			itemNumber: agendaItems.number,
			text: decisions.text
		})
		.from(initiativeHistory)
		.leftJoin(users, eq(users.id, initiativeHistory.changedBy))
		.leftJoin(decisions, eq(decisions.id, initiativeHistory.decisionId))
		.leftJoin(agendaItems, eq(agendaItems.id, decisions.agendaItemId))
		.leftJoin(meetings, eq(meetings.id, agendaItems.meetingId))
		.leftJoin(bodies, eq(bodies.id, meetings.bodyId))
		.where(eq(initiativeHistory.initiativeId, id))
		.orderBy(desc(initiativeHistory.changedAt), desc(initiativeHistory.id));
	return rows.map((r) => ({
		at: r.at,
		by: r.by,
		changes: r.changes,
		note: r.note,
		decision:
			r.decisionId && r.date && r.body && r.itemNumber !== null
				? { id: r.decisionId, body: r.body, date: r.date, itemNumber: r.itemNumber, text: excerpt(r.text ?? '', 160) }
				: null
	}));
}

/** An initiative with everything its page shows; decisions the viewer may not see are left out. */
export async function getInitiative(db: Db, viewer: SessionUser | null, id: number): Promise<InitiativeDetail | null> {
	const [row] = await db.select().from(initiatives).where(eq(initiatives.id, id));
	if (!row) return null;
	const [area] = row.effortAreaId
		? await db
				.select({ id: effortAreas.id, number: effortAreas.number, title: effortAreas.title, principle: sql<number>`(select number from principles where id = ${effortAreas.principleId})` })
				.from(effortAreas)
				.where(eq(effortAreas.id, row.effortAreaId))
		: [];
	const [areas, milestones, linked, history] = await Promise.all([
		db
			.select({ id: focusAreas.id, slug: focusAreas.slug, title: focusAreas.title, periodLabel: focusAreas.periodLabel })
			.from(initiativeFocusAreas)
			.innerJoin(focusAreas, eq(focusAreas.id, initiativeFocusAreas.focusAreaId))
			.where(eq(initiativeFocusAreas.initiativeId, id))
			.orderBy(asc(focusAreas.title)),
		db
			.select({ id: initiativeMilestones.id, title: initiativeMilestones.title, dueOn: initiativeMilestones.dueOn, doneOn: initiativeMilestones.doneOn })
			.from(initiativeMilestones)
			.where(eq(initiativeMilestones.initiativeId, id))
			.orderBy(asc(initiativeMilestones.dueOn), asc(initiativeMilestones.id)),
		db
			.select({ ...decisionRef, role: initiativeDecisions.role })
			.from(initiativeDecisions)
			.innerJoin(decisions, eq(decisions.id, initiativeDecisions.decisionId))
			.innerJoin(agendaItems, eq(agendaItems.id, decisions.agendaItemId))
			.innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
			.innerJoin(bodies, eq(bodies.id, meetings.bodyId))
			.where(and(eq(initiativeDecisions.initiativeId, id), openMeetingCondition(viewer), readableItemCondition(viewer)))
			.orderBy(asc(meetings.startsAt)),
		historyOf(db, id)
	]);
	const visible = new Set(linked.map((d) => d.id));
	return {
		id: row.id,
		title: row.title,
		description: row.description,
		effortArea: area ?? null,
		ownerKind: row.ownerKind,
		ownerId: row.ownerBodyId ?? row.ownerMunicipalityId ?? row.ownerPersonId,
		ownerLabel: await ownerName(db, row),
		ownerText: row.owner,
		ownerMunicipalityId: row.ownerMunicipalityId,
		startsOn: row.startsOn,
		deadline: row.deadline,
		resources: row.resources,
		status: row.status,
		version: row.version,
		source: row.source,
		focusAreas: areas,
		milestones,
		decisions: linked.map((d) => ({ ...d, text: excerpt(d.text, 200) })),
		// A change that cites a decision the viewer may not see is shown without it.
		history: history.map((h) => (h.decision && !visible.has(h.decision.id) ? { ...h, decision: null } : h))
	};
}

export type MilestoneOutcome = { ok: true } | { ok: false; status: 400 | 404; errors: Record<string, string> };

/** Adds a milestone (title and date) to an initiative, kept in its history. */
export async function addMilestone(db: Db, actor: SessionUser, initiativeId: number, input: { title: string; dueOn: string }): Promise<MilestoneOutcome> {
	const errors: Record<string, string> = {};
	const title = input.title.trim();
	if (!title) errors['milestoneTitle'] = m.initiative_error_milestone_title();
	else if (title.length > 200) errors['milestoneTitle'] = m.initiative_error_long({ max: 200 });
	const dueOn = parseDateInput(input.dueOn);
	if (!dueOn) errors['milestoneDueOn'] = m.initiative_error_date();
	if (Object.keys(errors).length || !dueOn) return { ok: false, status: 400, errors };
	return db.transaction(async (tx) => {
		const [row] = await tx.select({ id: initiatives.id }).from(initiatives).where(eq(initiatives.id, initiativeId)).for('update');
		if (!row) return { ok: false, status: 404, errors: { form: m.error_not_found() } } as const;
		await tx.insert(initiativeMilestones).values({ initiativeId, title, dueOn });
		await tx.insert(initiativeHistory).values({ initiativeId, changedBy: actor.id, changes: { milestone: { from: null, to: `${title} (${dueOn})` } } });
		return { ok: true } as const;
	});
}

/** Marks a milestone reached on a day (default today), kept in the history. */
export async function completeMilestone(db: Db, actor: SessionUser, initiativeId: number, milestoneId: number, doneOn: string): Promise<MilestoneOutcome> {
	const day = parseDateInput(doneOn);
	if (!day) return { ok: false, status: 400, errors: { [`doneOn-${milestoneId}`]: m.initiative_error_date() } };
	return db.transaction(async (tx) => {
		const [row] = await tx
			.update(initiativeMilestones)
			.set({ doneOn: day })
			.where(and(eq(initiativeMilestones.id, milestoneId), eq(initiativeMilestones.initiativeId, initiativeId)))
			.returning({ title: initiativeMilestones.title });
		if (!row) return { ok: false, status: 404, errors: { form: m.error_not_found() } } as const;
		await tx.insert(initiativeHistory).values({ initiativeId, changedBy: actor.id, changes: { milestoneDone: { from: null, to: `${row.title} (${day})` } } });
		return { ok: true } as const;
	});
}
