// The secretariat's overview of a year's reports: each network group's state, its lead and SG contact of that year,
// and the due date.
import { and, asc, eq, gte, inArray, isNull, lte, or } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { annualReports, bodies, meetings, memberships, municipalities, networkGroups, networkReportDeadlines, people } from '../db/schema';
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

const personMunicipality = alias(municipalities, 'person_municipality');

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
	const holders = groups.length
		? await db
				.select({
					bodyId: memberships.bodyId,
					role: memberships.role,
					person: people.name,
					isDemo: people.isDemo,
					personMunicipality: personMunicipality.name,
					municipality: municipalities.name
				})
				.from(memberships)
				.leftJoin(people, eq(people.id, memberships.personId))
				.leftJoin(personMunicipality, eq(personMunicipality.id, people.municipalityId))
				.leftJoin(municipalities, eq(municipalities.id, memberships.municipalityId))
				.where(
					and(
						inArray(memberships.bodyId, groups.map((g) => g.bodyId)),
						inArray(memberships.role, ['lead', 'contact']),
						or(isNull(memberships.validFrom), lte(memberships.validFrom, `${year}-12-31`)),
						or(isNull(memberships.validTo), gte(memberships.validTo, `${year}-01-01`))
					)
				)
				.orderBy(asc(memberships.validFrom))
		: [];
	const label = (h: (typeof holders)[number]) =>
		h.person ? (h.personMunicipality ? `${h.person} (${h.personMunicipality})` : h.person) : (h.municipality ?? '');
	return {
		year,
		dueOn: deadline?.dueOn ?? null,
		rows: groups.map((g) => {
			const mine = holders.filter((h) => h.bodyId === g.bodyId && !h.isDemo);
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
