import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { authorize, can } from '$lib/server/auth/policy';
import { database } from '$lib/server/db';
import { filterOptions, pageHref, pageWindow, parseFilters, registerPage, PAGE_SIZE } from '$lib/server/decisions/register';

export const load: PageServerLoad = async ({ locals, url }) => {
	const viewer = authorize(locals, 'portal.read');
	const db = database();
	const options = await filterOptions(db);
	const parsed = parseFilters(url.searchParams, options);
	// An unknown filter value is a bad request, answered in Danish with what was wrong.
	if (!parsed.ok) error(400, parsed.message);
	const page = await registerPage(db, viewer, parsed.filters, options);
	const side = parsed.filters.side;
	return {
		...page,
		pageSize: PAGE_SIZE,
		canSummarize: can(viewer, 'decision.summarize'),
		links: {
			previous: side > 1 ? pageHref(parsed.filters, side - 1) : null,
			next: side < page.pages ? pageHref(parsed.filters, side + 1) : null,
			// First, last and two either side of this page, with gaps (null) between: never thousands of links.
			pages: pageWindow(side, page.pages).map((p) => (p === null ? null : { page: p, href: pageHref(parsed.filters, p) }))
		}
	};
};
