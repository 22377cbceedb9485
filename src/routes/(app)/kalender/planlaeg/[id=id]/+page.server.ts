import { error, fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '$lib/server/auth/policy';
import { database } from '$lib/server/db';
import { getPlan, type PlannerResult } from '$lib/server/calendar/planner-store';
import {
	acceptAll,
	acceptProposal,
	editProposal,
	proposalBelongsToPlan,
	rejectProposal
} from '$lib/server/calendar/planner-decisions';
import type { ProposalEditInput } from '$lib/schemas/planner';
import { parseId } from '$lib/id';
import { m } from '$lib/paraglide/messages';

// One run of the planner (staff): the proposed chains, each proposal accepted (the meeting is created), changed or
// rejected with a plain form post, or all pending ones accepted at once.

function planId(param: string): number {
	const id = parseId(param);
	if (id === null) error(404, m.planner_error_plan_not_found());
	return id;
}

interface ProposalForm {
	proposalId: number | null;
	values: ProposalEditInput;
}

/** The proposal's id (a hidden field) and its fields as the secretariat typed them. */
async function proposalForm(request: Request): Promise<ProposalForm> {
	const form = await request.formData();
	const text = (name: string) => String(form.get(name) ?? '');
	return {
		proposalId: parseId(text('proposalId')),
		values: {
			date: text('date'),
			startTime: text('startTime'),
			endTime: text('endTime'),
			isVirtual: form.get('isVirtual') === 'on',
			place: text('place')
		}
	};
}

/** The posted proposal, which must be one of this plan's (a 404 otherwise). */
async function proposalOfPlan(plan: number, request: Request): Promise<ProposalForm & { proposalId: number }> {
	const form = await proposalForm(request);
	const { proposalId } = form;
	if (proposalId === null || !(await proposalBelongsToPlan(database(), plan, proposalId))) {
		error(404, m.planner_error_proposal_not_found());
	}
	return { ...form, proposalId };
}

/** A failure re-shows the form with the user's values; an unknown proposal or plan is a 404. */
function answer<T>(result: PlannerResult<T>, proposal: ProposalForm | null, success: (value: T) => string) {
	if (!result.ok) {
		if (result.status === 404) error(404, result.errors.form ?? m.error_not_found());
		return fail(result.status, { errors: result.errors, proposalId: proposal?.proposalId ?? null, values: proposal?.values ?? null });
	}
	return { success: success(result.value), proposalId: proposal?.proposalId ?? null };
}

export const load: PageServerLoad = async ({ locals, params, url }) => {
	requireUser(locals, 'calendar.manage', undefined, url);
	const plan = await getPlan(database(), planId(params.id));
	if (!plan) error(404, m.planner_error_plan_not_found());
	return { plan };
};

export const actions: Actions = {
	save: async ({ locals, params, request, url }) => {
		const me = requireUser(locals, 'calendar.manage', undefined, url);
		const form = await proposalOfPlan(planId(params.id), request);
		const result = await editProposal(database(), me, form.proposalId, form.values);
		return answer(result, form, (v) => m.planner_done_saved({ proposal: v.label }));
	},
	accept: async ({ locals, params, request, url }) => {
		const me = requireUser(locals, 'calendar.manage', undefined, url);
		const form = await proposalOfPlan(planId(params.id), request);
		const result = await acceptProposal(database(), me, form.proposalId, form.values);
		return answer(result, form, (v) => m.planner_done_accepted({ proposal: capitalize(v.label) }));
	},
	reject: async ({ locals, params, request, url }) => {
		const me = requireUser(locals, 'calendar.manage', undefined, url);
		const form = await proposalOfPlan(planId(params.id), request);
		const result = await rejectProposal(database(), me, form.proposalId);
		return answer(result, form, (v) => m.planner_done_rejected({ proposal: capitalize(v.label) }));
	},
	acceptAll: async ({ locals, params, url }) => {
		const me = requireUser(locals, 'calendar.manage', undefined, url);
		const result = await acceptAll(database(), me, planId(params.id));
		return answer(result, null, (v) => m.planner_done_all({ count: String(v.accepted) }));
	}
};

/** "the SG proposal …" starts a sentence in English. */
const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
