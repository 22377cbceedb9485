import type { RequestHandler } from './$types';
import { authorize } from '$lib/server/auth/policy';
import { decisionsFeedResponse } from '$lib/server/feeds/feed-response';

/** Every new published decision, as an Atom feed (public content only: the same for every viewer). */
export const GET: RequestHandler = async ({ locals }) => {
	authorize(locals, 'portal.read');
	return decisionsFeedResponse('all', null);
};
