import type { PageServerLoad } from './$types';
import { authorize } from '$lib/server/auth/policy';
import { database } from '$lib/server/db';
import { getGovernanceCalendar } from '$lib/server/calendar/calendar';

export const load: PageServerLoad = async ({ locals }) => {
	const viewer = authorize(locals, 'portal.read');
	return await getGovernanceCalendar(database(), viewer);
};
