import type { PageServerLoad } from './$types';
import { authorize, can } from '$lib/server/auth/policy';
import { database } from '$lib/server/db';
import { listFocusAreas } from '$lib/server/focus-areas/focus-areas';

export const load: PageServerLoad = async ({ locals }) => {
	const viewer = authorize(locals, 'portal.read');
	return { periods: await listFocusAreas(database(), viewer), canEdit: can(viewer, 'plan.manage') };
};
