import type { RequestHandler } from './$types';
import { authorize } from '$lib/server/auth/policy';
import { database } from '$lib/server/db';
import { unsubscribe } from '$lib/server/subscriptions/subscribe';
import { m } from '$lib/paraglide/messages';

/**
 * One-click unsubscribe (RFC 8058): the mail client POSTs `List-Unsubscribe=One-Click` to the link of the
 * List-Unsubscribe header, without a page, a cookie or an Origin of ours (src/hooks/origin-check.ts lets this path
 * through: the token in the address is the whole authority). Browsers' form posts ask for HTML and reach the page's
 * action instead (SvelteKit sends a POST to +server.ts unless it prefers text/html).
 */
export const POST: RequestHandler = async ({ locals, params }) => {
	authorize(locals, 'portal.read');
	const done = await unsubscribe(database(), params.token);
	return new Response(done ? m.subscription_unsubscribed_notice() : m.subscription_unsubscribe_unknown(), {
		status: done ? 200 : 404,
		headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' }
	});
};
