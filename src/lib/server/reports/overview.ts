// The secretariat's overview of a year's reports: each network group's state, its lead and SG contact of that year,
// and the due date.
import { and, asc, eq } from 'drizzle-orm';
import { annualReports, bodies, meetings, networkGroups, networkReportDeadlines } from '../db/schema';
import { listMembers, type MemberView } from '../bodies/bodies';
import type { Db } from '../db/types';
import { reportState, type ReportState } from './state';

export interface OverviewRow {
	groupId: number;
	slug: string;
	name: string;
	reportId: number | null;
	state: ReportState;
	/** The leads and SG contacts whose period touches the year, as "person (municipality)" or the municipality. */
	leads: string[];
	contacts: string[];
}

export interface Overview {
	year: number;
	dueOn: string | null;
	rows: OverviewRow[];
}

export async function reportOverview(db: Db, year: number): Promise<Overview> {
	const [deadline] = await db.select({ dueOn: networkReportDeadlines.dueOn }).from(networkReportDeadlines).where(eq(networkReportDeadlines.year, year));
	const groups = await db
		.select({
			groupId: networkGroups.id,
			bodyId: networkGroups.bodyId,
			slug: bodies.slug,
			name: bodies.name,
			reportId: annualReports.id,
			status: annualReports.status,
			sgStatus: meetings.status
		})
		.from(networkGroups)
		.innerJoin(bodies, eq(bodies.id, networkGroups.bodyId))
		.leftJoin(annualReports, and(eq(annualReports.networkGroupId, networkGroups.id), eq(annualReports.year, year)))
		.leftJoin(meetings, eq(meetings.id, annualReports.sgMeetingId))
		.orderBy(asc(bodies.name));
	// The same memberships the body pages list (demo people left out), kept where their period touches the year.
	const members = await listMembers(
		db,
		groups.map((g) => g.bodyId),
		['lead', 'contact']
	);
	const inYear = (h: MemberView) => (!h.validFrom || h.validFrom <= `${year}-12-31`) && (!h.validTo || h.validTo >= `${year}-01-01`);
	const label = (h: MemberView) => (h.person ? (h.municipality ? `${h.person.name} (${h.municipality})` : h.person.name) : (h.municipality ?? ''));
	return {
		year,
		dueOn: deadline?.dueOn ?? null,
		rows: groups.map((g) => {
			const mine = (members.get(g.bodyId) ?? []).filter(inYear);
			return {
				groupId: g.groupId,
				slug: g.slug,
				name: g.name,
				reportId: g.reportId,
				state: reportState(g.status, g.sgStatus === 'minutes_published'),
				leads: mine.filter((h) => h.role === 'lead').map(label),
				contacts: mine.filter((h) => h.role === 'contact').map(label)
			};
		})
	};
}
