// Danish public holidays and the days the secretariat treats as closed: the days no meeting is planned on (BRIEF §4:
// "Meetings … are not planned on Danish public holidays"). Pure date arithmetic on ISO dates ("2031-09-07") through
// UTC, so the answers never depend on the server's time zone.
//
// The movable feasts hang on Easter Sunday (anonymous Gregorian algorithm). Store bededag (the 4th Friday after
// Easter) is a public holiday up to and including 2023 only: it was abolished from 2024 by lov nr. 139 af 28/2-2023.
import { m } from '$lib/paraglide/messages';

/** A calendar day as YYYY-MM-DD. */
export type IsoDate = string;

/** The years the holiday calendar is known to be right for; outside them the functions throw HolidayRangeError. */
export const HOLIDAY_RANGE = { from: 2020, to: 2035 } as const;

/** The last year store bededag was a public holiday (lov nr. 139 af 28/2-2023 abolished it from 2024). */
export const LAST_STORE_BEDEDAG_YEAR = 2023;

export class HolidayRangeError extends Error {
	constructor(readonly year: number) {
		super(m.rules_holiday_range({ from: String(HOLIDAY_RANGE.from), to: String(HOLIDAY_RANGE.to), year: String(year) }));
		this.name = 'HolidayRangeError';
	}
}

export interface NamedDay {
	date: IsoDate;
	name: string;
}

const DAY_MS = 86_400_000;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether the text is a real calendar day as YYYY-MM-DD ("2031-02-31" is not). */
export function isIsoDate(value: string): boolean {
	const match = ISO.exec(value);
	if (!match) return false;
	const [y, mo, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const date = new Date(Date.UTC(y, mo - 1, d));
	return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

function toUtc(date: IsoDate): number {
	if (!isIsoDate(date)) throw new TypeError(`Not an ISO date (YYYY-MM-DD): ${date}`);
	return Date.parse(`${date}T00:00:00Z`);
}

const fromUtc = (ms: number): IsoDate => new Date(ms).toISOString().slice(0, 10);

/** The day `n` days after `date` (before it when `n` is negative). */
export function addDays(date: IsoDate, n: number): IsoDate {
	return fromUtc(toUtc(date) + n * DAY_MS);
}

/** 0 = Sunday … 6 = Saturday, as Date.getDay. */
export function weekday(date: IsoDate): number {
	return new Date(toUtc(date)).getUTCDay();
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
	return Math.round((toUtc(to) - toUtc(from)) / DAY_MS);
}

export const yearOf = (date: IsoDate): number => Number(date.slice(0, 4));

function checkRange(year: number) {
	if (!Number.isInteger(year) || year < HOLIDAY_RANGE.from || year > HOLIDAY_RANGE.to) throw new HolidayRangeError(year);
}

/** Whether the year lies in HOLIDAY_RANGE. */
export const inHolidayRange = (year: number): boolean => year >= HOLIDAY_RANGE.from && year <= HOLIDAY_RANGE.to;

/** Easter Sunday (anonymous Gregorian algorithm, also known as Meeus/Jones/Butcher). */
export function easterSunday(year: number): IsoDate {
	checkRange(year);
	const a = year % 19;
	const b = Math.floor(year / 100);
	const c = year % 100;
	const d = Math.floor(b / 4);
	const e = b % 4;
	const f = Math.floor((b + 8) / 25);
	const g = Math.floor((b - f + 1) / 3);
	const h = (19 * a + b - d - g + 15) % 30;
	const i = Math.floor(c / 4);
	const k = c % 4;
	const l = (32 + 2 * e + 2 * i - h - k) % 7;
	const mm = Math.floor((a + 11 * h + 22 * l) / 451);
	const month = Math.floor((h + l - 7 * mm + 114) / 31);
	const day = ((h + l - 7 * mm + 114) % 31) + 1;
	return fromUtc(Date.UTC(year, month - 1, day));
}

const pad = (n: number) => String(n).padStart(2, '0');

const holidayCache = new Map<number, NamedDay[]>();

/** The Danish public holidays of a year, in date order (11 up to 2023, 10 from 2024). */
export function danishPublicHolidays(year: number): NamedDay[] {
	checkRange(year);
	const cached = holidayCache.get(year);
	if (cached) return cached.map((d) => ({ ...d }));
	const easter = easterSunday(year);
	const fromEaster = (n: number, name: string): NamedDay => ({ date: addDays(easter, n), name });
	const days: NamedDay[] = [
		{ date: `${year}-01-01`, name: 'nytårsdag' },
		fromEaster(-3, 'skærtorsdag'),
		fromEaster(-2, 'langfredag'),
		fromEaster(0, 'påskedag'),
		fromEaster(1, '2. påskedag'),
		...(year <= LAST_STORE_BEDEDAG_YEAR ? [fromEaster(26, 'store bededag')] : []),
		fromEaster(39, 'Kristi himmelfartsdag'),
		fromEaster(49, 'pinsedag'),
		fromEaster(50, '2. pinsedag'),
		{ date: `${year}-12-25`, name: 'juledag' },
		{ date: `${year}-12-26`, name: '2. juledag' }
	];
	holidayCache.set(year, days);
	return days.map((d) => ({ ...d }));
}

// ---- The days the secretariat treats as closed --------------------------------------------------------------------

type Env = Record<string, string | undefined>;

/** A yearly closed day: month and day ("06-05") and its name. */
export interface ClosedDay {
	monthDay: string;
	name: string;
}

/**
 * The days the secretariat treats as closed although they are not public holidays. Override with the environment
 * variable CALENDAR_CLOSED_DAYS, format `MM-DD Name;MM-DD Name`, e.g.
 * `06-05 Grundlovsdag;12-24 Juleaftensdag;12-31 Nytårsaftensdag`; an empty value means no closed days.
 */
export const DEFAULT_CLOSED_DAYS: readonly ClosedDay[] = [
	{ monthDay: '06-05', name: 'grundlovsdag' },
	{ monthDay: '12-24', name: 'juleaftensdag' },
	{ monthDay: '12-31', name: 'nytårsaftensdag' }
];

export class ClosedDaysSettingError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'ClosedDaysSettingError';
	}
}

const CLOSED_DAY = /^(\d{2})-(\d{2})\s+(\S.*)$/;

/**
 * The closed days from the value of CALENDAR_CLOSED_DAYS: undefined gives the defaults, an empty (or blank) value
 * none. A malformed value throws ClosedDaysSettingError naming the part that cannot be read.
 */
export function closedDaysFrom(value: string | undefined): ClosedDay[] {
	if (value === undefined) return DEFAULT_CLOSED_DAYS.map((d) => ({ ...d }));
	const days: ClosedDay[] = [];
	for (const raw of value.split(';')) {
		const part = raw.trim();
		if (!part) continue;
		const match = CLOSED_DAY.exec(part);
		// 2032 is a leap year, so "02-29" counts as a real day here (it then applies in leap years only).
		if (!match || !isIsoDate(`2032-${match[1]}-${match[2]}`)) {
			throw new ClosedDaysSettingError(m.rules_closed_days_malformed({ part }));
		}
		const monthDay = `${match[1]}-${match[2]}`;
		if (days.some((d) => d.monthDay === monthDay)) {
			throw new ClosedDaysSettingError(m.rules_closed_days_duplicate({ monthDay }));
		}
		days.push({ monthDay, name: match[3].trim() });
	}
	return days.sort((a, b) => a.monthDay.localeCompare(b.monthDay));
}

/** Reads CALENDAR_CLOSED_DAYS once, so a malformed value stops the server at start rather than at the first page. */
export function checkClosedDaysSetting(env: Env = process.env): ClosedDay[] {
	return closedDaysFrom(env.CALENDAR_CLOSED_DAYS);
}

/** The closed days of a year as dates (from CALENDAR_CLOSED_DAYS, read at call time, or the defaults). */
export function closedDays(year: number, env: Env = process.env): NamedDay[] {
	checkRange(year);
	return closedDaysFrom(env.CALENDAR_CLOSED_DAYS)
		.map((d) => ({ date: `${year}-${d.monthDay}`, name: d.name }))
		.filter((d) => isIsoDate(d.date));
}

// ---- Working days --------------------------------------------------------------------------------------------------

export type NonWorkingKind = 'weekend' | 'holiday' | 'closed';

export interface NonWorkingDay {
	kind: NonWorkingKind;
	name: string;
}

/**
 * Why no meeting should be held on a day, or null for a working day. A public holiday wins over a closed day and
 * both over the weekend (juledag on a Saturday is named "juledag"). Throws HolidayRangeError outside HOLIDAY_RANGE.
 */
export function nonWorkingDay(date: IsoDate, env: Env = process.env): NonWorkingDay | null {
	const year = yearOf(date);
	checkRange(year);
	const holiday = danishPublicHolidays(year).find((d) => d.date === date);
	if (holiday) return { kind: 'holiday', name: holiday.name };
	const closed = closedDays(year, env).find((d) => d.date === date);
	if (closed) return { kind: 'closed', name: closed.name };
	const day = weekday(date);
	if (day === 6) return { kind: 'weekend', name: 'lørdag' };
	if (day === 0) return { kind: 'weekend', name: 'søndag' };
	return null;
}

export function isWorkingDay(date: IsoDate, env: Env = process.env): boolean {
	return nonWorkingDay(date, env) === null;
}

/** `pad` kept for callers building dates from numbers. */
export const isoDate = (year: number, month: number, day: number): IsoDate => `${year}-${pad(month)}-${pad(day)}`;
