// Network groups (netværksgrupper) with their lead municipality (tovholder), contact in the steering group, and
// the state of their latest annual report. The report's content is not shown on the portal.
import { asc, desc, eq, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { annualReports, bodies, municipalities, networkGroups, type annualReportStatus } from '../db/schema';
import type { Db } from '../db/types';

export type AnnualReportStatus = (typeof annualReportStatus.enumValues)[number];

export interface NetworkGroupView {
	id: number;
	body: { slug: string; name: string; shortName: string | null; description: string };
	/** Null = vacant (see leadNote). */
	lead: { slug: string; name: string } | null;
	leadNote: string;
	sgContact: { slug: string; name: string } | null;
	sgContactNote: string;
	latestReport: { year: number; status: AnnualReportStatus; submittedAt: Date | null } | null;
}

export async function listNetworkGroups(db: Db): Promise<NetworkGroupView[]> {
	const lead = alias(municipalities, 'lead');
	const contact = alias(municipalities, 'contact');
	const rows = await db
		.select({
			id: networkGroups.id,
			body: { slug: bodies.slug, name: bodies.name, shortName: bodies.shortName, description: bodies.description },
			leadSlug: lead.slug,
			leadName: lead.name,
			leadNote: networkGroups.leadNote,
			contactSlug: contact.slug,
			contactName: contact.name,
			sgContactNote: networkGroups.sgContactNote
		})
		.from(networkGroups)
		.innerJoin(bodies, eq(bodies.id, networkGroups.bodyId))
		.leftJoin(lead, eq(lead.id, networkGroups.leadMunicipalityId))
		.leftJoin(contact, eq(contact.id, networkGroups.sgContactMunicipalityId))
		.orderBy(asc(bodies.name));
	const reports = rows.length
		? await db
				.selectDistinctOn([annualReports.networkGroupId], {
					networkGroupId: annualReports.networkGroupId,
					year: annualReports.year,
					status: annualReports.status,
					submittedAt: annualReports.submittedAt
				})
				.from(annualReports)
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
			lead: r.leadSlug && r.leadName ? { slug: r.leadSlug, name: r.leadName } : null,
			leadNote: r.leadNote,
			sgContact: r.contactSlug && r.contactName ? { slug: r.contactSlug, name: r.contactName } : null,
			sgContactNote: r.sgContactNote,
			latestReport: report ? { year: report.year, status: report.status, submittedAt: report.submittedAt } : null
		};
	});
}
