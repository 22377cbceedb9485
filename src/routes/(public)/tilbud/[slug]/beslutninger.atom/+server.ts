import type { RequestHandler } from './$types';
import { authorize } from '$lib/server/auth/policy';
import { decisionsFeedResponse } from '$lib/server/feeds/feed-response';

/** New published decisions linked to an offer, as an Atom feed (public content only: the same for every viewer). */
export const GET: RequestHandler = async ({ locals, params }) => {
	authorize(locals, 'portal.read');
	return decisionsFeedResponse('offer', params.slug);
};
