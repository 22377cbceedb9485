import type { PageServerLoad } from './$types';
import { authorize } from '$lib/server/auth/policy';
import { database } from '$lib/server/db';
import { listNetworkGroups } from '$lib/server/network-groups/network-groups';

export const load: PageServerLoad = async ({ locals }) => {
	authorize(locals, 'portal.read');
	return { groups: await listNetworkGroups(database()) };
};
