import type { PageServerLoad } from './$types';
import { authorize } from '$lib/server/auth/policy';

export const load: PageServerLoad = async ({ locals, url }) => {
	authorize(locals, 'admin.users', undefined, url);
	return {};
};
