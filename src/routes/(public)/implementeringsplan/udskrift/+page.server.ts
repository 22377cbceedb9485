import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { authorize } from '$lib/server/auth/policy';
import { database } from '$lib/server/db';
import { getImplementationPlan } from '$lib/server/plan/plan';
import { parsePlanFilters } from '$lib/server/plan/filters';
import { indicatorCharts } from '$lib/server/indicators/charts';
import { isoDateInCopenhagen } from '$lib/format/date';

/** The status page for paper: the same plan and filters, everything unfolded, no forms or navigation. */
export const load: PageServerLoad = async ({ locals, url }) => {
	const viewer = authorize(locals, 'portal.read');
	const parsed = await parsePlanFilters(database(), url.searchParams);
	if (!parsed.ok) error(400, parsed.message);
	const plan = await getImplementationPlan(database(), viewer, parsed.filters);
	const shown = [...plan.principles.flatMap((p) => p.effortAreas.flatMap((a) => a.indicators)), ...plan.generalIndicators];
	const charts = await indicatorCharts(database(), shown.map((i) => i.slug), parsed.filters.municipality ?? null);
	return { plan, charts, today: isoDateInCopenhagen(new Date()) };
};
