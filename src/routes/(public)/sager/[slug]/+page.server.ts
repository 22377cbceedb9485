import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { authorize } from '$lib/server/auth/policy';
import { database } from '$lib/server/db';
import { caseView } from '$lib/server/agenda/case-view';
import { m } from '$lib/paraglide/messages';

// A case's path from body to body: the steps done with their decisions, the steps ahead and the deadline. Meetings,
// items and decisions appear as the reader may see them on the meeting pages.
export const load: PageServerLoad = async ({ locals, params }) => {
	const viewer = authorize(locals, 'portal.read');
	const view = await caseView(database(), params.slug, viewer);
	if (!view) error(404, m.error_not_found());
	return { view };
};
