import type { PageServerLoad } from './$types';
import { authorize } from '$lib/server/auth/policy';
import { database } from '$lib/server/db';
import { listTariffRules } from '$lib/server/tariffs/tariffs';

export const load: PageServerLoad = async ({ locals }) => {
	const viewer = authorize(locals, 'portal.read');
	return { sections: await listTariffRules(database(), viewer) };
};
