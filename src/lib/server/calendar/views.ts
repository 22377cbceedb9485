// The calendar's month and list views: meetings and deadlines of a month or a year, optionally of one body or of
// the bodies the viewer sits in ("mine møder"), each meeting with the rules it breaks in words. The chain view
// (SG → K17 → KKR side by side) is calendar.ts.
import { asc, eq } from 'drizzle-orm';
import { bodies, meetings } from '../db/schema';
import type { Db } from '../db/types';
import type { SessionUser } from '../auth/session';
import { listCalendarMeetings, type BodyRef, type MeetingSummary } from '../meetings/meetings';
import { listedMeetingCondition } from '../meetings/visibility';
import { isoDateInCopenhagen } from '$lib/format/date';
import { copenhagen } from '../db/seed/data/calendar';
import type { IsoDate as SeedDate } from '../db/seed/data/types';
import { listDeadlines, type Deadline } from './deadlines';
import { addDays, HOLIDAY_RANGE, inHolidayRange, nonWorkingDay, weekday, yearOf } from './holidays';
import { calendarViolations } from './calendar';
import { m } from '$lib/paraglide/messages';

export type CalendarViewName = 'kaeder' | 'maaned' | 'liste';

export interface CalendarQuery {
	view: CalendarViewName;
	/** The month of the month view, "YYYY-MM". */
	month: string;
	/** The year of the list view. */
	year: number;
	/** Only this body's meetings (slug), or all. */
	body: string | null;
	/** Only the bodies the viewer sits in. */
	mine: boolean;
}

/** Years the views accept: the holiday calendar's range, so every shown day can say whether it is a holiday. */
const YEARS = HOLIDAY_RANGE;

/**
 * Reads `?visning=maaned&maaned=2026-11&organ=k17&mine=1` (or `visning=liste&aar=2026`); today's month and year
 * where not given. A malformed month or year, or one outside the holiday calendar, is a request error.
 */
export function parseCalendarQuery(
	params: URLSearchParams,
	now = new Date()
): { ok: true; query: CalendarQuery } | { ok: false; message: string } {
	const today = isoDateInCopenhagen(now);
	const viewParam = params.get('visning') ?? 'kaeder';
	if (viewParam !== 'kaeder' && viewParam !== 'maaned' && viewParam !== 'liste') {
		return { ok: false, message: m.calendar_error_view({ value: viewParam }) };
	}
	const month = params.get('maaned') ?? today.slice(0, 7);
	const monthMatch = /^(\d{4})-(\d{2})$/.exec(month);
	if (!monthMatch || Number(monthMatch[2]) < 1 || Number(monthMatch[2]) > 12) {
		return { ok: false, message: m.calendar_error_month({ value: month }) };
	}
	const yearParam = params.get('aar') ?? today.slice(0, 4);
	if (!/^\d{4}$/.test(yearParam)) return { ok: false, message: m.calendar_error_year({ value: yearParam }) };
	const year = Number(yearParam);
	for (const y of [Number(monthMatch[1]), year]) {
		if (y < YEARS.from || y > YEARS.to) {
			return { ok: false, message: m.calendar_error_range({ year: y, from: YEARS.from, to: YEARS.to }) };
		}
	}
	const body = params.get('organ') || null;
	return { ok: true, query: { view: viewParam, month, year, body, mine: params.get('mine') === '1' } };
}

export type CalendarEntry =
	| { kind: 'meeting'; date: string; meeting: MeetingSummary; violations: string[] }
	| { kind: 'deadline'; date: string; deadline: Deadline };

export interface DayCell {
	date: string;
	inMonth: boolean;
	isToday: boolean;
	/** Weekend, public holiday or a day the secretariat treats as closed, with its name. */
	nonWorking: { kind: 'weekend' | 'holiday' | 'closed'; name: string } | null;
	entries: CalendarEntry[];
}

interface Filter {
	/** Bodies with meetings the viewer may see, for the filter. */
	bodies: BodyRef[];
	selectedBody: BodyRef | null;
}

export interface MonthView extends Filter {
	month: string;
	previous: string | null;
	next: string | null;
	/** Weeks from Monday to Sunday covering the month. */
	weeks: DayCell[][];
	/** The month's entries in date order, for the list under the grid and screen readers. */
	entries: CalendarEntry[];
}

export interface ListView extends Filter {
	year: number;
	previous: number | null;
	next: number | null;
	/** The year's entries grouped by month ("YYYY-MM"). */
	months: { month: string; entries: CalendarEntry[] }[];
}

/** The month grid's days: from the Monday on or before the 1st to the Sunday on or after the last day. */
export function monthDays(month: string): { date: string; inMonth: boolean }[] {
	const first = `${month}-01`;
	const [y, mo] = month.split('-').map(Number);
	const last = new Date(Date.UTC(y, mo, 0)).toISOString().slice(0, 10);
	const start = addDays(first, -((weekday(first) + 6) % 7));
	const end = addDays(last, (7 - weekday(last)) % 7);
	const days: { date: string; inMonth: boolean }[] = [];
	for (let d = start; d <= end; d = addDays(d, 1)) days.push({ date: d, inMonth: d.startsWith(month) });
	return days;
}

function shiftMonth(month: string, by: number): string {
	const [y, mo] = month.split('-').map(Number);
	const d = new Date(Date.UTC(y, mo - 1 + by, 1));
	return d.toISOString().slice(0, 7);
}

const inRange = inHolidayRange;

async function visibleBodies(db: Db, viewer: SessionUser | null, mine: boolean): Promise<BodyRef[]> {
	const rows = await db
		.selectDistinct({ id: bodies.id, slug: bodies.slug, name: bodies.name, shortName: bodies.shortName })
		.from(bodies)
		.innerJoin(meetings, eq(meetings.bodyId, bodies.id))
		.where(listedMeetingCondition(viewer))
		.orderBy(asc(bodies.name));
	return mine ? rows.filter((b) => viewer?.bodyIds.includes(b.id)) : rows;
}

/** Meetings and deadlines in [from, to] (ISO dates), as entries in date order. */
async function entriesBetween(
	db: Db,
	viewer: SessionUser | null,
	query: CalendarQuery,
	selectedBody: BodyRef | null,
	from: string,
	to: string
): Promise<CalendarEntry[]> {
	const [list, deadlines, violations] = await Promise.all([
		listCalendarMeetings(db, viewer, {
			bodySlugs: selectedBody ? [selectedBody.slug] : undefined,
			bodyIds: query.mine ? (viewer?.bodyIds ?? []) : undefined,
			from: copenhagen(from as SeedDate, 0),
			before: copenhagen(addDays(to, 1) as SeedDate, 0)
		}),
		// Deadlines concern the whole cooperation; a body filter or "mine møder" shows meetings only.
		selectedBody || query.mine ? Promise.resolve([]) : listDeadlines(db, { from, to }),
		calendarViolations(db, viewer)
	]);
	const byMeeting = new Map<number, string[]>();
	for (const v of violations) {
		for (const id of v.meetingIds) byMeeting.set(id, [...(byMeeting.get(id) ?? []), v.message]);
	}
	const entries: CalendarEntry[] = [
		...list.map((meeting): CalendarEntry => ({
			kind: 'meeting',
			date: isoDateInCopenhagen(meeting.startsAt),
			meeting,
			violations: meeting.status === 'cancelled' ? [] : (byMeeting.get(meeting.id) ?? [])
		})),
		...deadlines.map((deadline): CalendarEntry => ({ kind: 'deadline', date: deadline.date, deadline }))
	];
	// Stable: meetings by time, deadlines after the day's meetings.
	return entries.sort((a, b) => a.date.localeCompare(b.date) || (a.kind === b.kind ? 0 : a.kind === 'meeting' ? -1 : 1));
}

async function filterFor(db: Db, viewer: SessionUser | null, query: CalendarQuery): Promise<Filter> {
	const list = await visibleBodies(db, viewer, query.mine);
	return { bodies: list, selectedBody: list.find((b) => b.slug === query.body) ?? null };
}

export async function getMonthView(
	db: Db,
	viewer: SessionUser | null,
	query: CalendarQuery,
	now = new Date()
): Promise<MonthView> {
	const filter = await filterFor(db, viewer, query);
	const days = monthDays(query.month);
	const unknownBody = query.body !== null && !filter.selectedBody;
	const entries = unknownBody
		? []
		: await entriesBetween(db, viewer, query, filter.selectedBody, days[0].date, days.at(-1)!.date);
	const today = isoDateInCopenhagen(now);
	const cells: DayCell[] = days.map(({ date, inMonth }) => ({
		date,
		inMonth,
		isToday: date === today,
		// The grid of January 2020 starts in December 2019, before the holiday calendar's range.
		nonWorking: inHolidayRange(yearOf(date)) ? nonWorkingDay(date) : null,
		entries: entries.filter((e) => e.date === date)
	}));
	const weeks: DayCell[][] = [];
	for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
	const previous = shiftMonth(query.month, -1);
	const next = shiftMonth(query.month, 1);
	return {
		...filter,
		month: query.month,
		previous: inRange(Number(previous.slice(0, 4))) ? previous : null,
		next: inRange(Number(next.slice(0, 4))) ? next : null,
		weeks,
		entries: entries.filter((e) => e.date.startsWith(query.month))
	};
}

export async function getListView(db: Db, viewer: SessionUser | null, query: CalendarQuery): Promise<ListView> {
	const filter = await filterFor(db, viewer, query);
	const unknownBody = query.body !== null && !filter.selectedBody;
	const entries = unknownBody
		? []
		: await entriesBetween(db, viewer, query, filter.selectedBody, `${query.year}-01-01`, `${query.year}-12-31`);
	const months: ListView['months'] = [];
	for (const entry of entries) {
		const month = entry.date.slice(0, 7);
		if (months.at(-1)?.month !== month) months.push({ month, entries: [] });
		months.at(-1)!.entries.push(entry);
	}
	return {
		...filter,
		year: query.year,
		previous: inRange(query.year - 1) ? query.year - 1 : null,
		next: inRange(query.year + 1) ? query.year + 1 : null,
		months
	};
}
