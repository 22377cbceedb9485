import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { authorize } from '$lib/server/auth/policy';
import { database } from '$lib/server/db';
import { getImplementationPlan } from '$lib/server/plan/plan';
import { parsePlanFilters } from '$lib/server/plan/filters';
import { isoDateInCopenhagen } from '$lib/format/date';

/** The status page for paper: the same plan and filters, everything unfolded, no forms or navigation. */
export const load: PageServerLoad = async ({ locals, url }) => {
	const viewer = authorize(locals, 'portal.read');
	const parsed = await parsePlanFilters(database(), url.searchParams);
	if (!parsed.ok) error(400, parsed.message);
	return { plan: await getImplementationPlan(database(), viewer, parsed.filters), today: isoDateInCopenhagen(new Date()) };
};
