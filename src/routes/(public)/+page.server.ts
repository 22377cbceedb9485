import type { PageServerLoad } from './$types';
import { authorize } from '$lib/server/auth/policy';
import { database } from '$lib/server/db';
import { getFrontPage } from '$lib/server/meetings/meetings';

export const load: PageServerLoad = async ({ locals }) => {
	const viewer = authorize(locals, 'portal.read');
	return await getFrontPage(database(), viewer);
};
