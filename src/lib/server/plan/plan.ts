// The implementation plan (implementeringsplan) of the 2025 programme: principles → areas of effort →
// initiatives (prøvehandlinger) and indicators.
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import {
	agendaItems,
	agreementPeriods,
	bodies,
	decisions,
	effortAreas,
	indicators,
	initiativeDecisions,
	initiativeMilestones,
	initiatives,
	meetings,
	municipalities,
	principles,
	type initiativeDecisionRole,
	type initiativeStatus
} from '../db/schema';
import type { Db } from '../db/types';
import type { SessionUser } from '../auth/session';
import { openMeetingCondition, readableItemCondition } from '../meetings/visibility';

export type InitiativeStatus = (typeof initiativeStatus.enumValues)[number];

export interface InitiativeView {
	id: number;
	title: string;
	description: string;
	owner: string;
	deadline: string | null;
	resources: string;
	status: InitiativeStatus;
	/** Milestones reached of all (progress). */
	milestones: { done: number; total: number };
	/** The decisions behind it the viewer may see, oldest first. */
	decisions: { id: number; role: (typeof initiativeDecisionRole.enumValues)[number]; body: string; date: Date; itemNumber: string }[];
}

/** The status page's filters; absent = all. */
export interface PlanFilters {
	principle?: number;
	status?: InitiativeStatus;
	/** A municipality's slug: the initiatives it owns (and its values highlighted in the charts). */
	municipality?: string;
}

export const INITIATIVE_STATUSES: InitiativeStatus[] = ['planned', 'in_progress', 'done', 'paused', 'stopped'];

export interface IndicatorView {
	id: number;
	slug: string;
	title: string;
	description: string;
	unit: string;
	isDemo: boolean;
}

export interface EffortAreaView {
	id: number;
	number: number;
	title: string;
	description: string;
	initiatives: InitiativeView[];
	indicators: IndicatorView[];
}

export interface PrincipleView {
	id: number;
	number: number;
	title: string;
	description: string;
	periodLabel: string | null;
	effortAreas: EffortAreaView[];
}

export interface ImplementationPlan {
	principles: PrincipleView[];
	/** Initiatives for the plan as a whole, not under one area of effort. */
	generalInitiatives: InitiativeView[];
	/** Indicators for the programme as a whole. */
	generalIndicators: IndicatorView[];
}

const initiativeColumns = {
	id: initiatives.id,
	effortAreaId: initiatives.effortAreaId,
	title: initiatives.title,
	description: initiatives.description,
	// The structured owner's name where the secretariat set one, else the owner in the source's words.
	owner: sql<string>`coalesce((select name from bodies where id = ${initiatives.ownerBodyId}), (select name from municipalities where id = ${initiatives.ownerMunicipalityId}), (select name from people where id = ${initiatives.ownerPersonId}), ${initiatives.owner})`,
	deadline: initiatives.deadline,
	resources: initiatives.resources,
	status: initiatives.status
};

const indicatorColumns = {
	id: indicators.id,
	effortAreaId: indicators.effortAreaId,
	slug: indicators.slug,
	title: indicators.title,
	description: indicators.description,
	unit: indicators.unit,
	isDemo: indicators.isDemo
};

/**
 * The plan as the status page shows it to `viewer`, narrowed by the filters: a principle, a status, the initiatives
 * a municipality owns. Decisions the viewer may not see (a closed item's) are left out.
 */
export async function getImplementationPlan(db: Db, viewer: SessionUser | null = null, filters: PlanFilters = {}): Promise<ImplementationPlan> {
	const [municipality] = filters.municipality
		? await db.select({ id: municipalities.id }).from(municipalities).where(eq(municipalities.slug, filters.municipality))
		: [];
	const [principleRows, areaRows, initiativeRows, indicatorRows] = await Promise.all([
		db
			.select({
				id: principles.id,
				number: principles.number,
				title: principles.title,
				description: principles.description,
				periodLabel: agreementPeriods.label
			})
			.from(principles)
			.leftJoin(agreementPeriods, eq(agreementPeriods.id, principles.agreementPeriodId))
			.orderBy(asc(principles.number)),
		db
			.select({
				id: effortAreas.id,
				principleId: effortAreas.principleId,
				number: effortAreas.number,
				title: effortAreas.title,
				description: effortAreas.description
			})
			.from(effortAreas)
			.orderBy(asc(effortAreas.number)),
		db
			.select(initiativeColumns)
			.from(initiatives)
			.where(
				and(
					filters.status ? eq(initiatives.status, filters.status) : undefined,
					filters.municipality ? eq(initiatives.ownerMunicipalityId, municipality?.id ?? -1) : undefined
				)
			)
			.orderBy(asc(initiatives.deadline), asc(initiatives.id)),
		db.select(indicatorColumns).from(indicators).orderBy(asc(indicators.title))
	]);
	const ids = initiativeRows.map((i) => i.id);
	const [progress, linked] = ids.length
		? await Promise.all([
				db
					.select({
						initiativeId: initiativeMilestones.initiativeId,
						done: sql<number>`count(${initiativeMilestones.doneOn})::int`,
						total: sql<number>`count(*)::int`
					})
					.from(initiativeMilestones)
					.where(inArray(initiativeMilestones.initiativeId, ids))
					.groupBy(initiativeMilestones.initiativeId),
				db
					.select({
						initiativeId: initiativeDecisions.initiativeId,
						id: decisions.id,
						role: initiativeDecisions.role,
						body: sql<string>`coalesce(${bodies.shortName}, ${bodies.name})`,
						date: meetings.startsAt,
						itemNumber: agendaItems.number
					})
					.from(initiativeDecisions)
					.innerJoin(decisions, eq(decisions.id, initiativeDecisions.decisionId))
					.innerJoin(agendaItems, eq(agendaItems.id, decisions.agendaItemId))
					.innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
					.innerJoin(bodies, eq(bodies.id, meetings.bodyId))
					.where(and(inArray(initiativeDecisions.initiativeId, ids), openMeetingCondition(viewer), readableItemCondition(viewer)))
					.orderBy(asc(meetings.startsAt))
			])
		: [[], []];
	const strip = <T extends { effortAreaId: number | null; id: number }>({ effortAreaId: _effortAreaId, ...rest }: T) => ({
		...rest,
		milestones: (({ done, total }) => ({ done, total }))(progress.find((p) => p.initiativeId === rest.id) ?? { done: 0, total: 0 }),
		decisions: linked.filter((d) => d.initiativeId === rest.id).map(({ initiativeId: _initiativeId, ...d }) => d)
	});
	const stripIndicator = <T extends { effortAreaId: number | null }>({ effortAreaId: _effortAreaId, ...rest }: T) => rest;
	return {
		principles: principleRows.filter((p) => !filters.principle || p.number === filters.principle).map((p) => ({
			...p,
			effortAreas: areaRows
				.filter((a) => a.principleId === p.id)
				.map(({ principleId: _principleId, ...a }) => ({
					...a,
					initiatives: initiativeRows.filter((i) => i.effortAreaId === a.id).map(strip),
					indicators: indicatorRows.filter((i) => i.effortAreaId === a.id).map(stripIndicator)
				}))
		})),
		// Plan-wide initiatives belong to no principle: a principle's filter leaves them out.
		generalInitiatives: filters.principle ? [] : initiativeRows.filter((i) => i.effortAreaId === null).map(strip),
		generalIndicators: filters.principle ? [] : indicatorRows.filter((i) => i.effortAreaId === null).map(stripIndicator)
	};
}
