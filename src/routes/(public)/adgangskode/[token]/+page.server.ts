import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { authorize } from '$lib/server/auth/policy';
import { database } from '$lib/server/db';
import { acceptPasswordToken, inspectPasswordToken, passwordTokenMessage } from '$lib/server/users/password-tokens';
import { formFields } from '$lib/server/users/form';
import { setPasswordSchema } from '$lib/schemas/users';
import { fieldErrors } from '$lib/schemas/auth';

export const load: PageServerLoad = async ({ locals, params, setHeaders }) => {
	authorize(locals, 'auth.signIn');
	// The token is in the URL: keep the page out of caches.
	setHeaders({ 'cache-control': 'no-store' });
	const state = await inspectPasswordToken(database(), params.token);
	if (state.status !== 'valid') return { valid: false as const, problem: passwordTokenMessage(state.status) };
	return { valid: true as const, purpose: state.purpose, name: state.name, email: state.email };
};

export const actions: Actions = {
	default: async ({ locals, params, request }) => {
		authorize(locals, 'auth.signIn');
		const values = formFields(await request.formData(), ['newPassword', 'repeatPassword']);
		const parsed = setPasswordSchema().safeParse(values);
		if (!parsed.success) return fail(400, { errors: fieldErrors(parsed.error) });
		const outcome = await acceptPasswordToken(database(), params.token, parsed.data.newPassword);
		if (!outcome.ok) return fail(400, { errors: outcome.errors });
		redirect(303, '/log-ind?adgangskode=gemt');
	}
};
