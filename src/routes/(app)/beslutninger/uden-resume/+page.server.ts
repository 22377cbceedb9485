import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { requireUser } from '$lib/server/auth/policy';
import { database } from '$lib/server/db';
import { decisionsWithoutSummary, MISSING_PAGE_SIZE } from '$lib/server/decisions/plain-summary';
import { m } from '$lib/paraglide/messages';

/** The secretariat's list of public decisions that still lack a plain-language summary. */
export const load: PageServerLoad = async ({ locals, url }) => {
	requireUser(locals, 'decision.summarize', undefined, url);
	const raw = url.searchParams.get('side');
	const side = raw === null ? 1 : /^\d{1,6}$/.test(raw) && Number(raw) >= 1 ? Number(raw) : null;
	if (side === null) error(400, m.register_error_page({ value: raw!.slice(0, 20) }));
	const { rows, total } = await decisionsWithoutSummary(database(), side);
	const pages = Math.max(1, Math.ceil(total / MISSING_PAGE_SIZE));
	if (side > pages) error(404, m.error_not_found());
	return { rows, total, side, pages };
};
