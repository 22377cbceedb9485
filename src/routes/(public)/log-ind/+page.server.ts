import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { authorize } from '$lib/server/auth/policy';
import { database } from '$lib/server/db';
import { signIn } from '$lib/server/auth/sign-in';
import { setSessionCookie } from '$lib/server/auth/cookie';
import { signInSchema, fieldErrors } from '$lib/schemas/auth';
import { safeRedirectTarget } from '$lib/server/http/redirect-target';
import { m } from '$lib/paraglide/messages';

export const load: PageServerLoad = async ({ locals, url }) => {
	authorize(locals, 'auth.signIn');
	if (locals.user) redirect(303, safeRedirectTarget(url.searchParams.get('redirectTo')));
	// Set by /adgangskode/[token] after a new password was saved.
	return { passwordSet: url.searchParams.get('adgangskode') === 'gemt' };
};

export const actions: Actions = {
	default: async ({ locals, request, cookies, url, getClientAddress }) => {
		authorize(locals, 'auth.signIn');
		const form = await request.formData();
		const email = String(form.get('email') ?? '');
		const parsed = signInSchema().safeParse({ email, password: String(form.get('password') ?? '') });
		if (!parsed.success) return fail(400, { email, errors: fieldErrors(parsed.error) });
		const result = await signIn(database(), parsed.data.email, parsed.data.password, getClientAddress());
		if (!result.ok) {
			const message =
				result.reason === 'throttled' ? m.sign_in_throttled({ minutes: result.minutes }) : m.sign_in_failed();
			const errors: Record<string, string> = { form: message };
			return fail(result.reason === 'throttled' ? 429 : 400, { email, errors });
		}
		setSessionCookie({ cookies, url }, result.token);
		redirect(303, safeRedirectTarget(url.searchParams.get('redirectTo')));
	}
};
