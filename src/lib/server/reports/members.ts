// Who belongs to a network group in a given year: its leads (tovholdere) and members through their memberships'
// periods, so a report and a reminder reach the lead of that year, not today's.
import { and, eq, gte, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import { memberships, networkGroups, users } from '../db/schema';
import type { Db } from '../db/types';
import type { SessionUser } from '../auth/session';

const yearStart = (year: number) => `${year}-01-01`;
const yearEnd = (year: number) => `${year}-12-31`;

/** Memberships whose period touches the day range [from, to]. */
const covers = (from: string, to: string) =>
	and(or(isNull(memberships.validFrom), lte(memberships.validFrom, to)), or(isNull(memberships.validTo), gte(memberships.validTo, from)));

/** Whether the user's person sat in the body as lead or member at some time in `year`. */
export async function memberInPeriod(db: Db, user: SessionUser, bodyId: number, year: number): Promise<boolean> {
	const [row] = await db
		.select({ id: memberships.id })
		.from(memberships)
		.innerJoin(users, eq(users.personId, memberships.personId))
		.where(
			and(
				eq(users.id, user.id),
				eq(memberships.bodyId, bodyId),
				inArray(memberships.role, ['lead', 'member']),
				covers(yearStart(year), yearEnd(year))
			)
		)
		.limit(1);
	return Boolean(row);
}

/**
 * The e-mail addresses of a group's leads on `day`: users whose person holds the lead post then, and the network
 * leads of a municipality that holds it then (a lead municipality as such, "Køge, Roskilde pr. 1/9").
 */
export async function leadAddressesOn(db: Db, bodyId: number, day: string): Promise<string[]> {
	const rows = await db
		.selectDistinct({ email: users.email })
		.from(users)
		.innerJoin(
			memberships,
			or(
				eq(memberships.personId, users.personId),
				and(isNull(memberships.personId), eq(memberships.municipalityId, users.municipalityId), eq(users.role, 'network_lead'))
			)
		)
		.where(and(isNull(users.disabledAt), eq(memberships.bodyId, bodyId), eq(memberships.role, 'lead'), covers(day, day)))
		.orderBy(sql`1`);
	return rows.map((r) => r.email);
}

/** The network groups the user sat in as lead or member at some time in `year` (their reports to write). */
export async function groupsOf(db: Db, user: SessionUser, year: number): Promise<number[]> {
	const rows = await db
		.selectDistinct({ groupId: networkGroups.id })
		.from(memberships)
		.innerJoin(users, eq(users.personId, memberships.personId))
		.innerJoin(networkGroups, eq(networkGroups.bodyId, memberships.bodyId))
		.where(and(eq(users.id, user.id), inArray(memberships.role, ['lead', 'member']), covers(yearStart(year), yearEnd(year))));
	return rows.map((r) => r.groupId);
}
