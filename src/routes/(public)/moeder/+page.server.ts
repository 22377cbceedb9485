import type { PageServerLoad } from './$types';
import { authorize, can } from '$lib/server/auth/policy';
import { database } from '$lib/server/db';
import { listMeetings } from '$lib/server/meetings/meetings';

export const load: PageServerLoad = async ({ locals, url }) => {
	const viewer = authorize(locals, 'portal.read');
	const bodySlug = url.searchParams.get('organ') || null;
	return {
		...(await listMeetings(database(), viewer, { bodySlug })),
		bodySlug,
		// "Opret møde" for the secretariat, with the filtered body prefilled.
		createLink: can(viewer, 'calendar.manage')
	};
};
