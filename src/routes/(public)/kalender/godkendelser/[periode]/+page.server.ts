import { error, fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { authorize, can, requireUser } from '$lib/server/auth/policy';
import { database } from '$lib/server/db';
import { approvalFieldIds, getApprovalTracker, saveApprovals, type ApprovalInput } from '$lib/server/calendar/approvals';
import { agreementBackwardsPlan } from '$lib/server/calendar/agreement-plan';
import { m } from '$lib/paraglide/messages';

// The 18 approvals of one agreement period against its 1 December deadline, and the backwards plan from it. Staff
// (calendar.manage) edit the planned and approval dates in one form; everyone else reads.
export const load: PageServerLoad = async ({ locals, params }) => {
	const viewer = authorize(locals, 'portal.read');
	const db = database();
	const tracker = await getApprovalTracker(db, params.periode);
	if (!tracker) error(404, m.error_not_found());
	const plan = await agreementBackwardsPlan(db, tracker.period.label, viewer);
	return { tracker, plan, canEdit: can(viewer, 'calendar.manage') };
};

export const actions: Actions = {
	default: async ({ locals, params, request, url }) => {
		const actor = requireUser(locals, 'calendar.manage', undefined, url);
		const db = database();
		const tracker = await getApprovalTracker(db, params.periode);
		if (!tracker) error(404, m.error_not_found());
		const form = await request.formData();
		const text = (name: string) => {
			const value = form.get(name);
			return typeof value === 'string' ? value : '';
		};
		const values: Record<string, string> = {};
		const rows: ApprovalInput[] = form
			.getAll('municipality')
			.map((raw) => (typeof raw === 'string' && /^\d{1,9}$/.test(raw) ? Number(raw) : 0))
			.map((municipalityId) => {
				const ids = approvalFieldIds(municipalityId);
				const row = { municipalityId, plannedOn: text(ids.plannedOn), approvedOn: text(ids.approvedOn), note: text(ids.note) };
				values[ids.plannedOn] = row.plannedOn;
				values[ids.approvedOn] = row.approvedOn;
				values[ids.note] = row.note;
				return row;
			});
		const outcome = await saveApprovals(db, actor, tracker.period.id, rows);
		if (!outcome.ok) {
			if (outcome.notFound) error(404, m.error_not_found());
			return fail(400, { errors: outcome.errors, values });
		}
		return { saved: m.approvals_saved({ changed: outcome.changed }) };
	}
};
