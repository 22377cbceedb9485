// The status page's filters from the query string (a plain GET form): a principle's number, a status, a
// municipality's slug. An unknown value is a 400 with a Danish message naming it, not an empty page.
import { asc, eq } from 'drizzle-orm';
import { municipalities, principles } from '../db/schema';
import type { Db } from '../db/types';
import { INITIATIVE_STATUSES, type InitiativeStatus, type PlanFilters } from './plan';
import { m } from '$lib/paraglide/messages';

export type FilterOutcome = { ok: true; filters: PlanFilters } | { ok: false; message: string };

export async function parsePlanFilters(db: Db, params: URLSearchParams): Promise<FilterOutcome> {
	const filters: PlanFilters = {};
	const principle = params.get('princip')?.trim();
	if (principle) {
		const [row] = /^\d{1,2}$/.test(principle) ? await db.select({ n: principles.number }).from(principles).where(eq(principles.number, Number(principle))) : [];
		if (!row) return { ok: false, message: m.plan_filter_error({ field: m.plan_filter_principle(), value: principle.slice(0, 40) }) };
		filters.principle = row.n;
	}
	const status = params.get('status')?.trim();
	if (status) {
		if (!INITIATIVE_STATUSES.includes(status as InitiativeStatus)) return { ok: false, message: m.plan_filter_error({ field: m.plan_filter_status(), value: status.slice(0, 40) }) };
		filters.status = status as InitiativeStatus;
	}
	const municipality = params.get('kommune')?.trim();
	if (municipality) {
		const [row] = await db.select({ slug: municipalities.slug }).from(municipalities).where(eq(municipalities.slug, municipality));
		if (!row) return { ok: false, message: m.plan_filter_error({ field: m.plan_filter_municipality(), value: municipality.slice(0, 40) }) };
		filters.municipality = row.slug;
	}
	return { ok: true, filters };
}

/** The choices of the filter form. */
export async function planFilterOptions(db: Db) {
	const [principleRows, municipalityRows] = await Promise.all([
		db.select({ number: principles.number, title: principles.title }).from(principles).orderBy(asc(principles.number)),
		db.select({ slug: municipalities.slug, name: municipalities.name }).from(municipalities).orderBy(asc(municipalities.name))
	]);
	return { principles: principleRows, municipalities: municipalityRows, statuses: INITIATIVE_STATUSES };
}
