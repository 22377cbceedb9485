import type { RequestHandler } from './$types';
import { authorize } from '$lib/server/auth/policy';
import { database } from '$lib/server/db';
import { personalFeed } from '$lib/server/calendar/feeds';
import { feedNotFound, icsResponse, PERSONAL_FEED_CACHE } from '$lib/server/calendar/feed-response';
import { m } from '$lib/paraglide/messages';

/**
 * A user's personal feed: the token in the address is the credential (calendar programs send no cookie). A
 * malformed, unknown or revoked token, or a disabled user: 404 with a sentence saying what to do.
 */
export const GET: RequestHandler = async ({ locals, params, url }) => {
	authorize(locals, 'portal.read');
	const feed = await personalFeed(database(), params.token, { origin: url.origin });
	if (!feed) return feedNotFound(m.calendar_feed_invalid_token());
	return icsResponse(feed, PERSONAL_FEED_CACHE);
};
