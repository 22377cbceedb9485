// For tests only: a co-editing server on a test database (no HTTP needed for server-side reads and changes), and the
// meetings the agenda tests use.
import { asc, eq } from 'drizzle-orm';
import { CollabServer } from '../collab/server';
import { cookieAuthenticator, originChecker } from '../collab/authenticate';
import { documentRegistry } from '../collab/app';
import { TEST_ORIGIN } from '../collab/test-client';
import { bodies, meetings, users } from '../db/schema';
import type { Db } from '../db/types';
import { copenhagen } from '../db/seed/data/calendar';
import type { IsoDate } from '../db/seed/data/types';

export function testCollab(db: Db): CollabServer {
	return new CollabServer({
		db,
		documents: documentRegistry(db),
		authenticate: cookieAuthenticator(db),
		originAllowed: originChecker(TEST_ORIGIN),
		limits: { unloadAfterMs: 50 }
	});
}

export async function userId(db: Db, email: string): Promise<number> {
	const [u] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
	return u.id;
}

/** A planned meeting of a body on a (future) date, 9-12 Copenhagen time. */
export async function createMeeting(db: Db, slug: string, date: IsoDate): Promise<number> {
	const [body] = await db.select({ id: bodies.id }).from(bodies).where(eq(bodies.slug, slug));
	const [row] = await db
		.insert(meetings)
		.values({ bodyId: body.id, startsAt: copenhagen(date, 9), endsAt: copenhagen(date, 12), status: 'planned' })
		.returning({ id: meetings.id });
	return row.id;
}

/** A body's meetings in date order. */
export async function meetingsOf(db: Db, slug: string) {
	return db
		.select({ id: meetings.id, startsAt: meetings.startsAt, status: meetings.status })
		.from(meetings)
		.innerJoin(bodies, eq(bodies.id, meetings.bodyId))
		.where(eq(bodies.slug, slug))
		.orderBy(asc(meetings.startsAt));
}
