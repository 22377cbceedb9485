import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { can, requireUser } from '$lib/server/auth/policy';
import { database } from '$lib/server/db';
import { reportOverview } from '$lib/server/reports/overview';
import { groupsOf } from '$lib/server/reports/members';
import { REPORT_YEARS, startReport } from '$lib/server/reports/reports';
import { m } from '$lib/paraglide/messages';

/** The year asked for (?aar=), else the current year; a malformed year is a 400 with a Danish message. */
function yearFrom(url: URL): number {
	const raw = url.searchParams.get('aar');
	if (raw === null || raw === '') return new Date().getFullYear();
	const year = /^\d{4}$/.test(raw) ? Number(raw) : NaN;
	if (!(year >= REPORT_YEARS.min && year <= REPORT_YEARS.max)) error(400, m.reports_error_year(REPORT_YEARS));
	return year;
}

export const load: PageServerLoad = async ({ locals, url }) => {
	// Anyone may draft a report the policy lets them; staff see every group, a lead or member their own groups.
	const me = requireUser(locals, 'report.list', undefined, url);
	const year = yearFrom(url);
	const overview = await reportOverview(database(), year);
	const manage = can(me, 'report.manage');
	const mine = manage ? null : new Set(await groupsOf(database(), me, year));
	return {
		year,
		manage,
		dueOn: overview.dueOn,
		rows: mine ? overview.rows.filter((r) => mine.has(r.groupId)) : overview.rows
	};
};

export const actions: Actions = {
	start: async ({ locals, request, url }) => {
		const me = requireUser(locals, 'report.list', undefined, url);
		const form = await request.formData();
		const groupId = Number(form.get('groupId'));
		const year = Number(form.get('year'));
		const outcome = await startReport(database(), me, Number.isInteger(groupId) ? groupId : -1, year);
		if (!outcome.ok) return fail(outcome.status, { errors: outcome.errors });
		redirect(303, `/aarsrapporter/${outcome.value}`);
	}
};
