import type { PageServerLoad } from './$types';
import { authorize } from '$lib/server/auth/policy';
import { database } from '$lib/server/db';
import { listDecisionOverview } from '$lib/server/decisions/decisions';

export const load: PageServerLoad = async ({ locals, url }) => {
	const viewer = authorize(locals, 'portal.read');
	return await listDecisionOverview(database(), viewer, { kind: url.searchParams.get('type') });
};
