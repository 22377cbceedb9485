// Finding a report by its group's slug and year (the address the agenda item links to).
import { and, eq } from 'drizzle-orm';
import { annualReports, bodies, meetings, networkGroups } from '../db/schema';
import type { Db } from '../db/types';

export async function reportForGroupYear(db: Db, slug: string, year: number): Promise<{ id: number; sgBodyId: number | null } | null> {
	const [row] = await db
		.select({ id: annualReports.id, sgBodyId: meetings.bodyId })
		.from(annualReports)
		.innerJoin(networkGroups, eq(networkGroups.id, annualReports.networkGroupId))
		.innerJoin(bodies, eq(bodies.id, networkGroups.bodyId))
		.leftJoin(meetings, eq(meetings.id, annualReports.sgMeetingId))
		.where(and(eq(bodies.slug, slug), eq(annualReports.year, year)));
	return row ?? null;
}
