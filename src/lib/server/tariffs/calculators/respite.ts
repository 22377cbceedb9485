// Aflastning: respite stays are counted as hotel days from 12:00 to 12:00 the next day (hovedbilag). A hotel day
// is the span from one local noon to the next, so counting follows the clock on the wall: a night when summer time
// starts or ends is one day though it lasts 23 or 25 hours.
import { TZDate } from '@date-fns/tz';
import { addDays, daysBetween } from './dates';
import { citedSentence, numberParameter, type AppliedRule } from './rule-parameters';
import type { Calculation } from './types';
import { formatDate, TIME_ZONE } from '$lib/format/date';
import { formatNumber } from './money';

export const LOCAL_DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/;

export interface RespiteInput {
	/** Local date-times in Copenhagen, "2026-03-28T15:00". */
	arrival: string;
	departure: string;
}

export interface RespiteResult extends Calculation {
	hotelDays: number;
}

/** The hotel day a moment belongs to, named by the date its noon-to-noon span starts on. */
function hotelDayOf(localDateTime: string, cutover: number, exclusiveEnd: boolean): string {
	const [, date, hh, mm] = LOCAL_DATE_TIME.exec(localDateTime)!;
	const minutes = Number(hh) * 60 + Number(mm);
	// A departure exactly at the cut-over ends the previous hotel day; it does not begin a new one.
	const before = exclusiveEnd ? minutes <= cutover * 60 : minutes < cutover * 60;
	return before ? addDays(date, -1) : date;
}

/** Real elapsed hours between two local date-times (across a DST change this differs from the wall clock). */
function elapsedHours(from: string, to: string): number {
	const at = (s: string) => {
		const [, date, hh, mm] = LOCAL_DATE_TIME.exec(s)!;
		const [y, mo, d] = date.split('-').map(Number);
		return new TZDate(y, mo - 1, d, Number(hh), Number(mm), TIME_ZONE).getTime();
	};
	return (at(to) - at(from)) / 3_600_000;
}

export function respiteDays(input: RespiteInput, rule: AppliedRule): RespiteResult {
	const cutover = numberParameter(rule, 'cutoverHour');
	const first = hotelDayOf(input.arrival, cutover, false);
	const last = hotelDayOf(input.departure, cutover, true);
	const hotelDays = Math.max(1, daysBetween(first, last) + 1);
	const hours = elapsedHours(input.arrival, input.departure);
	const clock = `kl. ${String(cutover).padStart(2, '0')}.00`;
	return {
		headline: `Opholdet tælles som ${formatNumber(hotelDays)} ${hotelDays === 1 ? 'hoteldøgn' : 'hoteldøgn'}.`,
		hotelDays,
		steps: [
			`Et hoteldøgn løber fra ${clock} til ${clock} næste dag (reglens parameter: skæringstid ${cutover}).`,
			`Ankomsten falder i hoteldøgnet, der begynder ${formatDate(first)} ${clock}.`,
			`Afrejsen falder i hoteldøgnet, der begynder ${formatDate(last)} ${clock} (en afrejse præcis ${clock} afslutter det forrige døgn).`,
			`Opholdet berører ${formatNumber(hotelDays)} hoteldøgn, fra og med ${formatDate(first)} til og med ${formatDate(last)}.`,
			`Opholdet varer ${formatNumber(hours)} timer i alt. Døgnene tælles efter klokken, så et døgn, hvor der skiftes til eller fra sommertid, tæller som ét døgn, selvom det har 23 eller 25 timer.`
		],
		rule,
		cited: citedSentence(rule, /hoteldøgn/)
	};
}
