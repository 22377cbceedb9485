import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { requireUser } from '$lib/server/auth/policy';
import { database } from '$lib/server/db';
import { agendaState } from '$lib/server/agenda/document';
import { meetingHeader, openSentAgenda } from '$lib/server/agenda/versions';
import { parseId } from '$lib/id';
import { m } from '$lib/paraglide/messages';

// The agenda as sent to the members (udsendt): the latest version, closed items only for those allowed, and what
// changed since the version this reader opened last. Opening it records the read.
export const load: PageServerLoad = async ({ locals, params, url }) => {
	requireUser(locals, 'account.manage', undefined, url);
	const id = parseId(params.id);
	const db = database();
	const state = id === null ? null : await agendaState(db, id);
	if (id === null || !state) error(404, m.error_not_found());
	const reader = requireUser(locals, 'agenda.readSent', { bodyId: state.bodyId }, url);
	const sent = await openSentAgenda(db, id, reader);
	if (!sent) {
		const meeting = await meetingHeader(db, id);
		if (!meeting) error(404, m.error_not_found());
		return { meeting, sent: null };
	}
	return { meeting: sent.meeting, sent };
};
