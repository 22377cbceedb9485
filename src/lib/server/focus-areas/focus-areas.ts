// Focus areas (fokusområder) by agreement period, with owners (tovholdere) and areas of effort.
import { asc, desc, eq, inArray } from 'drizzle-orm';
import {
	agreementPeriods,
	focusAreaEfforts,
	focusAreaOwners,
	focusAreas,
	municipalities,
	type focusAreaStatus
} from '../db/schema';
import type { Db } from '../db/types';

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
	owners: { slug: string; name: string }[];
	efforts: { id: number; position: number; title: string; description: string }[];
}

export interface FocusAreaPeriod {
	/** The agreement period the areas were adopted in, e.g. "2025-26". */
	label: string;
	/** How the agreement names the span, e.g. "2021-22, forlænget til 2023-24". */
	periodLabel: string;
	areas: FocusAreaView[];
}

/** Focus areas grouped by agreement period, newest period first, areas by number. */
export async function listFocusAreas(db: Db): Promise<FocusAreaPeriod[]> {
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
	const [owners, efforts] = await Promise.all([
		db
			.select({ focusAreaId: focusAreaOwners.focusAreaId, slug: municipalities.slug, name: municipalities.name })
			.from(focusAreaOwners)
			.innerJoin(municipalities, eq(municipalities.id, focusAreaOwners.municipalityId))
			.where(inArray(focusAreaOwners.focusAreaId, ids))
			.orderBy(asc(municipalities.name)),
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
			owners: owners.filter((o) => o.focusAreaId === area.id).map(({ slug, name }) => ({ slug, name })),
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
