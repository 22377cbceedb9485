import { error, fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '$lib/server/auth/policy';
import { database } from '$lib/server/db';
import { getUser } from '$lib/server/users/users';
import { changePassword } from '$lib/server/users/account';
import { formFields } from '$lib/server/users/form';
import { changePasswordSchema } from '$lib/schemas/users';
import { fieldErrors } from '$lib/schemas/auth';
import { m } from '$lib/paraglide/messages';

export const load: PageServerLoad = async ({ locals, url }) => {
	const me = requireUser(locals, 'account.manage', undefined, url);
	const user = await getUser(database(), me.id);
	if (!user) error(404, m.admin_error_user_not_found());
	const { id, name, email, role, municipality, memberships } = user;
	return { account: { id, name, email, role, municipality, memberships: memberships.filter((ms) => ms.current) } };
};

export const actions: Actions = {
	default: async ({ locals, request, url, getClientAddress }) => {
		const me = requireUser(locals, 'account.manage', undefined, url);
		// Passwords are never sent back to the page, not even on an error.
		const values = formFields(await request.formData(), ['currentPassword', 'newPassword', 'repeatPassword']);
		const parsed = changePasswordSchema().safeParse(values);
		if (!parsed.success) return fail(400, { errors: fieldErrors(parsed.error) });
		const outcome = await changePassword(
			database(),
			me.id,
			parsed.data.currentPassword,
			parsed.data.newPassword,
			locals.sessionId,
			{ address: getClientAddress() }
		);
		if (!outcome.ok) {
			if (outcome.notFound) error(404, m.admin_error_user_not_found());
			// The only form-wide failure is the sign-in throttle.
			return fail(outcome.errors.form ? 429 : 400, { errors: outcome.errors });
		}
		return { success: m.account_password_changed() };
	}
};
