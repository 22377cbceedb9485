import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { authorize, requireUser } from '$lib/server/auth/policy';
import { database } from '$lib/server/db';
import { createUser, listUsers, userFormOptions } from '$lib/server/users/users';
import { createInvitation } from '$lib/server/users/password-tokens';
import { formFields, passwordLinkUrl } from '$lib/server/users/form';
import { createUserSchema } from '$lib/schemas/users';
import { fieldErrors } from '$lib/schemas/auth';
import { formatMeetingTime } from '$lib/format/date';
import { dateLocale } from '$lib/format/locale';

const CREATE_FIELDS = ['name', 'email', 'role', 'municipalityId', 'personId', 'bodyId', 'membershipRole', 'validFrom'] as const;

export const load: PageServerLoad = async ({ locals, url }) => {
	authorize(locals, 'admin.users', undefined, url);
	const db = database();
	const [users, options] = await Promise.all([listUsers(db), userFormOptions(db)]);
	return { users, options };
};

export const actions: Actions = {
	default: async ({ locals, request, url }) => {
		requireUser(locals, 'admin.users', undefined, url);
		const values = formFields(await request.formData(), CREATE_FIELDS);
		const parsed = createUserSchema().safeParse(values);
		if (!parsed.success) return fail(400, { values, errors: fieldErrors(parsed.error) });
		const db = database();
		const created = await createUser(db, parsed.data);
		if (!created.ok) return fail(400, { values, errors: created.errors });
		const link = await createInvitation(db, created.value.id);
		if (!link.ok) return fail(400, { values, errors: link.errors });
		return {
			created: {
				id: created.value.id,
				name: parsed.data.name,
				email: parsed.data.email,
				link: passwordLinkUrl(url.origin, link.value.token),
				expires: formatMeetingTime(link.value.expiresAt, null, dateLocale())
			}
		};
	}
};
