import { error, fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '$lib/server/auth/policy';
import { database } from '$lib/server/db';
import { getUser } from '$lib/server/users/users';
import { changePassword } from '$lib/server/users/account';
import { createFeedToken, feedTokenCreatedAt, revokeFeedToken } from '$lib/server/calendar/feed-tokens';
import { formFields } from '$lib/server/users/form';
import { changePasswordSchema } from '$lib/schemas/users';
import { fieldErrors } from '$lib/schemas/auth';
import { m } from '$lib/paraglide/messages';

export const load: PageServerLoad = async ({ locals, url }) => {
	const me = requireUser(locals, 'account.manage', undefined, url);
	const user = await getUser(database(), me.id);
	if (!user) error(404, m.admin_error_user_not_found());
	const { id, name, email, role, municipality, memberships } = user;
	return {
		account: { id, name, email, role, municipality, memberships: memberships.filter((ms) => ms.current) },
		feedCreatedAt: await feedTokenCreatedAt(database(), me.id)
	};
};

export const actions: Actions = {
	password: async ({ locals, request, url, getClientAddress }) => {
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
	},
	/** A new personal calendar link, replacing the old one; shown once, in this answer only. */
	createFeed: async ({ locals, url, setHeaders }) => {
		const me = requireUser(locals, 'account.manage', undefined, url);
		const token = await createFeedToken(database(), me.id);
		// The answer carries the secret: no cache may keep it.
		setHeaders({ 'cache-control': 'no-store' });
		return { feedUrl: `${url.origin}/kalender/personlig/${token}.ics` };
	},
	revokeFeed: async ({ locals, url }) => {
		const me = requireUser(locals, 'account.manage', undefined, url);
		await revokeFeedToken(database(), me.id);
		return { feedRevoked: true as const };
	}
};
