// Follow-up actions (opfølgning) as the product manages them: the secretariat's overview (overdue first), each
// user's own actions ("Mine opgaver"), creating one on a decision and editing it. Owner: a person (a user), a
// municipality (its contacts) or the secretariat.
import { and, asc, eq, isNull, or, sql, type SQL } from 'drizzle-orm';
import { actionStatus, agendaItems, bodies, decisions, followUpActions, meetings, municipalities, users } from '../db/schema';
import type { Db } from '../db/types';
import type { SessionUser } from '../auth/session';
import { can } from '../auth/policy';
import { openMeetingCondition, readableItemCondition } from '../meetings/visibility';
import type { ActionStatus } from '../meetings/meetings';
import { parseIsoDate } from '../tariffs/calculators/dates';
import type { OwnerKind } from './owners';
import { isoDateInCopenhagen } from '$lib/format/date';
import { m } from '$lib/paraglide/messages';

export interface ActionRow {
	id: number;
	what: string;
	ownerLabel: string;
	ownerKind: OwnerKind | null;
	ownerUserId: number | null;
	ownerMunicipalityId: number | null;
	dueOn: string | null;
	status: ActionStatus;
	note: string;
	overdue: boolean;
	decision: { id: number; meetingStartsAt: Date; body: string; itemNumber: string; itemTitle: string };
}

const ownerLabel = sql<string>`case ${followUpActions.ownerKind}
	when 'person' then coalesce(${users.name}, ${followUpActions.owner})
	when 'municipality' then coalesce(${municipalities.name}, ${followUpActions.owner})
	when 'secretariat' then 'Sekretariatet'
	else ${followUpActions.owner} end`;

function selectActions(db: Db) {
	return db
		.select({
			id: followUpActions.id,
			what: followUpActions.what,
			ownerLabel,
			ownerKind: followUpActions.ownerKind,
			ownerUserId: followUpActions.ownerUserId,
			ownerMunicipalityId: followUpActions.ownerMunicipalityId,
			dueOn: followUpActions.dueOn,
			status: followUpActions.status,
			note: followUpActions.note,
			decision: {
				id: decisions.id,
				meetingStartsAt: meetings.startsAt,
				body: sql<string>`coalesce(${bodies.shortName}, ${bodies.name})`,
				itemNumber: agendaItems.number,
				itemTitle: agendaItems.title
			}
		})
		.from(followUpActions)
		.innerJoin(decisions, eq(decisions.id, followUpActions.decisionId))
		.innerJoin(agendaItems, eq(agendaItems.id, decisions.agendaItemId))
		.innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
		.innerJoin(bodies, eq(bodies.id, meetings.bodyId))
		.leftJoin(users, eq(users.id, followUpActions.ownerUserId))
		.leftJoin(municipalities, eq(municipalities.id, followUpActions.ownerMunicipalityId));
}

/** Overdue (open, due before today) first, then open by due date, then the rest; newest meeting breaks ties. */
const order = (today: string) => [
	sql`case when ${followUpActions.status} = 'open' and ${followUpActions.dueOn} < ${today} then 0 when ${followUpActions.status} = 'open' then 1 else 2 end`,
	sql`${followUpActions.dueOn} asc nulls last`,
	asc(followUpActions.id)
];

const withOverdue = (today: string) => (r: Omit<ActionRow, 'overdue'>): ActionRow => ({
	...r,
	overdue: r.status === 'open' && r.dueOn !== null && r.dueOn < today
});

export const STATUSES = actionStatus.enumValues;
export const OWNER_KINDS = ['person', 'municipality', 'secretariat'] as const;

/** The secretariat's overview, filtered by status and owner kind. */
export async function actionOverview(
	db: Db,
	filters: { status?: ActionStatus | null; ownerKind?: OwnerKind | 'unknown' | null },
	now = new Date()
): Promise<ActionRow[]> {
	const today = isoDateInCopenhagen(now);
	const rows = await selectActions(db)
		.where(
			and(
				filters.status ? eq(followUpActions.status, filters.status) : undefined,
				filters.ownerKind === 'unknown'
					? isNull(followUpActions.ownerKind)
					: filters.ownerKind
						? eq(followUpActions.ownerKind, filters.ownerKind)
						: undefined
			)
		)
		.orderBy(...order(today));
	return rows.map(withOverdue(today));
}

/** What the user owns: as a person, through their municipality (contacts), or as the secretariat (staff). */
function ownedBy(user: SessionUser): SQL {
	const mine: (SQL | undefined)[] = [and(eq(followUpActions.ownerKind, 'person'), eq(followUpActions.ownerUserId, user.id))];
	if (user.role === 'municipal_contact' && user.municipalityId !== null)
		mine.push(and(eq(followUpActions.ownerKind, 'municipality'), eq(followUpActions.ownerMunicipalityId, user.municipalityId)));
	if (can(user, 'followUp.manage')) mine.push(eq(followUpActions.ownerKind, 'secretariat'));
	return or(...mine)!;
}

/** "Mine opgaver": the user's actions on decisions the user may see, open and overdue first. */
export async function myActions(db: Db, user: SessionUser, now = new Date()): Promise<ActionRow[]> {
	const today = isoDateInCopenhagen(now);
	const rows = await selectActions(db)
		.where(and(ownedBy(user), openMeetingCondition(user), readableItemCondition(user)))
		.orderBy(...order(today));
	return rows.map(withOverdue(today));
}

/** One action for its page, if the viewer may see its decision. */
export async function getAction(db: Db, viewer: SessionUser, id: number, now = new Date()): Promise<ActionRow | null> {
	const [row] = await selectActions(db).where(and(eq(followUpActions.id, id), openMeetingCondition(viewer), readableItemCondition(viewer)));
	return row ? withOverdue(isoDateInCopenhagen(now))(row) : null;
}

export interface ActionInput {
	what: string;
	ownerKind: string;
	ownerUserId: string;
	ownerMunicipalityId: string;
	dueOn: string;
	status: string;
	note: string;
}

type Checked = {
	what: string;
	owner: string;
	ownerKind: OwnerKind;
	ownerUserId: number | null;
	ownerMunicipalityId: number | null;
	dueOn: string | null;
	status: ActionStatus;
	note: string;
};

export type ActionResult = { ok: true; id: number } | { ok: false; status: 400 | 404; errors: Record<string, string> };

async function check(db: Db, input: ActionInput): Promise<{ value: Checked | null; errors: Record<string, string> }> {
	const errors: Record<string, string> = {};
	const what = input.what.trim();
	if (!what) errors['what'] = m.followup_error_what();
	else if (what.length > 2000) errors['what'] = m.followup_error_what_long();
	const kind = OWNER_KINDS.find((k) => k === input.ownerKind);
	let owner = '';
	let ownerUserId: number | null = null;
	let ownerMunicipalityId: number | null = null;
	if (!kind) errors['ownerKind'] = m.followup_error_owner_kind();
	else if (kind === 'person') {
		const id = /^\d{1,9}$/.test(input.ownerUserId) ? Number(input.ownerUserId) : -1;
		const [u] = id > 0 ? await db.select({ id: users.id, name: users.name }).from(users).where(and(eq(users.id, id), isNull(users.disabledAt))) : [];
		if (!u) errors['ownerUserId'] = m.followup_error_person();
		else {
			ownerUserId = u.id;
			owner = u.name;
		}
	} else if (kind === 'municipality') {
		const id = /^\d{1,9}$/.test(input.ownerMunicipalityId) ? Number(input.ownerMunicipalityId) : -1;
		const [mu] = id > 0 ? await db.select({ id: municipalities.id, name: municipalities.name }).from(municipalities).where(eq(municipalities.id, id)) : [];
		if (!mu) errors['ownerMunicipalityId'] = m.followup_error_municipality();
		else {
			ownerMunicipalityId = mu.id;
			owner = mu.name;
		}
	} else owner = 'Sekretariatet';
	let dueOn: string | null = null;
	if (input.dueOn.trim()) {
		dueOn = parseIsoDate(input.dueOn);
		if (!dueOn) errors['dueOn'] = m.followup_error_due();
	}
	const status = STATUSES.find((s) => s === input.status);
	if (!status) errors['status'] = m.followup_error_status();
	const note = input.note.trim();
	if (note.length > 4000) errors['note'] = m.followup_error_note();
	if (Object.keys(errors).length) return { value: null, errors };
	return { value: { what, owner, ownerKind: kind!, ownerUserId, ownerMunicipalityId, dueOn, status: status!, note }, errors };
}

const completedAt = (status: ActionStatus) => (status === 'done' || status === 'cancelled' ? new Date() : null);

/** A new action on a decision the actor may see. */
export async function createAction(db: Db, actor: SessionUser, decisionId: number, input: ActionInput): Promise<ActionResult> {
	const [decision] = await db
		.select({ id: decisions.id })
		.from(decisions)
		.innerJoin(agendaItems, eq(agendaItems.id, decisions.agendaItemId))
		.innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
		.where(and(eq(decisions.id, decisionId), openMeetingCondition(actor), readableItemCondition(actor)));
	if (!decision) return { ok: false, status: 404, errors: { form: m.register_correct_error_missing() } };
	const { value, errors } = await check(db, input);
	if (!value) return { ok: false, status: 400, errors };
	const [row] = await db
		.insert(followUpActions)
		.values({ decisionId, ...value, completedAt: completedAt(value.status), updatedAt: new Date(), updatedBy: actor.id })
		.returning({ id: followUpActions.id });
	return { ok: true, id: row.id };
}

/**
 * Staff change everything; an owner changes status and note only (the other fields are taken from the row).
 * Closing sets `completedAt`; reopening clears it.
 */
export async function updateAction(db: Db, actor: SessionUser, id: number, input: Partial<ActionInput>): Promise<ActionResult> {
	const current = await getAction(db, actor, id);
	if (!current) return { ok: false, status: 404, errors: { form: m.followup_error_missing() } };
	const staff = can(actor, 'followUp.manage');
	const base: ActionInput = {
		what: current.what,
		ownerKind: current.ownerKind ?? '',
		ownerUserId: String(current.ownerUserId ?? ''),
		ownerMunicipalityId: String(current.ownerMunicipalityId ?? ''),
		dueOn: current.dueOn ?? '',
		status: current.status,
		note: current.note
	};
	const merged: ActionInput = staff ? { ...base, ...input } : { ...base, status: input.status ?? base.status, note: input.note ?? base.note };
	const { value, errors } = await check(db, current.ownerKind === null && !staff ? { ...merged, ownerKind: 'secretariat' } : merged);
	if (!value) return { ok: false, status: 400, errors };
	const fields = staff ? value : { status: value.status, note: value.note };
	await db
		.update(followUpActions)
		.set({
			...fields,
			completedAt: value.status === current.status ? undefined : completedAt(value.status),
			updatedAt: new Date(),
			updatedBy: actor.id
		})
		.where(eq(followUpActions.id, id));
	return { ok: true, id };
}

/** People an action can be given to: users who can sign in, by name. */
export async function ownerChoices(db: Db) {
	const [people, towns] = await Promise.all([
		db.select({ id: users.id, name: users.name, email: users.email }).from(users).where(isNull(users.disabledAt)).orderBy(asc(users.name)),
		db.select({ id: municipalities.id, name: municipalities.name }).from(municipalities).orderBy(asc(municipalities.kind), asc(municipalities.name))
	]);
	return { people, municipalities: towns };
}

/** Decisions an action can belong to (for the new-action form's heading). */
export async function decisionForAction(db: Db, viewer: SessionUser, decisionId: number) {
	const [row] = await db
		.select({
			id: decisions.id,
			text: decisions.text,
			startsAt: meetings.startsAt,
			body: sql<string>`coalesce(${bodies.shortName}, ${bodies.name})`,
			itemNumber: agendaItems.number,
			itemTitle: agendaItems.title
		})
		.from(decisions)
		.innerJoin(agendaItems, eq(agendaItems.id, decisions.agendaItemId))
		.innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
		.innerJoin(bodies, eq(bodies.id, meetings.bodyId))
		.where(and(eq(decisions.id, decisionId), openMeetingCondition(viewer), readableItemCondition(viewer)));
	return row ?? null;
}

