// The calendar's rules checked against the meetings as they are, in words (violation.ts is the contract): the chain
// rules of referat 12/8-2022, punkt 6B (SG at least 14 days before the K17 meeting it prepares; each K17 meeting
// prepared by SG and followed by KKR) and the working-day rule (no meetings at weekends, on Danish public holidays or
// on the days the secretariat treats as closed). Pure functions, no database; messages in the current locale.
import { m } from '$lib/paraglide/messages';
import { formatWeekdayDate, isoDateInCopenhagen } from '$lib/format/date';
import { dateLocale } from '$lib/format/locale';
import { MIN_DAYS_SG_BEFORE_K17, type Chain, type ChainMeeting } from './chains';
import { inHolidayRange, nonWorkingDay, yearOf } from './holidays';
import type { Violation } from './violation';

const day = (at: Date) => formatWeekdayDate(at, dateLocale());

/**
 * The chain rules each chain breaks, in chain order: `sg-before-k17` (with the day count), `k17-needs-sg` and
 * `k17-needs-kkr` (a future K17 meeting with no KKR meeting yet breaks it too: the rule is that one follows). Only
 * chains with a K17 meeting are checked; pass chains built from meetings that are not cancelled.
 */
export function chainViolations<T extends ChainMeeting & { id: number }>(chains: Chain<T>[]): Violation[] {
	const violations: Violation[] = [];
	for (const chain of chains) {
		const { sg, k17, kkr } = chain;
		if (!k17) continue;
		if (sg && chain.sgTooLate) {
			violations.push({
				rule: 'sg-before-k17',
				meetingIds: [sg.id, k17.id],
				message: m.rules_violation_sg_before_k17({
					sgDate: day(sg.startsAt),
					k17Date: day(k17.startsAt),
					days: chain.daysSgToK17 ?? 0,
					min: MIN_DAYS_SG_BEFORE_K17
				})
			});
		}
		if (!sg) {
			violations.push({
				rule: 'k17-needs-sg',
				meetingIds: [k17.id],
				message: m.rules_violation_k17_needs_sg({ date: day(k17.startsAt), min: MIN_DAYS_SG_BEFORE_K17 })
			});
		}
		if (!kkr) {
			violations.push({
				rule: 'k17-needs-kkr',
				meetingIds: [k17.id],
				message: m.rules_violation_k17_needs_kkr({ date: day(k17.startsAt) })
			});
		}
	}
	return violations;
}

/**
 * Meetings on a weekend, a Danish public holiday or a closed day (the Copenhagen date of the start), in date order,
 * naming which. Cancelled meetings are left out; a meeting in a year outside the holiday calendar's range is not
 * checked (it breaks no rule we can tell).
 */
export function workingDayViolations(
	meetings: { id: number; startsAt: Date; status: string; body: { name: string } }[]
): Violation[] {
	const rule = m.rules_working_day_rule();
	return [...meetings]
		.filter((meeting) => meeting.status !== 'cancelled')
		.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())
		.flatMap((meeting): Violation[] => {
			const date = isoDateInCopenhagen(meeting.startsAt);
			if (!inHolidayRange(yearOf(date))) return [];
			const why = nonWorkingDay(date);
			if (!why) return [];
			const words = { body: meeting.body.name, date: day(meeting.startsAt), name: why.name, rule };
			const message =
				why.kind === 'holiday'
					? m.rules_violation_holiday(words)
					: why.kind === 'closed'
						? m.rules_violation_closed(words)
						: m.rules_violation_weekend(words);
			return [{ rule: 'working-day', meetingIds: [meeting.id], message }];
		});
}
