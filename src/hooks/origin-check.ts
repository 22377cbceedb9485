import { error, type Handle } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';

const unsafe = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * SvelteKit checks Origin on form posts only. This refuses any state-changing request whose Origin (or, lacking
 * it, Referer) is another site, whatever its content type, so JSON endpoints are covered as well.
 */
export const originCheck: Handle = async ({ event, resolve }) => {
	if (unsafe.has(event.request.method)) {
		const origin = event.request.headers.get('origin') ?? refererOrigin(event.request.headers.get('referer'));
		if (origin !== event.url.origin) {
			error(403, m.error_foreign_origin());
		}
	}
	return resolve(event);
};

function refererOrigin(referer: string | null): string | null {
	if (!referer) return null;
	try {
		return new URL(referer).origin;
	} catch {
		return null;
	}
}
