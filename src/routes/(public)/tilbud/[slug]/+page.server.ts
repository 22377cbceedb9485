import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { authorize, can } from '$lib/server/auth/policy';
import { database } from '$lib/server/db';
import { getOffer } from '$lib/server/offers/offers';
import { m } from '$lib/paraglide/messages';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const viewer = authorize(locals, 'portal.read');
	const offer = await getOffer(database(), params.slug, viewer);
	if (!offer) error(404, m.error_not_found());
	return { offer, canEdit: can(viewer, 'offer.edit'), saved: url.searchParams.has('gemt') };
};
