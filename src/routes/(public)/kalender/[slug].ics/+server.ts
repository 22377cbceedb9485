import type { RequestHandler } from './$types';
import { authorize } from '$lib/server/auth/policy';
import { database } from '$lib/server/db';
import { bodyPublicFeed } from '$lib/server/calendar/feeds';
import { feedNotFound, icsResponse, PUBLIC_FEED_CACHE } from '$lib/server/calendar/feed-response';
import { m } from '$lib/paraglide/messages';

/** One body's public meetings as an iCalendar feed (the same for everyone). */
export const GET: RequestHandler = async ({ locals, params, url }) => {
	authorize(locals, 'portal.read');
	const feed = await bodyPublicFeed(database(), params.slug, { origin: url.origin });
	if (!feed) return feedNotFound(m.calendar_feed_unknown_body());
	return icsResponse(feed, PUBLIC_FEED_CACHE);
};
