import type { RequestHandler } from './$types';
import { authorize } from '$lib/server/auth/policy';
import { decisionsFeedResponse } from '$lib/server/feeds/feed-response';

/** A body's new published decisions, as an Atom feed (public content only: the same for every viewer). */
export const GET: RequestHandler = async ({ locals, params }) => {
	authorize(locals, 'portal.read');
	return decisionsFeedResponse('body', params.slug);
};
