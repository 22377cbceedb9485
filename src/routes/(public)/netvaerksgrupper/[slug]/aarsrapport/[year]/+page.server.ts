import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { authorize, can } from '$lib/server/auth/policy';
import { database } from '$lib/server/db';
import { getReport, publishedReport } from '$lib/server/reports/reports';
import { reportForGroupYear } from '$lib/server/reports/lookup';
import { mayOpenReport } from '$lib/server/reports/document';
import { m } from '$lib/paraglide/messages';

/**
 * A network group's annual report as submitted and approved. The public reads it once the steering group's minutes
 * that took it are published; before that the group, staff and the members of the steering group whose agenda it
 * is on (the agenda links here). Anyone else gets a 404, not a hint that a report exists.
 */
export const load: PageServerLoad = async ({ locals, params }) => {
	const viewer = authorize(locals, 'portal.read');
	const year = /^\d{4}$/.test(params.year) ? Number(params.year) : NaN;
	if (!Number.isInteger(year)) error(404, m.error_not_found());
	const published = await publishedReport(database(), params.slug, year);
	if (published) return { report: published, published: true };
	const found = viewer ? await reportForGroupYear(database(), params.slug, year) : null;
	if (!found || !viewer) error(404, m.error_not_found());
	const report = await getReport(database(), found.id);
	if (!report || !['approved', 'on_agenda', 'submitted'].includes(report.status)) error(404, m.error_not_found());
	const onAgendaFor = found.sgBodyId !== null && report.status === 'on_agenda' && can(viewer, 'meeting.readUnpublished', { bodyId: found.sgBodyId });
	if (!onAgendaFor && !(await mayOpenReport(database(), viewer, { bodyId: report.group.bodyId, year: report.year }))) error(404, m.error_not_found());
	return { report, published: false };
};
