// The calendar's deadline rules as pure functions on ISO dates (YYYY-MM-DD, Copenhagen calendar days). Each rule
// names where it comes from; deadlines.ts turns them into the Deadline list the calendar and the feeds show.
import { MIN_DAYS_SG_BEFORE_K17 } from './chains';

export type IsoDate = string;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day written YYYY-MM-DD (not 2023-02-30). */
export function isRealIsoDate(value: string): boolean {
	const match = ISO.exec(value);
	if (!match) return false;
	const [y, m, d] = match.slice(1).map(Number);
	const date = new Date(Date.UTC(y, m - 1, d));
	return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** The day `days` after (or before, when negative) an ISO date. */
export function addDays(date: IsoDate, days: number): IsoDate {
	const [y, m, d] = date.split('-').map(Number);
	return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

export const yearOf = (date: IsoDate) => Number(date.slice(0, 4));

// ── The framework agreement ───────────────────────────────────────────────────────────────────────────────────

/**
 * "Rammeaftalen skal godkendes i de enkelte kommunalbestyrelser og Regionsrådet senest den 1. december"
 * (hovedbilag 2021-22; BEK 1298/2020, now BEK 378/2024), in the year before the two-year period starts.
 */
export function agreementApprovalDeadline(periodStartYear: number): IsoDate {
	return `${periodStartYear - 1}-12-01`;
}

/** "2027-28" for a period starting in 2027. */
export function agreementPeriodLabel(startYear: number): string {
	return `${startYear}-${String((startYear + 1) % 100).padStart(2, '0')}`;
}

/** The start year of a label such as "2025-26", or null when it is not one. */
export function agreementStartYear(label: string): number | null {
	const match = /^(\d{4})-(\d{2})$/.exec(label);
	if (!match) return null;
	const start = Number(match[1]);
	return (start + 1) % 100 === Number(match[2]) ? start : null;
}

/**
 * Days between KKR Sjælland sending the agreement to the councils and the councils' deadline: 8 weeks, two
 * monthly cycles of the councils (committee, then the council itself), so every council can treat it at an
 * ordinary meeting. In 2022 KKR treated the agreement 2023-24 on 7/9 for the deadline 1/12, 12 weeks ahead
 * (referat 12/8-2022, punkt 2). A planning rule of the secretariat's, not of the regulation.
 */
export const COUNCIL_LEAD_DAYS = 56;

/** The latest day for each governance step to treat an agreement whose councils' deadline is `deadline`. */
export interface BackwardsLatest {
	kkr: IsoDate;
	k17: IsoDate;
	sg: IsoDate;
}

/**
 * Backwards from the councils' deadline D: KKR at least COUNCIL_LEAD_DAYS before D; K17 before that KKR (at the
 * latest the day before); SG at least 14 days before that K17 (referat 12/8-2022, punkt 6B). When the calendar
 * already has the KKR or K17 meeting, pass its day: the steps before it count back from the meeting itself.
 */
export function backwardsLatest(deadline: IsoDate, matched: { kkr?: IsoDate | null; k17?: IsoDate | null } = {}): BackwardsLatest {
	const kkr = addDays(deadline, -COUNCIL_LEAD_DAYS);
	const k17 = addDays(earlier(matched.kkr, kkr), -1);
	const sg = addDays(earlier(matched.k17, k17), -MIN_DAYS_SG_BEFORE_K17);
	return { kkr, k17, sg };
}

const earlier = (a: IsoDate | null | undefined, b: IsoDate) => (a && a < b ? a : b);

// ── Socialtilsyn Øst's annual report ───────────────────────────────────────────────────────────────────────────

/** Lov om socialtilsyn took effect 1/1-2014; its first annual report (for 2014) was due in 2015. */
export const FIRST_SOCIALTILSYN_REPORT_YEAR = 2014;

/**
 * "… sendes til sekretariatet for rammeaftalen og socialstyrelsen senest den 1. juli året efter det kalenderår
 * rapporten vedrører" (hovedbilag 2021-22). Null before the law's first report.
 */
export function socialtilsynReportDeadline(reportYear: number): IsoDate | null {
	if (reportYear < FIRST_SOCIALTILSYN_REPORT_YEAR) return null;
	return `${reportYear + 1}-07-01`;
}

// ── Expense increases over 5 % ─────────────────────────────────────────────────────────────────────────────────

/** The 2025 principle ("drøftes i Styregruppen for Rammeaftalen 2 gange om året") applies from 2025. */
export const FIRST_EXPENSE_REVIEW_YEAR = 2025;

/** One SG review per half year, at the latest on its last day. None before 2025. */
export function expenseReviewDeadlines(year: number): { half: 'h1' | 'h2'; date: IsoDate }[] {
	if (year < FIRST_EXPENSE_REVIEW_YEAR) return [];
	return [
		{ half: 'h1', date: `${year}-06-30` },
		{ half: 'h2', date: `${year}-12-31` }
	];
}

// ── Takeover of regional offers ───────────────────────────────────────────────────────────────────────────────

/** Municipal elections are held every fourth year in November (2013, 2017, 2021, 2025, 2029 …). */
export function isMunicipalElectionYear(year: number): boolean {
	return (((year - 2021) % 4) + 4) % 4 === 0;
}

/**
 * "… en kommunalbestyrelse senest den 1. januar i valgperiodens 3. år skal have meddelt regionen, at den ønsker at
 * overtage et regionalt tilbud" (hovedbilag 2021-22). The election period starts 1 January after the election, so
 * its third year begins three years after the election year: 2021 → 1/1-2024, 2025 → 1/1-2028, 2029 → 1/1-2032.
 */
export function takeoverNoticeDeadline(electionYear: number): IsoDate {
	if (!isMunicipalElectionYear(electionYear)) throw new RangeError(`${electionYear} is not a municipal election year`);
	return `${electionYear + 3}-01-01`;
}

/** The rule applies from 1/7-2014; its first notice date was 1/1-2016 (the 2013 election's period). */
export const FIRST_TAKEOVER_NOTICE_YEAR = 2016;

/** The takeover notice falling in `year` (1 January), or null when `year` is not the third year of a period. */
export function takeoverNoticeInYear(year: number): { electionYear: number; date: IsoDate } | null {
	if (year < FIRST_TAKEOVER_NOTICE_YEAR || !isMunicipalElectionYear(year - 3)) return null;
	return { electionYear: year - 3, date: takeoverNoticeDeadline(year - 3) };
}

// ── Dates typed into forms ─────────────────────────────────────────────────────────────────────────────────────

/**
 * A date as typed: "2022-11-24" (what a date input sends) or the Danish "24.11.2022", "24-11-2022", "24/11-2022".
 * '' → null (no date); anything else that is not a real day → undefined.
 */
export function parseDateInput(raw: string): IsoDate | null | undefined {
	const value = raw.trim();
	if (value === '') return null;
	if (ISO.test(value)) return isRealIsoDate(value) ? value : undefined;
	const danish = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(value);
	if (!danish) return undefined;
	const iso = `${danish[3]}-${danish[2].padStart(2, '0')}-${danish[1].padStart(2, '0')}`;
	return isRealIsoDate(iso) ? iso : undefined;
}
