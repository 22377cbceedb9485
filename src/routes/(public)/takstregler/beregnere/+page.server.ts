import type { PageServerLoad } from './$types';
import { authorize } from '$lib/server/auth/policy';
import { calculatorSummaries } from '$lib/server/tariffs/calculators/catalogue';

export const load: PageServerLoad = async ({ locals }) => {
	authorize(locals, 'portal.read');
	return { calculators: calculatorSummaries() };
};
