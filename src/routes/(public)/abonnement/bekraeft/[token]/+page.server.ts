import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { authorize } from '$lib/server/auth/policy';
import { database } from '$lib/server/db';
import { confirmSubscription, inspectConfirmToken, type TokenState } from '$lib/server/subscriptions/subscribe';
import { topicLabel } from '$lib/server/subscriptions/mails';
import { m } from '$lib/paraglide/messages';

/** An unknown (forged, used) link is a 404, an expired one a 410 (its row is deleted): a Danish sentence either way. */
function refuse(state: Exclude<TokenState, { status: 'valid' }>): never {
	if (state.status === 'expired') error(410, m.subscription_link_expired());
	error(404, m.subscription_link_unknown());
}

// Opening the link only shows a button: mail scanners that fetch links confirm nothing.
export const load: PageServerLoad = async ({ locals, params, setHeaders }) => {
	authorize(locals, 'portal.read');
	setHeaders({ 'cache-control': 'no-store' });
	const state = await inspectConfirmToken(database(), params.token);
	if (state.status !== 'valid') refuse(state);
	return { topic: topicLabel(state.topic, undefined), frequency: state.frequency };
};

export const actions: Actions = {
	default: async ({ locals, params }) => {
		authorize(locals, 'portal.read');
		const state = await confirmSubscription(database(), params.token);
		if (state.status !== 'valid') refuse(state);
		redirect(303, '/abonnement?besked=bekraeftet');
	}
};
