// The planner: from a year's KKR dates (or K17 dates) it proposes the SG → K17 → KKR chains the secretariat then
// accepts, edits or rejects. Pure functions, no database. The rule is read off the seeded calendar (BRIEF §4, the
// table in referat 12/8-2022, punkt 6B):
//
// | SG         | K17        | KKR        | SG→K17 | K17→KKR |
// | 12/8-2022  | 26/8-2022  | 7/9-2022   | 14     | 12      |
// | 14/10-2022 | 4/11-2022  | 22/11-2022 | 21     | 18      |
// | 6/1-2023   | 27/1-2023  | 8/2-2023   | 21     | 12      |
// | 10/3-2023  | 31/3-2023  | 26/4-2023  | 21     | 26      |
// | 19/5-2023  | 2/6-2023   | 20/6-2023  | 14     | 18      |
// | 11/8-2023  | 25/8-2023  | 6/9-2023   | 14     | 12      |
// | 13/10-2023 | 3/11-2023  | 20/11-2023 | 21     | 17      |
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { formatWeekdayDate, type DateLocale } from '$lib/format/date';
import { MIN_DAYS_SG_BEFORE_K17, type ChainStep } from './chains';
import {
	addDays,
	HOLIDAY_RANGE,
	HolidayRangeError,
	inHolidayRange,
	isIsoDate,
	nonWorkingDay,
	weekday,
	yearOf,
	type IsoDate,
	type NonWorkingDay
} from './holidays';

export type { IsoDate } from './holidays';

/** K17 met on a Friday in all 7 seeded chains. */
export const K17_WEEKDAY = 5;

/** The shortest K17 → KKR distance in the seeded table (26/8 → 7/9-2022, 27/1 → 8/2-2023, 25/8 → 6/9-2023). */
export const MIN_DAYS_K17_BEFORE_KKR = 12;

/**
 * SG meets this many days before its K17 meeting, on the same weekday: the rule's minimum ("Møder i styregruppen er
 * placeret 14 dage før de møder i K17 …", referat 12/8-2022, punkt 6B); 3 of the 7 seeded chains used exactly that,
 * the other 4 a week more.
 */
export const SG_DAYS_BEFORE_K17 = MIN_DAYS_SG_BEFORE_K17;

/** The most dates the planner takes at once (a year has 6-7 chains; 30 leaves room for several years). */
export const MAX_PLANNER_DATES = 30;

export type PlanBasis = 'kkr' | 'k17';

export interface ProposedMeeting {
	step: ChainStep;
	date: IsoDate;
	/** Why the date is what it is, in words ("14 dage før K17-mødet fredag 4. november 2022"). */
	reason: string;
}

export interface ProposedChain {
	sg: ProposedMeeting;
	k17: ProposedMeeting;
	kkr: ProposedMeeting;
}

interface Skipped {
	date: IsoDate;
	day: NonWorkingDay;
}

/** The first working day from `date` going `step` days at a time (-1 earlier, +1 later), and the days skipped. */
function toWorkingDay(date: IsoDate, step: -1 | 1): { date: IsoDate; skipped: Skipped[] } {
	const skipped: Skipped[] = [];
	let current = date;
	for (let day = nonWorkingDay(current); day; day = nonWorkingDay(current)) {
		skipped.push({ date: current, day });
		current = addDays(current, step);
	}
	return { date: current, skipped };
}

function checkYears(dates: IsoDate[]) {
	for (const date of dates) if (!inHolidayRange(yearOf(date))) throw new HolidayRangeError(yearOf(date));
}

/**
 * The proposed chains for a year's KKR dates (basis 'kkr') or K17 dates (basis 'k17'), one chain per date, sorted by
 * date. Reasons are in `locale` (Danish unless told otherwise: they are stored with the proposal). Throws
 * HolidayRangeError for a date, or a proposed date, outside HOLIDAY_RANGE.
 *
 * - From a KKR date: K17 is the latest Friday at least 12 days before it, moved earlier to the previous working day
 *   when that Friday is not one.
 * - From a K17 date: KKR is 12 days after it, moved later to the next working day.
 * - Either way SG is 14 days before K17 (the same weekday), moved earlier day by day while not a working day.
 *
 * A given date on a non-working day is kept (the secretariat may plan as it likes), with a note in its reason.
 */
export function proposeChains(basis: PlanBasis, dates: IsoDate[], locale: DateLocale = 'da'): ProposedChain[] {
	for (const date of dates) if (!isIsoDate(date)) throw new TypeError(`Not an ISO date (YYYY-MM-DD): ${date}`);
	const sorted = [...new Set(dates)].sort();
	checkYears(sorted);
	const options = { locale };
	const day = (date: IsoDate) => formatWeekdayDate(date, locale);
	const moved = (skipped: Skipped[]) =>
		skipped.length === 0
			? ''
			: m.rules_reason_moved(
					{
						days: new Intl.ListFormat(locale, { type: 'conjunction' }).format(
							skipped.map(
								(s) =>
									`${day(s.date)} (${s.day.kind === 'weekend' ? m.rules_reason_day_weekend({}, options) : s.day.name})`
							)
						)
					},
					options
				);
	const note = (date: IsoDate) => {
		const why = nonWorkingDay(date);
		if (!why) return '';
		if (why.kind === 'holiday') return m.rules_reason_note_holiday({ name: why.name }, options);
		if (why.kind === 'closed') return m.rules_reason_note_closed({ name: why.name }, options);
		return m.rules_reason_note_weekend({}, options);
	};

	const sgFor = (k17: IsoDate): ProposedMeeting => {
		const target = addDays(k17, -SG_DAYS_BEFORE_K17);
		checkYears([target]);
		const { date, skipped } = toWorkingDay(target, -1);
		const reason = m.rules_reason_sg_before_k17({ days: SG_DAYS_BEFORE_K17, date: day(k17) }, options) + moved(skipped);
		return { step: 'sg', date, reason };
	};

	return sorted.map((given) => {
		if (basis === 'kkr') {
			const latest = addDays(given, -MIN_DAYS_K17_BEFORE_KKR);
			const friday = addDays(latest, -((weekday(latest) - K17_WEEKDAY + 7) % 7));
			checkYears([friday]);
			const { date: k17, skipped } = toWorkingDay(friday, -1);
			return {
				sg: sgFor(k17),
				k17: {
					step: 'k17',
					date: k17,
					reason: m.rules_reason_k17_before_kkr({ days: MIN_DAYS_K17_BEFORE_KKR, date: day(given) }, options) + moved(skipped)
				},
				kkr: { step: 'kkr', date: given, reason: m.rules_reason_given_kkr({}, options) + note(given) }
			};
		}
		const target = addDays(given, MIN_DAYS_K17_BEFORE_KKR);
		checkYears([target]);
		const { date: kkr, skipped } = toWorkingDay(target, 1);
		return {
			sg: sgFor(given),
			k17: { step: 'k17', date: given, reason: m.rules_reason_given_k17({}, options) + note(given) },
			kkr: {
				step: 'kkr',
				date: kkr,
				reason: m.rules_reason_kkr_after_k17({ days: MIN_DAYS_K17_BEFORE_KKR, date: day(given) }, options) + moved(skipped)
			}
		};
	});
}

// ---- Reading the dates the secretariat types -----------------------------------------------------------------------

const FORMATS: { pattern: RegExp; order: 'ymd' | 'dmy' }[] = [
	{ pattern: /^(\d{4})-(\d{1,2})-(\d{1,2})$/, order: 'ymd' }, // 2031-09-07
	{ pattern: /^(\d{1,2})\/(\d{1,2})-(\d{4})$/, order: 'dmy' }, // 7/9-2031
	{ pattern: /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/, order: 'dmy' }, // 7.9.2031
	{ pattern: /^(\d{1,2})-(\d{1,2})-(\d{4})$/, order: 'dmy' } // 07-09-2031
];

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The dates in what the secretariat typed: one or more, separated by newlines, commas or semicolons, each as
 * 2031-09-07, 7/9-2031, 7.9.2031 or 07-09-2031. Returned as ISO dates in date order. Rejects an empty input, more
 * than 30 dates, unreadable or impossible dates, duplicates and years outside the holiday calendar, each with a
 * message (in the current locale) naming the text and the rule. A date on a weekend or holiday is accepted.
 */
export function parsePlannerDates(text: string): { ok: true; dates: IsoDate[] } | { ok: false; message: string } {
	const parts = text
		.split(/[\n\r,;]+/)
		.map((p) => p.trim())
		.filter((p) => p !== '');
	if (parts.length === 0) return { ok: false, message: m.rules_dates_empty() };
	if (parts.length > MAX_PLANNER_DATES) {
		return { ok: false, message: m.rules_dates_too_many({ count: parts.length, max: MAX_PLANNER_DATES }) };
	}
	const seen = new Map<IsoDate, string>();
	for (const part of parts) {
		const format = FORMATS.map((f) => ({ ...f, match: f.pattern.exec(part) })).find((f) => f.match);
		if (!format?.match) return { ok: false, message: m.rules_dates_unreadable({ text: part }) };
		const [a, b, c] = format.match.slice(1, 4).map(Number);
		const [year, month, dayOfMonth] = format.order === 'ymd' ? [a, b, c] : [c, b, a];
		if (month < 1 || month > 12) return { ok: false, message: m.rules_dates_bad_month({ text: part }) };
		const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
		if (dayOfMonth < 1 || dayOfMonth > daysInMonth) {
			const monthName = new Intl.DateTimeFormat(getLocale(), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
				new Date(Date.UTC(year, month - 1, 1))
			);
			return { ok: false, message: m.rules_dates_bad_day({ text: part, month: monthName, days: daysInMonth }) };
		}
		if (!inHolidayRange(year)) {
			return {
				ok: false,
				message: m.rules_dates_out_of_range({ text: part, year, from: HOLIDAY_RANGE.from, to: HOLIDAY_RANGE.to })
			};
		}
		const date = `${year}-${pad(month)}-${pad(dayOfMonth)}`;
		const first = seen.get(date);
		if (first !== undefined) return { ok: false, message: m.rules_dates_duplicate({ text: part, first }) };
		seen.set(date, part);
	}
	return { ok: true, dates: [...seen.keys()].sort() };
}
