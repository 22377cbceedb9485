// The implementation plan (implementeringsplan) of the 2025 programme: principles → areas of effort →
// initiatives (prøvehandlinger) and indicators.
import { asc, eq } from 'drizzle-orm';
import { agreementPeriods, effortAreas, indicators, initiatives, principles, type initiativeStatus } from '../db/schema';
import type { Db } from '../db/types';

export type InitiativeStatus = (typeof initiativeStatus.enumValues)[number];

export interface InitiativeView {
	id: number;
	title: string;
	description: string;
	owner: string;
	deadline: string | null;
	resources: string;
	status: InitiativeStatus;
}

export interface IndicatorView {
	id: number;
	slug: string;
	title: string;
	description: string;
	unit: string;
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
	owner: initiatives.owner,
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
	unit: indicators.unit
};

export async function getImplementationPlan(db: Db): Promise<ImplementationPlan> {
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
			.orderBy(asc(initiatives.deadline), asc(initiatives.id)),
		db.select(indicatorColumns).from(indicators).orderBy(asc(indicators.title))
	]);
	const strip = <T extends { effortAreaId: number | null }>({ effortAreaId: _effortAreaId, ...rest }: T) => rest;
	return {
		principles: principleRows.map((p) => ({
			...p,
			effortAreas: areaRows
				.filter((a) => a.principleId === p.id)
				.map(({ principleId: _principleId, ...a }) => ({
					...a,
					initiatives: initiativeRows.filter((i) => i.effortAreaId === a.id).map(strip),
					indicators: indicatorRows.filter((i) => i.effortAreaId === a.id).map(strip)
				}))
		})),
		generalInitiatives: initiativeRows.filter((i) => i.effortAreaId === null).map(strip),
		generalIndicators: indicatorRows.filter((i) => i.effortAreaId === null).map(strip)
	};
}
