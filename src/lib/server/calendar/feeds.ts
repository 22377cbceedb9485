// The iCalendar feeds: which meetings and deadlines each feed holds. Public feeds hold public meetings only
// (whatever the status: a planned public meeting's date is public, as on /kalender), whoever asks; a personal feed
// holds what its user may see of the bodies they sit in (staff: every meeting). Never anything of an agenda.
import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { bodies, meetings } from '../db/schema';
import type { Db } from '../db/types';
import type { SessionUser } from '../auth/session';
import { can } from '../auth/policy';
import { listedMeetingCondition } from '../meetings/visibility';
import { listDeadlines, type Deadline } from './deadlines';
import { buildIcs, FEED_TIME_ZONE, type FeedMeeting } from './ical';
import { userForFeedToken } from './feed-tokens';
import { getServerAsyncLocalStorage } from '$lib/paraglide/runtime';

export interface Feed {
	ics: string;
	/** For Content-Disposition, e.g. "styregruppen.ics". */
	fileName: string;
}

const SITE = 'Rammeaftale Sjælland';

async function selectMeetings(db: Db, where: SQL | undefined, viewer: SessionUser | null): Promise<FeedMeeting[]> {
	const rows = await db
		.select({
			id: meetings.id,
			bodyId: bodies.id,
			bodyName: bodies.name,
			bodyShortName: bodies.shortName,
			startsAt: meetings.startsAt,
			endsAt: meetings.endsAt,
			timeKnown: meetings.timeKnown,
			place: meetings.place,
			isVirtual: meetings.isVirtual,
			virtualUrl: meetings.virtualUrl,
			status: meetings.status,
			sequence: meetings.sequence,
			updatedAt: meetings.updatedAt
		})
		.from(meetings)
		.innerJoin(bodies, eq(bodies.id, meetings.bodyId))
		.where(where)
		.orderBy(asc(meetings.startsAt), asc(bodies.name));
	return rows.map(({ bodyId, bodyName, bodyShortName, virtualUrl, ...row }) => ({
		...row,
		body: { name: bodyName, shortName: bodyShortName },
		// The meeting page's rule: the link to a virtual meeting only for staff and the body's members.
		virtualUrl: viewer && can(viewer, 'meeting.readUnpublished', { bodyId }) ? virtualUrl : null
	}));
}

const isoDay = (instant: Date, addYears = 0) => {
	const local = new TZDate(instant.getTime(), FEED_TIME_ZONE);
	return format(new TZDate(local.getFullYear() + addYears, local.getMonth(), local.getDate(), FEED_TIME_ZONE), 'yyyy-MM-dd');
};

/**
 * Deadlines of the last year and the next three, in Danish whatever the requester's interface language: a feed is
 * cached and read by calendar programs, which send no language cookie.
 */
function feedDeadlines(db: Db, now: Date): Promise<Deadline[]> {
	const list = () => listDeadlines(db, { from: isoDay(now, -1), to: isoDay(now, 3) });
	const storage = getServerAsyncLocalStorage();
	const store = storage?.getStore();
	return storage && store ? (storage.run({ ...store, locale: 'da' }, list) as Promise<Deadline[]>) : list();
}

/** /kalender.ics: every public meeting of every body, and the deadlines. */
export async function allPublicFeed(db: Db, { origin, now = new Date() }: { origin: string; now?: Date }): Promise<Feed> {
	const [rows, deadlines] = await Promise.all([
		selectMeetings(db, eq(meetings.isPublic, true), null),
		feedDeadlines(db, now)
	]);
	const ics = buildIcs({
		name: `${SITE}: møder og frister`,
		description: `Offentlige møder i ${SITE}s organer og fristerne fra rammeaftalens regler`,
		meetings: rows,
		deadlines,
		origin,
		now
	});
	return { ics, fileName: 'rammeaftale-sjaelland.ics' };
}

/** /kalender/<slug>.ics: the body's public meetings; null for an unknown body. */
export async function bodyPublicFeed(
	db: Db,
	slug: string,
	{ origin, now = new Date() }: { origin: string; now?: Date }
): Promise<Feed | null> {
	const [body] = await db.select({ id: bodies.id, name: bodies.name }).from(bodies).where(eq(bodies.slug, slug));
	if (!body) return null;
	const rows = await selectMeetings(db, and(eq(meetings.isPublic, true), eq(meetings.bodyId, body.id)), null);
	const ics = buildIcs({
		name: `${body.name}: møder`,
		description: `Offentlige møder i ${body.name} (${SITE})`,
		meetings: rows,
		deadlines: [],
		origin,
		now
	});
	return { ics, fileName: `${slug}.ics` };
}

/**
 * The meetings of the user's personal feed: staff get every meeting; others the meetings of the bodies they sit
 * in that the policy lets them see (public ones, and the unpublished ones where `meeting.readUnpublished` allows).
 */
export function personalMeetingCondition(user: SessionUser): SQL | undefined {
	if (can(user, 'meeting.readUnpublished')) return undefined;
	if (user.bodyIds.length === 0) return sql`false`;
	return and(inArray(meetings.bodyId, user.bodyIds), listedMeetingCondition(user));
}

/** /kalender/personlig/<token>.ics: null for a malformed, unknown or revoked token, or a disabled user. */
export async function personalFeed(
	db: Db,
	token: string,
	{ origin, now = new Date() }: { origin: string; now?: Date }
): Promise<Feed | null> {
	const user = await userForFeedToken(db, token, now);
	if (!user) return null;
	const [rows, deadlines] = await Promise.all([
		selectMeetings(db, personalMeetingCondition(user), user),
		feedDeadlines(db, now)
	]);
	const ics = buildIcs({
		name: `${SITE}: mine møder`,
		description: `Møder og frister i ${SITE} for ${user.name}`,
		meetings: rows,
		deadlines,
		origin,
		now
	});
	return { ics, fileName: 'mine-moeder.ics' };
}
