// Focus areas (fokusområder) by agreement period, with owners (tovholdere: municipalities or bodies, each with its
// period), areas of effort, and the initiatives and decisions that serve them.
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import {
	agendaItems,
	agreementPeriods,
	bodies,
	decisionFocusAreas,
	decisions,
	focusAreaBodyOwners,
	focusAreaEfforts,
	focusAreaOwners,
	focusAreas,
	initiativeFocusAreas,
	initiatives,
	meetings,
	municipalities,
	type focusAreaStatus,
	type initiativeStatus
} from '../db/schema';
import type { Db } from '../db/types';
import type { SessionUser } from '../auth/session';
import { openMeetingCondition, readableItemCondition } from '../meetings/visibility';

export type FocusAreaStatus = (typeof focusAreaStatus.enumValues)[number];

export interface FocusAreaView {
	id: number;
	slug: string;
	number: number;
	title: string;
	periodLabel: string;
	status: FocusAreaStatus;
	statusNote: string;
	goal: string;
	content: string;
	desiredResults: string;
	/** Municipalities and bodies that own the area, each with its period (null = open). */
	owners: FocusAreaOwner[];
	efforts: { id: number; position: number; title: string; description: string }[];
	initiatives: { id: number; title: string; status: (typeof initiativeStatus.enumValues)[number] }[];
	decisions: { id: number; body: string; date: Date; itemNumber: string }[];
}

export interface FocusAreaOwner {
	kind: 'municipality' | 'body';
	id: number;
	slug: string;
	name: string;
	validFrom: string | null;
	validTo: string | null;
}

export interface FocusAreaPeriod {
	/** The agreement period the areas were adopted in, e.g. "2025-26". */
	label: string;
	/** How the agreement names the span, e.g. "2021-22, forlænget til 2023-24". */
	periodLabel: string;
	areas: FocusAreaView[];
}

/** Focus areas grouped by agreement period, newest period first, areas by number; decisions as `viewer` may see them. */
export async function listFocusAreas(db: Db, viewer: SessionUser | null = null): Promise<FocusAreaPeriod[]> {
	const areas = await db
		.select({
			id: focusAreas.id,
			slug: focusAreas.slug,
			number: focusAreas.number,
			title: focusAreas.title,
			periodLabel: focusAreas.periodLabel,
			status: focusAreas.status,
			statusNote: focusAreas.statusNote,
			goal: focusAreas.goal,
			content: focusAreas.content,
			desiredResults: focusAreas.desiredResults,
			period: { id: agreementPeriods.id, label: agreementPeriods.label, startsOn: agreementPeriods.startsOn }
		})
		.from(focusAreas)
		.innerJoin(agreementPeriods, eq(agreementPeriods.id, focusAreas.agreementPeriodId))
		.orderBy(desc(agreementPeriods.startsOn), asc(focusAreas.number));
	if (areas.length === 0) return [];
	const ids = areas.map((a) => a.id);
	const [municipalityOwners, bodyOwners, served, decided, efforts] = await Promise.all([
		db
			.select({
				focusAreaId: focusAreaOwners.focusAreaId,
				id: municipalities.id,
				slug: municipalities.slug,
				name: municipalities.name,
				validFrom: focusAreaOwners.validFrom,
				validTo: focusAreaOwners.validTo
			})
			.from(focusAreaOwners)
			.innerJoin(municipalities, eq(municipalities.id, focusAreaOwners.municipalityId))
			.where(inArray(focusAreaOwners.focusAreaId, ids))
			.orderBy(sql`${focusAreaOwners.validFrom} asc nulls first`, asc(municipalities.name)),
		db
			.select({
				focusAreaId: focusAreaBodyOwners.focusAreaId,
				id: bodies.id,
				slug: bodies.slug,
				name: bodies.name,
				validFrom: focusAreaBodyOwners.validFrom,
				validTo: focusAreaBodyOwners.validTo
			})
			.from(focusAreaBodyOwners)
			.innerJoin(bodies, eq(bodies.id, focusAreaBodyOwners.bodyId))
			.where(inArray(focusAreaBodyOwners.focusAreaId, ids))
			.orderBy(sql`${focusAreaBodyOwners.validFrom} asc nulls first`, asc(bodies.name)),
		db
			.select({ focusAreaId: initiativeFocusAreas.focusAreaId, id: initiatives.id, title: initiatives.title, status: initiatives.status })
			.from(initiativeFocusAreas)
			.innerJoin(initiatives, eq(initiatives.id, initiativeFocusAreas.initiativeId))
			.where(inArray(initiativeFocusAreas.focusAreaId, ids))
			.orderBy(asc(initiatives.title)),
		db
			.select({
				focusAreaId: decisionFocusAreas.focusAreaId,
				id: decisions.id,
				body: sql<string>`coalesce(${bodies.shortName}, ${bodies.name})`,
				date: meetings.startsAt,
				itemNumber: agendaItems.number
			})
			.from(decisionFocusAreas)
			.innerJoin(decisions, eq(decisions.id, decisionFocusAreas.decisionId))
			.innerJoin(agendaItems, eq(agendaItems.id, decisions.agendaItemId))
			.innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
			.innerJoin(bodies, eq(bodies.id, meetings.bodyId))
			.where(and(inArray(decisionFocusAreas.focusAreaId, ids), openMeetingCondition(viewer), readableItemCondition(viewer)))
			.orderBy(desc(meetings.startsAt)),
		db
			.select({
				id: focusAreaEfforts.id,
				focusAreaId: focusAreaEfforts.focusAreaId,
				position: focusAreaEfforts.position,
				title: focusAreaEfforts.title,
				description: focusAreaEfforts.description
			})
			.from(focusAreaEfforts)
			.where(inArray(focusAreaEfforts.focusAreaId, ids))
			.orderBy(asc(focusAreaEfforts.position))
	]);
	const periods = new Map<number, FocusAreaPeriod>();
	for (const { period, ...area } of areas) {
		const view: FocusAreaView = {
			...area,
			owners: [
				...municipalityOwners.filter((o) => o.focusAreaId === area.id).map(({ focusAreaId: _f, ...o }) => ({ kind: 'municipality' as const, ...o })),
				...bodyOwners.filter((o) => o.focusAreaId === area.id).map(({ focusAreaId: _f, ...o }) => ({ kind: 'body' as const, ...o }))
			],
			initiatives: served.filter((i) => i.focusAreaId === area.id).map(({ focusAreaId: _f, ...i }) => i),
			decisions: decided.filter((d) => d.focusAreaId === area.id).map(({ focusAreaId: _f, ...d }) => d),
			efforts: efforts
				.filter((e) => e.focusAreaId === area.id)
				.map(({ id, position, title, description }) => ({ id, position, title, description }))
		};
		const group = periods.get(period.id);
		if (group) group.areas.push(view);
		else periods.set(period.id, { label: period.label, periodLabel: area.periodLabel, areas: [view] });
	}
	return [...periods.values()];
}
