import { error, fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { publicOrigin } from '$lib/server/http/public-origin';
import { requireUser } from '$lib/server/auth/policy';
import { database } from '$lib/server/db';
import {
	addMembership,
	disableUser,
	enableUser,
	endMembership,
	getUser,
	setRole,
	userFormOptions
} from '$lib/server/users/users';
import { sendPasswordLink } from '$lib/server/users/password-links-mail';
import { mailConfigured } from '$lib/server/mail/mailer';
import type { Outcome } from '$lib/server/users/outcome';
import { formFields, linkDeliveryView } from '$lib/server/users/form';
import { addMembershipSchema, disableUserSchema, endMembershipSchema, setRoleSchema } from '$lib/schemas/users';
import { parseId } from '$lib/id';
import { fieldErrors } from '$lib/schemas/auth';
import { formatMeetingTime } from '$lib/format/date';
import { dateLocale } from '$lib/format/locale';
import { m } from '$lib/paraglide/messages';

type Section = 'role' | 'addMembership' | 'endMembership' | 'link' | 'disable' | 'enable';

/** The user id from the URL; anything that is not one is a page that does not exist. */
function userId(param: string): number {
	const id = parseId(param);
	if (id === null) error(404, m.admin_error_user_not_found());
	return id;
}

/** Maps a domain outcome to the page: 404 for a missing user, 400 with Danish messages, or the success text. */
function answer<T>(section: Section, outcome: Outcome<T>, success: string, values?: Record<string, string>) {
	if (outcome.ok) return { section, success };
	if (outcome.notFound) error(404, m.admin_error_user_not_found());
	return fail(400, { section, errors: outcome.errors, values });
}

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const me = requireUser(locals, 'admin.users', undefined, url);
	const db = database();
	const user = await getUser(db, userId(params.id));
	if (!user) error(404, m.admin_error_user_not_found());
	const { bodies } = await userFormOptions(db);
	const locale = dateLocale();
	return {
		user,
		bodies,
		isSelf: user.id === me.id,
		mailEnabled: mailConfigured(),
		pendingLinkExpires: user.pendingLink ? formatMeetingTime(user.pendingLink.expiresAt, null, locale) : null
	};
};

export const actions: Actions = {
	role: async ({ locals, params, request, url }) => {
		const me = requireUser(locals, 'admin.users', undefined, url);
		const id = userId(params.id);
		const values = formFields(await request.formData(), ['role']);
		const parsed = setRoleSchema().safeParse(values);
		if (!parsed.success) return fail(400, { section: 'role', errors: fieldErrors(parsed.error), values });
		return answer('role', await setRole(database(), id, parsed.data.role, { by: me.id }), m.admin_role_saved(), values);
	},

	addMembership: async ({ locals, params, request, url }) => {
		requireUser(locals, 'admin.users', undefined, url);
		const id = userId(params.id);
		const values = formFields(await request.formData(), ['bodyId', 'membershipRole', 'validFrom', 'validTo', 'note']);
		const parsed = addMembershipSchema().safeParse(values);
		if (!parsed.success) return fail(400, { section: 'addMembership', errors: fieldErrors(parsed.error), values });
		return answer('addMembership', await addMembership(database(), id, parsed.data), m.admin_membership_added(), values);
	},

	endMembership: async ({ locals, params, request, url }) => {
		requireUser(locals, 'admin.users', undefined, url);
		const id = userId(params.id);
		const values = formFields(await request.formData(), ['membershipId', 'lastDay']);
		const parsed = endMembershipSchema().safeParse(values);
		if (!parsed.success) return fail(400, { section: 'endMembership', errors: fieldErrors(parsed.error), values });
		return answer('endMembership', await endMembership(database(), id, parsed.data), m.admin_membership_ended(), values);
	},

	link: async ({ locals, params, url }) => {
		const me = requireUser(locals, 'admin.users', undefined, url);
		const id = userId(params.id);
		const outcome = await sendPasswordLink(database(), id, { by: me.id, origin: publicOrigin() });
		if (!outcome.ok) return answer('link', outcome, '');
		return { section: 'link' as const, link: linkDeliveryView(outcome.value, dateLocale()) };
	},

	disable: async ({ locals, params, request, url }) => {
		const me = requireUser(locals, 'admin.users', undefined, url);
		const id = userId(params.id);
		const values = formFields(await request.formData(), ['confirm']);
		const parsed = disableUserSchema().safeParse(values);
		if (!parsed.success) return fail(400, { section: 'disable', errors: fieldErrors(parsed.error) });
		return answer('disable', await disableUser(database(), id, { by: me.id }), m.admin_disabled_done());
	},

	enable: async ({ locals, params, url }) => {
		requireUser(locals, 'admin.users', undefined, url);
		const id = userId(params.id);
		return answer('enable', await enableUser(database(), id), m.admin_enabled_done());
	}
};
