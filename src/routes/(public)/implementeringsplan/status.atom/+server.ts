import type { RequestHandler } from './$types';
import { authorize } from '$lib/server/auth/policy';
import { database } from '$lib/server/db';
import { statusFeed } from '$lib/server/plan/status-feed';
import { publicOrigin } from '$lib/server/http/public-origin';

/** An Atom feed of the initiatives' status changes, newest first (the public plan: no viewer-specific content). */
export const GET: RequestHandler = async ({ locals }) => {
	authorize(locals, 'portal.read');
	return new Response(await statusFeed(database(), publicOrigin()), {
		headers: { 'content-type': 'application/atom+xml; charset=utf-8', 'cache-control': 'public, max-age=300' }
	});
};
