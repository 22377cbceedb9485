import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { authorize } from '$lib/server/auth/policy';
import { database } from '$lib/server/db';
import { inspectUnsubscribeToken, unsubscribe } from '$lib/server/subscriptions/subscribe';
import { topicLabel } from '$lib/server/subscriptions/mails';
import { m } from '$lib/paraglide/messages';

// The page shows a button (a link opened by a mail scanner unsubscribes nobody); its form posts here. A mail
// client's one-click POST (RFC 8058, not asking for HTML) is answered by +server.ts beside this file.
export const load: PageServerLoad = async ({ locals, params, setHeaders }) => {
	authorize(locals, 'portal.read');
	setHeaders({ 'cache-control': 'no-store' });
	const state = await inspectUnsubscribeToken(database(), params.token);
	if (state.status !== 'valid') error(404, m.subscription_unsubscribe_unknown());
	return { topic: topicLabel(state.topic, undefined), frequency: state.frequency };
};

export const actions: Actions = {
	default: async ({ locals, params }) => {
		authorize(locals, 'portal.read');
		if (!(await unsubscribe(database(), params.token))) error(404, m.subscription_unsubscribe_unknown());
		redirect(303, '/abonnement?besked=afmeldt');
	}
};
