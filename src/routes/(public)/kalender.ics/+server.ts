import type { RequestHandler } from './$types';
import { authorize } from '$lib/server/auth/policy';
import { database } from '$lib/server/db';
import { allPublicFeed } from '$lib/server/calendar/feeds';
import { icsResponse, PUBLIC_FEED_CACHE } from '$lib/server/calendar/feed-response';

/** Every public meeting of every body, and the deadlines, as an iCalendar feed (the same for everyone). */
export const GET: RequestHandler = async ({ locals, url }) => {
	authorize(locals, 'portal.read');
	return icsResponse(await allPublicFeed(database(), { origin: url.origin }), PUBLIC_FEED_CACHE);
};
