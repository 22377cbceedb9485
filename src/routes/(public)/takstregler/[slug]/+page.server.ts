import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { authorize } from '$lib/server/auth/policy';
import { can } from '$lib/server/auth/policy';
import { database } from '$lib/server/db';
import { tariffRulePage } from '$lib/server/tariffs/versions';
import { m } from '$lib/paraglide/messages';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const viewer = authorize(locals, 'portal.read');
	const rule = await tariffRulePage(database(), params.slug, viewer);
	if (!rule) error(404, m.error_not_found());
	const saved = Number(url.searchParams.get('gemt')) || null;
	return { rule, canEdit: can(viewer, 'tariffRule.edit'), saved };
};
