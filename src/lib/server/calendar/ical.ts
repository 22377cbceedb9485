// iCalendar (RFC 5545) feeds of meetings and deadlines, built with ical-generator. Pure: the rows come from feeds.ts.
//
// Two traps (docs/decisions.md): with a time zone set, ical-generator writes a plain JS Date in the *server's*
// wall-clock time under that TZID, so timed events get TZDate values (their own zone's wall clock); and the usual
// VTIMEZONE libraries return Europe/Berlin's block for Copenhagen, so we write our own VTIMEZONE with TZID exactly
// "Europe/Copenhagen". The calendar itself has no time zone name: ical-generator would otherwise write DTSTAMP and
// LAST-MODIFIED as local times, which RFC 5545 requires in UTC.
import { ICalCalendar, ICalEventStatus, ICalEventTransparency } from 'ical-generator';
import { TZDate } from '@date-fns/tz';
import type { MeetingStatus } from '../meetings/meetings';
import type { Deadline } from './deadlines';

export const FEED_TIME_ZONE = 'Europe/Copenhagen';
const UID_DOMAIN = 'rammeaftale-sjaelland';

/**
 * Denmark's zone since the EU rules of 1996: CET (+0100), CEST (+0200) from the last Sunday of March 02:00 until
 * the last Sunday of October 03:00 (local times). Earlier rules are not needed: the portal's meetings start in 2022.
 */
export const COPENHAGEN_VTIMEZONE = [
	'BEGIN:VTIMEZONE',
	`TZID:${FEED_TIME_ZONE}`,
	`X-LIC-LOCATION:${FEED_TIME_ZONE}`,
	'BEGIN:DAYLIGHT',
	'TZOFFSETFROM:+0100',
	'TZOFFSETTO:+0200',
	'TZNAME:CEST',
	'DTSTART:19700329T020000',
	'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
	'END:DAYLIGHT',
	'BEGIN:STANDARD',
	'TZOFFSETFROM:+0200',
	'TZOFFSETTO:+0100',
	'TZNAME:CET',
	'DTSTART:19701025T030000',
	'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
	'END:STANDARD',
	'END:VTIMEZONE'
].join('\r\n');

/** A meeting as a feed shows it: date, place, status. Never anything of its agenda. */
export interface FeedMeeting {
	id: number;
	body: { name: string; shortName: string | null };
	startsAt: Date;
	endsAt: Date | null;
	/** False: the source gives the date only; shown as an all-day event. */
	timeKnown: boolean;
	place: string;
	isVirtual: boolean;
	/** Only in feeds whose reader may see it (the meeting page's rule: staff and the body's members). */
	virtualUrl?: string | null;
	status: MeetingStatus;
	/** iCalendar SEQUENCE, raised on every change. */
	sequence: number;
	updatedAt: Date;
}

export interface FeedInput {
	name: string;
	description?: string;
	meetings: FeedMeeting[];
	deadlines: Deadline[];
	/** The site's origin, e.g. "https://rammeaftale.example", for URLs back to the meeting pages. */
	origin: string;
	/** DTSTAMP of the deadlines, which have no change time of their own. */
	now?: Date;
}

export const meetingUid = (id: number) => `meeting-${id}@${UID_DOMAIN}`;
export const deadlineUid = (key: string) => `deadline-${key}@${UID_DOMAIN}`;

const statusOf: Record<MeetingStatus, ICalEventStatus> = {
	planned: ICalEventStatus.TENTATIVE,
	agenda_published: ICalEventStatus.CONFIRMED,
	held: ICalEventStatus.CONFIRMED,
	minutes_published: ICalEventStatus.CONFIRMED,
	cancelled: ICalEventStatus.CANCELLED
};

const statusText: Record<MeetingStatus, string> = {
	planned: 'Planlagt',
	agenda_published: 'Indkaldt',
	held: 'Afholdt',
	minutes_published: 'Referat offentliggjort',
	cancelled: 'Aflyst'
};

/** The calendar day in Copenhagen of an instant, as a Date at UTC midnight (what an all-day event is written from). */
function copenhagenDay(instant: Date, addDays = 0): Date {
	const local = new TZDate(instant.getTime(), FEED_TIME_ZONE);
	return new Date(Date.UTC(local.getFullYear(), local.getMonth(), local.getDate() + addDays));
}

function isoDay(date: string, addDays = 0): Date {
	const [y, m, d] = date.split('-').map(Number);
	return new Date(Date.UTC(y, m - 1, d + addDays));
}

/** NAME and X-WR-CALNAME are written as given by ical-generator: escape them as TEXT here. */
const escapeText = (value: string) =>
	value.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n');

const isWebAddress = (value: string | null | undefined): value is string => {
	if (!value) return false;
	try {
		const url = new URL(value);
		return url.protocol === 'https:' || url.protocol === 'http:';
	} catch {
		return false;
	}
};

function location(meeting: FeedMeeting): string {
	const place = meeting.place.trim();
	if (!meeting.isVirtual) return place;
	return place ? `Virtuelt møde, ${place}` : 'Virtuelt møde';
}

/** The feed as iCalendar text (CRLF lines, folded at 75 octets). */
export function buildIcs({ name, description, meetings, deadlines, origin, now = new Date() }: FeedInput): string {
	const base = origin.replace(/\/+$/, '');
	const calendar = new ICalCalendar({
		prodId: { company: 'Rammeaftale Sjælland', product: 'Mødekalender', language: 'DA' },
		name: escapeText(name),
		description: description ? escapeText(description) : null,
		// No name: DTSTAMP/LAST-MODIFIED stay in UTC. The generator writes our VTIMEZONE for the events' TZID.
		timezone: { name: null, generator: (tz) => (tz === FEED_TIME_ZONE ? COPENHAGEN_VTIMEZONE : null) },
		ttl: 60 * 60
	});

	for (const meeting of meetings) {
		const url = `${base}/moeder/${meeting.id}`;
		const lines = [`${meeting.body.name}. Status: ${statusText[meeting.status]}.`];
		if (isWebAddress(meeting.virtualUrl)) lines.push(`Link til det virtuelle møde: ${meeting.virtualUrl}`);
		lines.push(`Mødets side: ${url}`);
		const common = {
			id: meetingUid(meeting.id),
			sequence: meeting.sequence,
			stamp: meeting.updatedAt,
			lastModified: meeting.updatedAt,
			summary: `${meeting.body.shortName || meeting.body.name}: møde`,
			location: location(meeting) || null,
			description: lines.join('\n'),
			url,
			status: statusOf[meeting.status]
		};
		if (meeting.timeKnown) {
			calendar.createEvent({
				...common,
				timezone: FEED_TIME_ZONE,
				start: new TZDate(meeting.startsAt.getTime(), FEED_TIME_ZONE),
				// No end time known: no DTEND (RFC 5545: the event ends when it starts), rather than an invented one.
				end: meeting.endsAt ? new TZDate(meeting.endsAt.getTime(), FEED_TIME_ZONE) : null
			});
		} else {
			calendar.createEvent({
				...common,
				allDay: true,
				start: copenhagenDay(meeting.startsAt),
				end: copenhagenDay(meeting.startsAt, 1)
			});
		}
	}

	for (const deadline of deadlines) {
		const lines = [`Regel: ${deadline.rule}`, `Kilde: ${deadline.source}`, `Hvem: ${deadline.who}`];
		const href = deadline.href ? (deadline.href.startsWith('/') ? `${base}${deadline.href}` : deadline.href) : null;
		if (href) lines.push(`Mere: ${href}`);
		calendar.createEvent({
			id: deadlineUid(deadline.key),
			sequence: 0,
			stamp: now,
			allDay: true,
			start: isoDay(deadline.date),
			end: isoDay(deadline.date, 1),
			summary: `Frist: ${deadline.title}`,
			description: lines.join('\n'),
			url: isWebAddress(href) ? href : null,
			status: ICalEventStatus.CONFIRMED,
			// A deadline does not make anyone busy.
			transparency: ICalEventTransparency.TRANSPARENT
		});
	}

	return calendar.toString();
}
