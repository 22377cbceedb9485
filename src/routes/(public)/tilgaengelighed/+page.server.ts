import type { PageServerLoad } from './$types';
import { authorize } from '$lib/server/auth/policy';

export const load: PageServerLoad = async ({ locals }) => {
	authorize(locals, 'portal.read');
	return {};
};
