import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { authorize, can } from '$lib/server/auth/policy';
import { database } from '$lib/server/db';
import { getImplementationPlan } from '$lib/server/plan/plan';
import { parsePlanFilters, planFilterOptions } from '$lib/server/plan/filters';
import { indicatorCharts } from '$lib/server/indicators/charts';

export const load: PageServerLoad = async ({ locals, url }) => {
	const viewer = authorize(locals, 'portal.read');
	const parsed = await parsePlanFilters(database(), url.searchParams);
	if (!parsed.ok) error(400, parsed.message);
	const [plan, options] = await Promise.all([getImplementationPlan(database(), viewer, parsed.filters), planFilterOptions(database())]);
	// The charts of the indicators shown, with the chosen municipality highlighted.
	const shown = [...plan.principles.flatMap((p) => p.effortAreas.flatMap((a) => a.indicators)), ...plan.generalIndicators];
	const charts = await indicatorCharts(database(), shown.map((i) => i.slug), parsed.filters.municipality ?? null);
	return { ...plan, charts, filters: parsed.filters, options, canEdit: can(viewer, 'plan.manage'), query: url.search };
};
