import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { publicOrigin } from '$lib/server/http/public-origin';
import { authorize } from '$lib/server/auth/policy';
import { database } from '$lib/server/db';
import { mailConfigured } from '$lib/server/mail/mailer';
import { requestPasswordReset } from '$lib/server/users/password-links-mail';
import { PASSWORD_TOKEN_LIFETIME_MS } from '$lib/server/users/password-tokens';
import { formFields } from '$lib/server/users/form';
import { fieldErrors, forgotPasswordSchema } from '$lib/schemas/auth';

const DAY_MS = 24 * 60 * 60 * 1000;

export const load: PageServerLoad = async ({ locals }) => {
	authorize(locals, 'auth.signIn');
	return { mailEnabled: mailConfigured(), days: Math.round(PASSWORD_TOKEN_LIFETIME_MS / DAY_MS) };
};

export const actions: Actions = {
	default: async ({ locals, request, getClientAddress }) => {
		authorize(locals, 'auth.signIn');
		const values = formFields(await request.formData(), ['email']);
		const parsed = forgotPasswordSchema().safeParse(values);
		if (!parsed.success) return fail(400, { values, errors: fieldErrors(parsed.error) });
		// The same answer whether or not the e-mail has a user, was throttled or could not be mailed, so nobody learns
		// which e-mails have a user. The mail goes out after we answered (its delivery is not awaited), so the
		// response time does not tell either.
		await requestPasswordReset(database(), parsed.data.email, { address: getClientAddress(), origin: publicOrigin() });
		return { requested: parsed.data.email };
	}
};
