import type { PageServerLoad } from './$types';
import { authorize } from '$lib/server/auth/policy';
import { database } from '$lib/server/db';
import { listFocusAreas } from '$lib/server/focus-areas/focus-areas';

export const load: PageServerLoad = async ({ locals }) => {
	authorize(locals, 'portal.read');
	return { periods: await listFocusAreas(database()) };
};
