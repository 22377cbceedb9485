import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { publicOrigin } from '$lib/server/http/public-origin';
import { authorize, requireUser } from '$lib/server/auth/policy';
import { database } from '$lib/server/db';
import { createUser, listUsers, userFormOptions } from '$lib/server/users/users';
import { sendPasswordLink } from '$lib/server/users/password-links-mail';
import { mailConfigured } from '$lib/server/mail/mailer';
import { formFields, linkDeliveryView } from '$lib/server/users/form';
import { createUserSchema } from '$lib/schemas/users';
import { fieldErrors } from '$lib/schemas/auth';
import { dateLocale } from '$lib/format/locale';

const CREATE_FIELDS = ['name', 'email', 'role', 'municipalityId', 'personId', 'bodyId', 'membershipRole', 'validFrom'] as const;

export const load: PageServerLoad = async ({ locals, url }) => {
	authorize(locals, 'admin.users', undefined, url);
	const db = database();
	const [users, options] = await Promise.all([listUsers(db), userFormOptions(db)]);
	return { users, options, mailEnabled: mailConfigured() };
};

export const actions: Actions = {
	default: async ({ locals, request, url }) => {
		const me = requireUser(locals, 'admin.users', undefined, url);
		const values = formFields(await request.formData(), CREATE_FIELDS);
		const parsed = createUserSchema().safeParse(values);
		if (!parsed.success) return fail(400, { values, errors: fieldErrors(parsed.error) });
		const db = database();
		const created = await createUser(db, parsed.data);
		if (!created.ok) return fail(400, { values, errors: created.errors });
		// The invitation goes by e-mail when a mail server is set up; otherwise (or if sending fails) the admin
		// gets the link to copy, shown this once.
		const link = await sendPasswordLink(db, created.value.id, { by: me.id, origin: publicOrigin() });
		if (!link.ok) return fail(400, { values, errors: link.errors });
		return {
			created: { id: created.value.id, name: parsed.data.name, ...linkDeliveryView(link.value, dateLocale()) }
		};
	}
};
