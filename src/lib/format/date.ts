// Dates and times as users read them: Europe/Copenhagen, Danish first ("fredag 12. august 2022 kl. 9.00–12.00").
// The same output on the server and in the browser, whatever their own time zone.
import { format } from 'date-fns';
import { TZDate } from '@date-fns/tz';
import { da, enGB } from 'date-fns/locale';

export const TIME_ZONE = 'Europe/Copenhagen';

export type DateLocale = 'da' | 'en';

const locales = { da, en: enGB } as const;

function inCopenhagen(value: Date | string | number): TZDate {
	return new TZDate(new Date(value).getTime(), TIME_ZONE);
}

function pattern(locale: DateLocale, what: 'date' | 'weekdayDate' | 'time') {
	if (what === 'time') return locale === 'da' ? 'H.mm' : 'HH:mm';
	if (what === 'date') return locale === 'da' ? 'd. MMMM yyyy' : 'd MMMM yyyy';
	return locale === 'da' ? 'EEEE d. MMMM yyyy' : 'EEEE d MMMM yyyy';
}

const at = (locale: DateLocale) => (locale === 'da' ? 'kl.' : 'at');

/** "fredag 12. august 2022 kl. 9.00–12.00" (or across days: "… kl. 9.00 – lørdag 13. august 2022 kl. 12.00"). */
export function formatMeetingTime(startsAt: Date, endsAt: Date | null | undefined, locale: DateLocale = 'da'): string {
	const options = { locale: locales[locale] };
	const start = inCopenhagen(startsAt);
	const day = format(start, pattern(locale, 'weekdayDate'), options);
	const startTime = format(start, pattern(locale, 'time'), options);
	if (!endsAt) return `${day} ${at(locale)} ${startTime}`;
	const end = inCopenhagen(endsAt);
	const endTime = format(end, pattern(locale, 'time'), options);
	if (isoDateInCopenhagen(startsAt) === isoDateInCopenhagen(endsAt)) {
		return `${day} ${at(locale)} ${startTime}–${endTime}`;
	}
	const endDay = format(end, pattern(locale, 'weekdayDate'), options);
	return `${day} ${at(locale)} ${startTime} – ${endDay} ${at(locale)} ${endTime}`;
}

/** "12. august 2022" for a timestamp (in Copenhagen) or a `date` column ("2022-08-12"). */
export function formatDate(value: Date | string, locale: DateLocale = 'da'): string {
	return format(toCalendarDate(value), pattern(locale, 'date'), { locale: locales[locale] });
}

/** "fredag 12. august 2022". */
export function formatWeekdayDate(value: Date | string, locale: DateLocale = 'da'): string {
	return format(toCalendarDate(value), pattern(locale, 'weekdayDate'), { locale: locales[locale] });
}

/** "12.08.2022" / "12/08/2022": compact, for tables. */
export function formatShortDate(value: Date | string, locale: DateLocale = 'da'): string {
	// From the day's digits, not a time-zone date: a list of 25 decisions asks this for every row.
	const iso = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : isoDateInCopenhagen(new Date(value));
	const [year, month, day] = iso.split('-');
	return locale === 'da' ? `${day}.${month}.${year}` : `${day}/${month}/${year}`;
}

// One formatter, made once: the calendar's rules ask this of every meeting in a year on each meeting page, and a
// time-zone conversion per call cost milliseconds a page.
const copenhagenDay = new Intl.DateTimeFormat('en', { timeZone: 'Europe/Copenhagen', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar day in Copenhagen as YYYY-MM-DD (for `<time datetime>` and day arithmetic). */
export function isoDateInCopenhagen(value: Date): string {
	const parts = Object.fromEntries(copenhagenDay.formatToParts(value).map((p) => [p.type, p.value]));
	return `${parts.year}-${parts.month}-${parts.day}`;
}

/** "november 2026" for a month given as "2026-11". */
export function formatMonth(month: string, locale: DateLocale = 'da'): string {
	return format(toCalendarDate(`${month}-01`), 'LLLL yyyy', { locale: locales[locale] });
}

/** "H.mm" / "HH:mm" in Copenhagen: a meeting's start time in a calendar cell. */
export function formatTime(value: Date, locale: DateLocale = 'da'): string {
	return format(inCopenhagen(value), pattern(locale, 'time'), { locale: locales[locale] });
}

/** A `date` column ("2022-08-12") or a timestamp as a TZDate on that Copenhagen calendar day. */
function toCalendarDate(value: Date | string): TZDate {
	if (typeof value === 'string') {
		const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
		if (match) return new TZDate(Number(match[1]), Number(match[2]) - 1, Number(match[3]), TIME_ZONE);
		return inCopenhagen(value);
	}
	return inCopenhagen(value);
}
