import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { authorize, can } from '$lib/server/auth/policy';
import { database } from '$lib/server/db';
import { getInitiative } from '$lib/server/plan/initiatives';
import { m } from '$lib/paraglide/messages';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const viewer = authorize(locals, 'portal.read');
	const initiative = await getInitiative(database(), viewer, Number(params.id));
	if (!initiative) error(404, m.error_not_found());
	// One timeline: the changes and the decisions behind the initiative, newest first.
	const timeline = [
		...initiative.history.map((entry) => ({ at: entry.at, change: entry, decision: null })),
		...initiative.decisions.map((decision) => ({ at: decision.date, change: null, decision }))
	].sort((a, b) => b.at.getTime() - a.at.getTime());
	return { initiative, timeline, canEdit: can(viewer, 'plan.manage'), saved: url.searchParams.has('gemt') };
};
