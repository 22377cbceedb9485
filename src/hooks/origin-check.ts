import { error, type Handle, type RequestEvent } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';

const unsafe = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The page that shows the refusal in the app's own error page (src/routes/afvist). */
export const REFUSAL_PAGE = '/afvist';

/**
 * Addresses a POST may reach from anywhere: the one-click unsubscribe link of subscription mails (RFC 8058), posted
 * by mail clients without an Origin of ours. The token in the address is the whole authority there, so a
 * cross-site post can do nothing its holder could not (docs/subscriptions.md).
 */
const OPEN_TO_ANY_ORIGIN = /^\/abonnement\/afmeld\/[a-z2-7]+$/;

/**
 * SvelteKit checks Origin on form posts only. This refuses any state-changing request whose Origin (or, lacking
 * it, Referer) is another site, whatever its content type, so JSON endpoints are covered as well. The request
 * itself never reaches its route.
 */
export const originCheck: Handle = async ({ event, resolve }) => {
	if (unsafe.has(event.request.method) && !(event.request.method === 'POST' && OPEN_TO_ANY_ORIGIN.test(event.url.pathname))) {
		const origin = event.request.headers.get('origin') ?? refererOrigin(event.request.headers.get('referer'));
		if (origin !== event.url.origin) {
			// A browser gets the app's error page; an error thrown here would get SvelteKit's bare fallback page
			// (English, unstyled). Scripts and enhanced forms (Accept: application/json) get the error as JSON.
			if (wantsPage(event)) return refusalPage(event);
			error(403, m.error_foreign_origin());
		}
	}
	return resolve(event);
};

/** Whether the client asked for a page: text/html accepted, and not after application/json. */
function wantsPage(event: RequestEvent): boolean {
	const accept = event.request.headers.get('accept') ?? '';
	const html = mediaRangeIndex(accept, 'text/html');
	const json = mediaRangeIndex(accept, 'application/json');
	return html >= 0 && (json < 0 || html < json);
}

function mediaRangeIndex(accept: string, type: string): number {
	return accept
		.split(',')
		.map((part) => part.split(';'))
		.findIndex(([range, ...params]) => range.trim().toLowerCase() === type && !params.some((p) => /^\s*q=0(\.0*)?\s*$/.test(p)));
}

/**
 * Renders the refusal page as a sub-request (same cookies: the reader's language and session) and answers with it,
 * status 403. The refused request's body is never read.
 */
async function refusalPage(event: RequestEvent): Promise<Response> {
	const page = await event.fetch(REFUSAL_PAGE, { headers: { accept: 'text/html' } });
	const headers = new Headers(page.headers);
	headers.set('cache-control', 'no-store');
	return new Response(page.body, { status: 403, headers });
}

function refererOrigin(referer: string | null): string | null {
	if (!referer) return null;
	try {
		return new URL(referer).origin;
	} catch {
		return null;
	}
}
