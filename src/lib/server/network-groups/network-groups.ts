// Network groups (netværksgrupper) with their leads (tovholdere) and contacts in the steering group, each with its
// period, and the state of their latest annual report. The report's content is not shown on the portal.
import { asc, desc, eq, inArray } from 'drizzle-orm';
import { annualReports, bodies, meetings, networkGroups, type annualReportStatus } from '../db/schema';
import { reportState, type ReportState } from '../reports/state';
import type { Db } from '../db/types';
import { listMembers, type MemberView } from '../bodies/bodies';

export type AnnualReportStatus = (typeof annualReportStatus.enumValues)[number];

export interface NetworkGroupView {
	id: number;
	body: { slug: string; name: string; shortName: string | null; description: string };
	/**
	 * The leads (tovholdere) in the order they held the post, each with its period: the same memberships the body's
	 * page lists. Empty = vacant (see leadNote).
	 */
	leads: MemberView[];
	leadNote: string;
	/** The contacts in the steering group, likewise; empty = vacant. */
	sgContacts: MemberView[];
	sgContactNote: string;
	/** The latest report's year and state; `published` once the SG minutes that took it are (then it can be read). */
	latestReport: { year: number; status: AnnualReportStatus; state: ReportState; submittedAt: Date | null } | null;
}

export async function listNetworkGroups(db: Db): Promise<NetworkGroupView[]> {
	const rows = await db
		.select({
			id: networkGroups.id,
			bodyId: networkGroups.bodyId,
			body: { slug: bodies.slug, name: bodies.name, shortName: bodies.shortName, description: bodies.description },
			leadNote: networkGroups.leadNote,
			sgContactNote: networkGroups.sgContactNote
		})
		.from(networkGroups)
		.innerJoin(bodies, eq(bodies.id, networkGroups.bodyId))
		.orderBy(asc(bodies.name));
	const members = await listMembers(
		db,
		rows.map((r) => r.bodyId),
		['lead', 'contact']
	);
	const reports = rows.length
		? await db
				.selectDistinctOn([annualReports.networkGroupId], {
					networkGroupId: annualReports.networkGroupId,
					year: annualReports.year,
					status: annualReports.status,
					submittedAt: annualReports.submittedAt,
					sgStatus: meetings.status
				})
				.from(annualReports)
				.leftJoin(meetings, eq(meetings.id, annualReports.sgMeetingId))
				.where(
					inArray(
						annualReports.networkGroupId,
						rows.map((r) => r.id)
					)
				)
				.orderBy(annualReports.networkGroupId, desc(annualReports.year))
		: [];
	return rows.map((r) => {
		const report = reports.find((x) => x.networkGroupId === r.id);
		return {
			id: r.id,
			body: r.body,
			leads: (members.get(r.bodyId) ?? []).filter((m) => m.role === 'lead'),
			leadNote: r.leadNote,
			sgContacts: (members.get(r.bodyId) ?? []).filter((m) => m.role === 'contact'),
			sgContactNote: r.sgContactNote,
			latestReport: report
				? {
						year: report.year,
						status: report.status,
						state: reportState(report.status, report.sgStatus === 'minutes_published'),
						submittedAt: report.submittedAt
					}
				: null
		};
	});
}
