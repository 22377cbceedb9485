import type { PageServerLoad } from './$types';
import { authorize } from '$lib/server/auth/policy';
import { database } from '$lib/server/db';
import { getImplementationPlan } from '$lib/server/plan/plan';

export const load: PageServerLoad = async ({ locals }) => {
	authorize(locals, 'portal.read');
	return await getImplementationPlan(database());
};
