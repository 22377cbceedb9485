import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { authorize, can } from '$lib/server/auth/policy';
import { database } from '$lib/server/db';
import { indicatorBySlug } from '$lib/server/indicators/definitions';
import { chartData } from '$lib/server/indicators/charts';
import { kommuner } from '$lib/server/indicators/reporting';
import { effortAreas } from '$lib/server/db/schema';
import { eq } from 'drizzle-orm';
import { m } from '$lib/paraglide/messages';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const viewer = authorize(locals, 'portal.read');
	const db = database();
	const indicator = await indicatorBySlug(db, params.slug);
	if (!indicator) error(404, m.error_not_found());
	const highlight = url.searchParams.get('kommune')?.trim() || null;
	const [data, municipalities, area] = await Promise.all([
		chartData(db, indicator, highlight),
		kommuner(db),
		indicator.effortAreaId ? db.select({ number: effortAreas.number, title: effortAreas.title }).from(effortAreas).where(eq(effortAreas.id, indicator.effortAreaId)) : []
	]);
	return { indicator, chart: data, municipalities, area: area[0] ?? null, canEdit: can(viewer, 'plan.manage') };
};
