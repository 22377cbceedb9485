import type { PageServerLoad } from './$types';
import { authorize } from '$lib/server/auth/policy';
import { database } from '$lib/server/db';
import { listBodies } from '$lib/server/bodies/bodies';

export const load: PageServerLoad = async ({ locals }) => {
	authorize(locals, 'portal.read');
	return { groups: await listBodies(database()) };
};
