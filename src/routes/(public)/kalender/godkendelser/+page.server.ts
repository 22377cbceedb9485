import type { PageServerLoad } from './$types';
import { authorize } from '$lib/server/auth/policy';
import { database } from '$lib/server/db';
import { listApprovalPeriods } from '$lib/server/calendar/approvals';

// The framework agreement's periods, each with its councils' deadline and how many of the 18 have approved.
export const load: PageServerLoad = async ({ locals }) => {
	authorize(locals, 'portal.read');
	return { periods: await listApprovalPeriods(database()) };
};
