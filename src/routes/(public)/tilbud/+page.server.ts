import type { PageServerLoad } from './$types';
import { authorize, can } from '$lib/server/auth/policy';
import { database } from '$lib/server/db';
import { listOffers, parseOfferFilter } from '$lib/server/offers/offers';

export const load: PageServerLoad = async ({ locals, url }) => {
	const viewer = authorize(locals, 'portal.read');
	const filter = parseOfferFilter(url.searchParams.get('udvalg'));
	return { offers: await listOffers(database(), { filter }), filter, canEdit: can(viewer, 'offer.edit') };
};
