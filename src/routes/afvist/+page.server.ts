import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { authorize } from '$lib/server/auth/policy';
import { m } from '$lib/paraglide/messages';

/**
 * The refusal of a cross-site request, as the app's own error page (layout, language, Danish first). The origin
 * check (src/hooks/origin-check.ts) renders it for browsers: SvelteKit shows only its bare fallback page for an
 * error thrown in a hook.
 */
export const load: PageServerLoad = async ({ locals }) => {
	authorize(locals, 'portal.read');
	error(403, m.error_foreign_origin());
};
