import type { LayoutServerLoad } from './$types';
import { authorize, can } from '$lib/server/auth/policy';
import { getLocale } from '$lib/paraglide/runtime';

export const load: LayoutServerLoad = async ({ locals }) => {
	const user = authorize(locals, 'portal.read');
	return {
		user: user && { name: user.name, role: user.role },
		canAdmin: can(user, 'admin.users'),
		locale: getLocale()
	};
};
