import { redirect } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { authorize } from '$lib/server/auth/policy';
import { cookieName, cookieMaxAge, isLocale, baseLocale } from '$lib/paraglide/runtime';
import { safeRedirectTarget } from '$lib/server/http/redirect-target';

/** The language switch: a form post that sets Paraglide's cookie and returns to the same page. */
export const POST: RequestHandler = async ({ locals, request, cookies, url }) => {
	authorize(locals, 'portal.read');
	const form = await request.formData();
	const requested = String(form.get('locale') ?? '');
	const locale = isLocale(requested) ? requested : baseLocale;
	cookies.set(cookieName, locale, { path: '/', maxAge: cookieMaxAge, httpOnly: false, sameSite: 'lax', secure: url.protocol === 'https:' });
	redirect(303, safeRedirectTarget(String(form.get('redirectTo') ?? '/')));
};
