import { error, fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '$lib/server/auth/policy';
import { database } from '$lib/server/db';
import { collab } from '$lib/server/collab/app';
import { agendaState } from '$lib/server/agenda/document';
import {
	approveMinutes,
	availableTransitions,
	markHeld,
	publishMinutes,
	reopenMinutes,
	sendVersion,
	type LifecycleResult
} from '$lib/server/agenda/lifecycle';
import { compareVersions, listVersions, meetingHeader } from '$lib/server/agenda/versions';
import { sendOn, sendOnProposals } from '$lib/server/agenda/send-on';
import { parseId } from '$lib/id';
import { formatDate } from '$lib/format/date';
import { dateLocale } from '$lib/format/locale';
import { m } from '$lib/paraglide/messages';

// A meeting's agenda through its life (staff): its phase and the next steps as plain form posts, the sent versions
// and the changes between any two, and "send on" per item to the case's next body.

function meetingId(param: string): number {
	const id = parseId(param);
	if (id === null) error(404, m.error_not_found());
	return id;
}

function answer<T>(result: LifecycleResult<T>, success: (value: T) => string) {
	if (!result.ok) {
		if (result.status === 404) error(404, result.message);
		return fail(result.status, { error: result.message });
	}
	return { success: success(result.value) };
}

export const load: PageServerLoad = async ({ locals, params, url }) => {
	requireUser(locals, 'agenda.edit', undefined, url);
	const id = meetingId(params.id);
	const db = database();
	const [meeting, state] = await Promise.all([meetingHeader(db, id), agendaState(db, id)]);
	if (!meeting || !state) error(404, m.error_not_found());
	const versions = await listVersions(db, id);
	const from = Number(url.searchParams.get('fra'));
	const to = Number(url.searchParams.get('til'));
	const asked = url.searchParams.has('fra') || url.searchParams.has('til');
	const changes = asked ? await compareVersions(db, id, from, to) : null;
	return {
		meeting,
		phase: state.phase,
		transitions: availableTransitions(state.phase),
		versions,
		compare: asked ? { from, to, changes, invalid: changes === null } : null,
		proposals: await sendOnProposals(db, collab(), id)
	};
};

export const actions: Actions = {
	send: async ({ locals, params, url }) => {
		const me = requireUser(locals, 'agenda.edit', undefined, url);
		const result = await sendVersion(database(), collab(), meetingId(params.id), me.id);
		return answer(result, (v) => m.lifecycle_done_send({ number: String(v.number) }));
	},
	markHeld: async ({ locals, params, url }) => {
		const me = requireUser(locals, 'agenda.edit', undefined, url);
		return answer(await markHeld(database(), meetingId(params.id), me.id), () => m.lifecycle_done_markHeld());
	},
	approveMinutes: async ({ locals, params, url }) => {
		const me = requireUser(locals, 'agenda.edit', undefined, url);
		return answer(await approveMinutes(database(), meetingId(params.id), me.id), () => m.lifecycle_done_approveMinutes());
	},
	publishMinutes: async ({ locals, params, url }) => {
		const me = requireUser(locals, 'agenda.edit', undefined, url);
		const result = await publishMinutes(database(), collab(), meetingId(params.id), me.id);
		return answer(result, () => m.lifecycle_done_publishMinutes());
	},
	reopenMinutes: async ({ locals, params, url }) => {
		const me = requireUser(locals, 'agenda.edit', undefined, url);
		const result = await reopenMinutes(database(), collab(), meetingId(params.id), me.id);
		return answer(result, () => m.lifecycle_done_reopenMinutes());
	},
	sendOn: async ({ locals, params, request, url }) => {
		requireUser(locals, 'agenda.edit', undefined, url);
		const id = meetingId(params.id);
		const form = await request.formData();
		const itemId = String(form.get('itemId') ?? '');
		const targetMeetingId = parseId(String(form.get('targetMeetingId') ?? ''));
		if (!/^[0-9a-f]{1,64}$/.test(itemId) || targetMeetingId === null) {
			return fail(400, { error: m.send_on_item_missing(), itemId });
		}
		const db = database();
		const result = await sendOn(db, collab(), { meetingId: id, itemId, targetMeetingId });
		if (!result.ok) return fail(result.status, { error: result.message, itemId });
		const target = await meetingHeader(db, targetMeetingId);
		return {
			success: m.send_on_done({ date: target ? formatDate(target.startsAt, dateLocale()) : '' }),
			itemId,
			caseSlug: result.value.caseSlug
		};
	}
};
