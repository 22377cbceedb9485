import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { requireUser } from '$lib/server/auth/policy';
import { database } from '$lib/server/db';
import { agendaState } from '$lib/server/agenda/document';
import { editorPage } from '$lib/server/agenda/editor';
import { parseId } from '$lib/id';
import { m } from '$lib/paraglide/messages';

// The co-editing editor of a meeting's agenda and minutes. The document itself comes over the WebSocket
// (/collab/meeting-<id>), which checks the same policy again before the upgrade.
export const load: PageServerLoad = async ({ locals, params, url }) => {
	const me = requireUser(locals, 'agenda.edit', undefined, url);
	const id = parseId(params.id);
	const state = id === null ? null : await agendaState(database(), id);
	if (id === null || !state) error(404, m.error_not_found());
	requireUser(locals, 'agenda.edit', { bodyId: state.bodyId }, url);
	const page = await editorPage(database(), id);
	if (!page) error(404, m.error_not_found());
	return {
		me: { id: me.id, name: me.name },
		meeting: page.meeting,
		phase: page.phase,
		links: page.links,
		cases: page.cases,
		frame: page.frame
	};
};
