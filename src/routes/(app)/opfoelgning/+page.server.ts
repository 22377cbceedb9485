import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { requireUser } from '$lib/server/auth/policy';
import { database } from '$lib/server/db';
import { actionOverview, OWNER_KINDS, STATUSES } from '$lib/server/follow-up/actions';

export const load: PageServerLoad = async ({ locals, url }) => {
	requireUser(locals, 'followUp.manage', undefined, url);
	const statusRaw = url.searchParams.get('status') || null;
	const ownerRaw = url.searchParams.get('ejer') || null;
	const status = STATUSES.find((s) => s === statusRaw) ?? null;
	const ownerKind = [...OWNER_KINDS, 'unknown' as const].find((k) => k === ownerRaw) ?? null;
	if (statusRaw && !status) error(400, `Ukendt status: »${statusRaw.slice(0, 40)}«.`);
	if (ownerRaw && !ownerKind) error(400, `Ukendt ejer: »${ownerRaw.slice(0, 40)}«.`);
	return { actions: await actionOverview(database(), { status, ownerKind }), status, ownerKind, statuses: STATUSES };
};
