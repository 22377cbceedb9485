// An initiative's form as posted, checked: Danish errors by field, and the values to store. References (area of
// effort, owner, focus areas, decision) must exist; dates are real dates with the deadline not before the start.
import { inArray } from 'drizzle-orm';
import { bodies, effortAreas, focusAreas, municipalities, people, type initiativeDecisionRole, type initiativeOwnerKind } from '../db/schema';
import type { Db } from '../db/types';
import type { SessionUser } from '../auth/session';
import { isChoosableDecision } from '../decisions/choices';
import { parseDateInput } from '../calendar/deadline-rules';
import { m } from '$lib/paraglide/messages';
import type { InitiativeStatus } from './plan';

export const INITIATIVE_STATUSES: InitiativeStatus[] = ['planned', 'in_progress', 'done', 'paused', 'stopped'];
export type OwnerKind = (typeof initiativeOwnerKind.enumValues)[number];
export type DecisionRole = (typeof initiativeDecisionRole.enumValues)[number];
export const OWNER_KINDS: OwnerKind[] = ['body', 'municipality', 'person'];
export const DECISION_ROLES: DecisionRole[] = ['approved', 'started', 'changed', 'paused', 'stopped', 'closed'];
export const LIMITS = { title: 200, description: 4000, resources: 1000, owner: 200, note: 1000 } as const;

/** The form's fields, as strings (ids too), so a refused form can be shown again as typed. */
export interface InitiativeInput {
	title: string;
	description: string;
	effortAreaId: string;
	ownerKind: string;
	ownerId: string;
	owner: string;
	startsOn: string;
	deadline: string;
	resources: string;
	status: string;
	focusAreaIds: string[];
	decisionId: string;
	decisionRole: string;
	note: string;
	/** The version the form was opened on ('' for a new initiative). */
	version: string;
}

export interface InitiativeFields {
	title: string;
	description: string;
	effortAreaId: number | null;
	ownerKind: OwnerKind | null;
	ownerBodyId: number | null;
	ownerMunicipalityId: number | null;
	ownerPersonId: number | null;
	owner: string;
	startsOn: string | null;
	deadline: string | null;
	resources: string;
	status: InitiativeStatus;
}

export interface CheckedInput {
	errors: Record<string, string>;
	fields: InitiativeFields;
	focusAreaIds: number[];
	decisionId: number | null;
	decisionRole: DecisionRole;
	note: string;
}

const id = (raw: string) => (/^[1-9]\d{0,9}$/.test(raw.trim()) ? Number(raw.trim()) : null);

export function inputFrom(form: FormData): InitiativeInput {
	const field = (name: string) => String(form.get(name) ?? '');
	return {
		title: field('title'),
		description: field('description'),
		effortAreaId: field('effortAreaId'),
		ownerKind: field('ownerKind'),
		ownerId: field(`ownerId-${field('ownerKind')}`) || field('ownerId'),
		owner: field('owner'),
		startsOn: field('startsOn'),
		deadline: field('deadline'),
		resources: field('resources'),
		status: field('status'),
		focusAreaIds: form.getAll('focusAreaIds').map(String),
		decisionId: field('decisionId'),
		decisionRole: field('decisionRole'),
		note: field('note'),
		version: field('version')
	};
}

async function exists(db: Db, table: typeof bodies | typeof municipalities | typeof people | typeof effortAreas, ids: number[]) {
	if (ids.length === 0) return true;
	const rows = await db.select({ id: table.id }).from(table).where(inArray(table.id, ids));
	return rows.length === new Set(ids).size;
}

export async function checkInput(db: Db, actor: SessionUser, input: InitiativeInput): Promise<CheckedInput> {
	const errors: Record<string, string> = {};
	const title = input.title.trim();
	if (!title) errors['title'] = m.initiative_error_title();
	else if (title.length > LIMITS.title) errors['title'] = m.initiative_error_long({ max: LIMITS.title });
	const description = input.description.trim();
	if (description.length > LIMITS.description) errors['description'] = m.initiative_error_long({ max: LIMITS.description });
	const resources = input.resources.trim();
	if (resources.length > LIMITS.resources) errors['resources'] = m.initiative_error_long({ max: LIMITS.resources });
	const owner = input.owner.trim();
	if (owner.length > LIMITS.owner) errors['owner'] = m.initiative_error_long({ max: LIMITS.owner });
	const note = input.note.trim();
	if (note.length > LIMITS.note) errors['note'] = m.initiative_error_long({ max: LIMITS.note });

	let effortAreaId: number | null = null;
	if (input.effortAreaId.trim()) {
		effortAreaId = id(input.effortAreaId);
		if (effortAreaId === null || !(await exists(db, effortAreas, [effortAreaId]))) errors['effortAreaId'] = m.initiative_error_choice();
	}

	let ownerKind: OwnerKind | null = null;
	const owners = { ownerBodyId: null as number | null, ownerMunicipalityId: null as number | null, ownerPersonId: null as number | null };
	if (input.ownerKind.trim()) {
		ownerKind = OWNER_KINDS.find((k) => k === input.ownerKind.trim()) ?? null;
		const ownerId = id(input.ownerId);
		const table = ownerKind === 'body' ? bodies : ownerKind === 'municipality' ? municipalities : ownerKind === 'person' ? people : null;
		if (!ownerKind || !table) errors['ownerKind'] = m.initiative_error_choice();
		else if (ownerId === null || !(await exists(db, table, [ownerId]))) errors['ownerId'] = m.initiative_error_owner();
		else if (ownerKind === 'body') owners.ownerBodyId = ownerId;
		else if (ownerKind === 'municipality') owners.ownerMunicipalityId = ownerId;
		else owners.ownerPersonId = ownerId;
	}

	const dates: Record<'startsOn' | 'deadline', string | null> = { startsOn: null, deadline: null };
	for (const key of ['startsOn', 'deadline'] as const) {
		if (!input[key].trim()) continue;
		const day = parseDateInput(input[key]);
		if (!day) errors[key] = m.initiative_error_date();
		else dates[key] = day;
	}
	if (dates.startsOn && dates.deadline && dates.deadline < dates.startsOn) errors['deadline'] = m.initiative_error_deadline_before_start();

	const status = INITIATIVE_STATUSES.find((s) => s === input.status.trim());
	if (!status) errors['status'] = m.initiative_error_choice();

	const focusAreaIds = [...new Set(input.focusAreaIds.map(id))];
	if (focusAreaIds.some((f) => f === null)) errors['focusAreaIds'] = m.initiative_error_choice();
	else if (focusAreaIds.length) {
		const found = await db.select({ id: focusAreas.id }).from(focusAreas).where(inArray(focusAreas.id, focusAreaIds as number[]));
		if (found.length !== focusAreaIds.length) errors['focusAreaIds'] = m.initiative_error_choice();
	}

	let decisionId: number | null = null;
	if (input.decisionId.trim()) {
		decisionId = id(input.decisionId);
		if (decisionId === null || !(await isChoosableDecision(db, actor, decisionId))) errors['decisionId'] = m.initiative_error_decision();
	}
	const decisionRole = DECISION_ROLES.find((r) => r === input.decisionRole.trim()) ?? 'changed';
	if (input.decisionRole.trim() && !DECISION_ROLES.includes(input.decisionRole.trim() as DecisionRole)) errors['decisionRole'] = m.initiative_error_choice();

	return {
		errors,
		fields: {
			title,
			description,
			effortAreaId,
			ownerKind,
			...owners,
			owner,
			startsOn: dates.startsOn,
			deadline: dates.deadline,
			resources,
			status: status ?? 'planned'
		},
		focusAreaIds: focusAreaIds.filter((f): f is number => f !== null),
		decisionId,
		decisionRole,
		note
	};
}
