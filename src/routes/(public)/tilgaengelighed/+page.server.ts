import type { PageServerLoad } from './$types';
import { authorize } from '$lib/server/auth/policy';
import { accessibilityContact, LAST_AUTOMATED_CHECK } from '$lib/server/accessibility/statement';

export const load: PageServerLoad = async ({ locals }) => {
	authorize(locals, 'portal.read');
	return { contact: accessibilityContact(), lastAutomatedCheck: LAST_AUTOMATED_CHECK };
};
