// What the initiative form offers to choose from, and an initiative as the form's values.
import { and, asc, eq } from 'drizzle-orm';
import { bodies, effortAreas, focusAreas, initiativeFocusAreas, municipalities, people } from '../db/schema';
import type { Db } from '../db/types';
import type { SessionUser } from '../auth/session';
import { decisionChoices, type DecisionChoice } from '../decisions/choices';
import type { InitiativeInput } from './initiative-input';
import type { InitiativeDetail } from './initiatives';

export interface Option {
	id: number;
	label: string;
}

export interface InitiativeChoices {
	effortAreas: Option[];
	bodies: Option[];
	municipalities: Option[];
	people: Option[];
	focusAreas: Option[];
	decisions: DecisionChoice[];
}

export async function initiativeChoices(db: Db, viewer: SessionUser): Promise<InitiativeChoices> {
	const [areas, bodyRows, municipalityRows, personRows, focusRows, decisions] = await Promise.all([
		db.select({ id: effortAreas.id, number: effortAreas.number, title: effortAreas.title }).from(effortAreas).orderBy(asc(effortAreas.number)),
		db.select({ id: bodies.id, label: bodies.name }).from(bodies).orderBy(asc(bodies.name)),
		db.select({ id: municipalities.id, label: municipalities.name }).from(municipalities).orderBy(asc(municipalities.name)),
		// Demo people are fictional: never offered as the owner of a real initiative.
		db.select({ id: people.id, label: people.name }).from(people).where(and(eq(people.isDemo, false))).orderBy(asc(people.name)),
		db.select({ id: focusAreas.id, title: focusAreas.title, periodLabel: focusAreas.periodLabel }).from(focusAreas).orderBy(asc(focusAreas.periodLabel), asc(focusAreas.number)),
		decisionChoices(db, viewer)
	]);
	return {
		effortAreas: areas.map((a) => ({ id: a.id, label: `${a.number}. ${a.title}` })),
		bodies: bodyRows,
		municipalities: municipalityRows,
		people: personRows,
		focusAreas: focusRows.map((f) => ({ id: f.id, label: `${f.title} (${f.periodLabel})` })),
		decisions
	};
}

export const emptyInput = (): InitiativeInput => ({
	title: '',
	description: '',
	effortAreaId: '',
	ownerKind: '',
	ownerId: '',
	owner: '',
	startsOn: '',
	deadline: '',
	resources: '',
	status: 'planned',
	focusAreaIds: [],
	decisionId: '',
	decisionRole: 'approved',
	note: '',
	version: ''
});

export async function inputOf(db: Db, initiative: InitiativeDetail): Promise<InitiativeInput> {
	const areas = await db.select({ id: initiativeFocusAreas.focusAreaId }).from(initiativeFocusAreas).where(eq(initiativeFocusAreas.initiativeId, initiative.id));
	return {
		title: initiative.title,
		description: initiative.description,
		effortAreaId: initiative.effortArea ? String(initiative.effortArea.id) : '',
		ownerKind: initiative.ownerKind ?? '',
		ownerId: initiative.ownerId ? String(initiative.ownerId) : '',
		owner: initiative.ownerText,
		startsOn: initiative.startsOn ?? '',
		deadline: initiative.deadline ?? '',
		resources: initiative.resources,
		status: initiative.status,
		focusAreaIds: areas.map((a) => String(a.id)),
		decisionId: '',
		decisionRole: 'changed',
		note: '',
		version: String(initiative.version)
	};
}
