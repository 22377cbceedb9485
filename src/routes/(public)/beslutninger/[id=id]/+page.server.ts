import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { authorize, can } from '$lib/server/auth/policy';
import { database } from '$lib/server/db';
import { decisionPage } from '$lib/server/decisions/decision-page';
import { m } from '$lib/paraglide/messages';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const viewer = authorize(locals, 'portal.read');
	const page = await decisionPage(database(), viewer, Number(params.id));
	if (!page) error(404, m.error_not_found());
	return {
		...page,
		canCorrect: can(viewer, 'decision.correct'),
		canSummarize: can(viewer, 'decision.summarize'),
		summaryNotice: (['gemt', 'fjernet'] as const).find((v) => v === url.searchParams.get('resume')) ?? null,
		canManageFollowUp: can(viewer, 'followUp.manage'),
		corrected: url.searchParams.has('rettet')
	};
};
