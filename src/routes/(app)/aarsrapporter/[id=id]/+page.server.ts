import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { can, requireUser } from '$lib/server/auth/policy';
import type { SessionUser } from '$lib/server/auth/session';
import { database } from '$lib/server/db';
import { collab } from '$lib/server/collab/app';
import { memberInPeriod } from '$lib/server/reports/members';
import { getReport, putOnAgenda, reportPath, reviewReport, submitReport } from '$lib/server/reports/reports';
import { isEditable } from '$lib/server/reports/state';
import { comingSteeringGroupMeetings } from '$lib/server/agenda/orientation';
import { m } from '$lib/paraglide/messages';

/** The report, once the policy has said this user may open it (its group in its year, or staff). */
async function openReport(locals: App.Locals, url: URL, me: SessionUser, idParam: string) {
	const report = await getReport(database(), Number(idParam));
	if (!report) error(404, m.error_not_found());
	const staff = can(me, 'report.manage');
	requireUser(locals, 'report.edit', { memberInPeriod: staff || (await memberInPeriod(database(), me, report.group.bodyId, report.year)) }, url);
	return { report, staff };
}

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const me = requireUser(locals, 'report.list', undefined, url);
	const { report, staff } = await openReport(locals, url, me, params.id);
	const meetings = staff && ['submitted', 'approved'].includes(report.status) ? await comingSteeringGroupMeetings(database()) : [];
	return {
		report,
		staff,
		me: { id: me.id, name: me.name },
		editable: isEditable(report.status),
		meetings,
		publicPath: reportPath(report.group.slug, report.year),
		done: url.searchParams.get('udfoert')
	};
};

export const actions: Actions = {
	submit: async ({ locals, params, url }) => {
		const me = requireUser(locals, 'report.list', undefined, url);
		await openReport(locals, url, me, params.id);
		const outcome = await submitReport(database(), collab(), me, Number(params.id));
		if (!outcome.ok) return fail(outcome.status, { section: 'submit', errors: outcome.errors });
		redirect(303, `/aarsrapporter/${params.id}?udfoert=indsendt`);
	},
	review: async ({ locals, params, request, url }) => {
		const me = requireUser(locals, 'report.manage', undefined, url);
		const { report } = await openReport(locals, url, me, params.id);
		const form = await request.formData();
		const decision = form.get('decision') === 'approve' ? 'approve' : form.get('decision') === 'sendBack' ? 'sendBack' : null;
		const comments = Object.fromEntries(report.sections.map((s) => [s.key, String(form.get(`comment-${s.key}`) ?? '')]));
		const meetingRaw = String(form.get('meetingId') ?? '');
		const values = { comments, meetingId: meetingRaw };
		if (!decision) return fail(400, { section: 'review', values, errors: { form: m.reports_error_decision() } });
		const meetingId = /^\d{1,10}$/.test(meetingRaw) ? Number(meetingRaw) : null;
		if (meetingRaw && meetingId === null) return fail(400, { section: 'review', values, errors: { meetingId: m.reports_error_meeting_closed() } });
		const outcome = await reviewReport(database(), collab(), me, report.id, { decision, comments, meetingId });
		if (!outcome.ok) {
			// Approved, but the meeting no longer takes items: the error belongs to the form that picks another meeting.
			const approved = (await getReport(database(), report.id))?.status === 'approved';
			return fail(outcome.status, { section: approved ? 'agenda' : 'review', values, errors: outcome.errors });
		}
		redirect(303, `/aarsrapporter/${params.id}?udfoert=${decision === 'approve' ? 'godkendt' : 'sendt-tilbage'}`);
	},
	agenda: async ({ locals, params, request, url }) => {
		const me = requireUser(locals, 'report.manage', undefined, url);
		const { report } = await openReport(locals, url, me, params.id);
		const raw = String((await request.formData()).get('meetingId') ?? '');
		if (!/^\d{1,10}$/.test(raw)) return fail(400, { section: 'agenda', errors: { meetingId: m.reports_error_meeting_closed() } });
		const outcome = await putOnAgenda(database(), collab(), me, report.id, Number(raw));
		if (!outcome.ok) return fail(outcome.status, { section: 'agenda', errors: outcome.errors });
		redirect(303, `/aarsrapporter/${params.id}?udfoert=paa-dagsorden`);
	}
};
