import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { authorize } from '$lib/server/auth/policy';
import { database } from '$lib/server/db';
import { getMeetingForViewer } from '$lib/server/meetings/meeting-page';
import { m } from '$lib/paraglide/messages';

export const load: PageServerLoad = async ({ locals, params }) => {
	const viewer = authorize(locals, 'portal.read');
	const id = /^[1-9]\d{0,9}$/.test(params.id) ? Number(params.id) : NaN;
	const meeting = Number.isSafeInteger(id) ? await getMeetingForViewer(database(), id, viewer) : null;
	if (!meeting) error(404, m.error_not_found());
	return { meeting };
};
