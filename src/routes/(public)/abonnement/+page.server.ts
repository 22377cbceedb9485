import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { authorize } from '$lib/server/auth/policy';
import { database } from '$lib/server/db';
import { mailConfigured } from '$lib/server/mail/mailer';
import { publicOrigin } from '$lib/server/http/public-origin';
import { formFields } from '$lib/server/users/form';
import { subscribe } from '$lib/server/subscriptions/subscribe';
import { ALL, parseTopicValue, topicOptions, topicPaths, topicValue } from '$lib/server/subscriptions/topics';
import { m } from '$lib/paraglide/messages';

/** What the page says after a redirect: the mail is sent, the subscription confirmed, or cancelled. */
const NOTICES = ['sendt', 'bekraeftet', 'afmeldt'] as const;

export const load: PageServerLoad = async ({ locals, url }) => {
	authorize(locals, 'portal.read');
	const db = database();
	// `?emne=organ:styregruppen` preselects what a page's "Abonnér" link is about; an unknown one is named.
	const wanted = url.searchParams.get('emne');
	const topic = wanted === null ? ALL : await parseTopicValue(db, wanted);
	if (!topic) error(400, m.subscription_error_unknown_topic({ value: wanted!.slice(0, 80) }));
	const notice = NOTICES.find((n) => n === url.searchParams.get('besked')) ?? null;
	return {
		options: await topicOptions(db),
		topic: { value: topicValue(topic), name: topic.name, feed: topicPaths(topic).feed, kind: topic.kind },
		notice,
		mailEnabled: mailConfigured()
	};
};

export const actions: Actions = {
	default: async ({ locals, request, getClientAddress }) => {
		authorize(locals, 'portal.read');
		const values = formFields(await request.formData(), ['email', 'emne', 'hyppighed']);
		const result = await subscribe(database(), values, { origin: publicOrigin(), client: getClientAddress() });
		if (!result.ok) return fail(result.status, { values, errors: result.errors });
		redirect(303, '/abonnement?besked=sendt');
	}
};
