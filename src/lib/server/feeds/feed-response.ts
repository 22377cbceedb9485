// The answer of the decision feeds' routes: the Atom document with the status feed's cache headers, or 404 for a
// slug that names nothing.
import { error } from '@sveltejs/kit';
import { database } from '../db';
import { publicOrigin } from '../http/public-origin';
import { findTopic, type TopicKind } from '../subscriptions/topics';
import { decisionsFeed } from './decisions-feed';
import { m } from '$lib/paraglide/messages';

export async function decisionsFeedResponse(kind: TopicKind, slug: string | null): Promise<Response> {
	const topic = await findTopic(database(), kind, slug);
	if (!topic) error(404, m.error_not_found());
	return new Response(await decisionsFeed(database(), publicOrigin(), topic), {
		headers: { 'content-type': 'application/atom+xml; charset=utf-8', 'cache-control': 'public, max-age=300' }
	});
}
