import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { authorize } from '$lib/server/auth/policy';
import { database } from '$lib/server/db';
import { parseSearch, searchHref, SEARCH_PAGE_SIZE } from '$lib/server/search/params';
import { searchPortal } from '$lib/server/search/search';
import { m } from '$lib/paraglide/messages';

/** The portal's search: a GET form; the public sees published content, signed-in staff what they may read. */
export const load: PageServerLoad = async ({ locals, url }) => {
	const viewer = authorize(locals, 'portal.read');
	const parsed = parseSearch(url.searchParams);
	if (!parsed.ok) error(400, parsed.message);
	const { params } = parsed;
	const outcome = await searchPortal(database(), viewer, params);
	if (!outcome.ok) {
		const name = outcome.field === 'organ' ? m.search_facet_organ() : m.search_facet_tilbud();
		error(400, m.search_error_unknown({ name, value: outcome.value.slice(0, 80) }));
	}
	const { result } = outcome;
	if (params.side > 1 && params.side > result.pages) error(404, m.search_error_page_beyond({ pages: result.pages }));
	const side = params.side;
	// A window of page links around the current page: never thousands of links.
	const from = Math.max(1, Math.min(side - 3, result.pages - 6));
	const to = Math.min(result.pages, from + 6);
	return {
		params,
		result,
		pageSize: SEARCH_PAGE_SIZE,
		hrefs: {
			suggestion: result.suggestion ? searchHref({ ...params, q: result.suggestion }) : null,
			previous: side > 1 ? searchHref(params, { side: side - 1 }) : null,
			next: side < result.pages ? searchHref(params, { side: side + 1 }) : null,
			pages: Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => ({ page: from + i, href: searchHref(params, { side: from + i }) })),
			facet: {
				type: result.facets.type.map((f) => searchHref(params, { type: params.type === f.value ? null : f.value })),
				organ: result.facets.organ.map((f) => searchHref(params, { organ: params.organ === f.value ? null : f.value })),
				aar: result.facets.aar.map((f) => searchHref(params, { aar: params.aar === Number(f.value) ? null : f.value })),
				tilbud: result.facets.tilbud.map((f) => searchHref(params, { tilbud: params.tilbud === f.value ? null : f.value }))
			},
			remove: {
				type: searchHref(params, { type: null }),
				organ: searchHref(params, { organ: null }),
				aar: searchHref(params, { aar: null }),
				tilbud: searchHref(params, { tilbud: null })
			}
		}
	};
};
