// Deadlines generated from rules (issue 7, part 3). CONTRACT shared by the calendar views and the feeds. Each
// deadline names its rule, its source and who must act. The rules are pure functions in deadline-rules.ts; the
// agreement's periods and backwards plan are in agreement-plan.ts; the network reports' dates in network-reports.ts.
import type { Db } from '../db/types';
import { m } from '$lib/paraglide/messages';
import { formatDate } from '$lib/format/date';
import { dateLocale } from '$lib/format/locale';
import { agreementPeriodDeadlines, ruleText } from './agreement-plan';
import { getNetworkReportDeadlines } from './network-reports';
import {
	backwardsLatest,
	expenseReviewDeadlines,
	socialtilsynReportDeadline,
	takeoverNoticeInYear,
	yearOf,
	type IsoDate
} from './deadline-rules';

export type { IsoDate } from './deadline-rules';
export { agreementBackwardsPlan } from './agreement-plan';
export { setNetworkReportDeadline, getNetworkReportDeadlines } from './network-reports';

export interface Deadline {
	/** Stable key, also the iCalendar UID's local part: e.g. "agreement-approval-2024", "socialtilsyn-report-2026". */
	key: string;
	/** The day (Europe/Copenhagen), YYYY-MM-DD. */
	date: IsoDate;
	/** Danish title, e.g. "Rammeaftale 2025-26 godkendt i de 17 kommunalbestyrelser og regionsrådet". */
	title: string;
	/** The rule in words, e.g. "Rammeaftalen skal godkendes senest 1. december hvert andet år (BEK 378/2024)". */
	rule: string;
	/** Where the rule comes from (a source document's title or a regulation). */
	source: string;
	/** Who must act, e.g. "De 17 kommunalbestyrelser og regionsrådet". */
	who: string;
	/** A page with more (a case, the approval tracker), if any. */
	href: string | null;
}

/** The approval tracker of an agreement period. */
export const approvalsHref = (label: string) => `/kalender/godkendelser/${label}`;

/** Every deadline whose date lies in [from, to] (ISO dates, inclusive), in date order. */
export async function listDeadlines(db: Db, range: { from: IsoDate; to: IsoDate }): Promise<Deadline[]> {
	const { from, to } = range;
	if (!(from <= to)) return [];
	const firstYear = yearOf(from);
	const lastYear = yearOf(to);
	const locale = dateLocale();
	const list: Deadline[] = [];

	// The agreement (and the latest dates of its backwards plan) for periods whose deadline is up to a year after
	// `to`: the KKR, K17 and SG dates of an agreement lie months before its 1 December.
	for (const period of await agreementPeriodDeadlines(db, lastYear + 1)) {
		const { label, deadline } = period;
		const href = approvalsHref(label);
		const deadlineText = formatDate(deadline, locale);
		list.push({
			key: `agreement-approval-${yearOf(deadline)}`,
			date: deadline,
			title: m.deadline_agreement_title({ agreement: label }),
			rule: m.deadline_agreement_rule(),
			source: period.stated ? m.deadline_agreement_source_stated() : m.deadline_agreement_source(),
			who: m.deadline_agreement_who(),
			href
		});
		const latest = backwardsLatest(deadline);
		const steps = [
			{ step: 'kkr', who: m.deadline_who_kkr() },
			{ step: 'k17', who: m.deadline_who_k17() },
			{ step: 'sg', who: m.deadline_who_sg() }
		] as const;
		for (const { step, who } of steps) {
			list.push({
				key: `agreement-${label}-${step}`,
				date: latest[step],
				title: m.deadline_plan_title({ agreement: label, who, deadline: deadlineText }),
				rule: ruleText(step),
				source: m.deadline_plan_source(),
				who,
				href
			});
		}
	}

	for (let year = firstYear; year <= lastYear; year++) {
		const socialtilsyn = socialtilsynReportDeadline(year - 1);
		if (socialtilsyn) {
			list.push({
				key: `socialtilsyn-report-${year}`,
				date: socialtilsyn,
				title: m.deadline_socialtilsyn_title({ year: year - 1 }),
				rule: m.deadline_socialtilsyn_rule(),
				source: m.deadline_socialtilsyn_source(),
				who: m.deadline_socialtilsyn_who(),
				href: null
			});
		}
		for (const { half, date } of expenseReviewDeadlines(year)) {
			list.push({
				key: `expense-review-${year}-${half}`,
				date,
				title: half === 'h1' ? m.deadline_expense_title_h1({ year }) : m.deadline_expense_title_h2({ year }),
				rule: m.deadline_expense_rule(),
				source: m.deadline_expense_source(),
				who: m.deadline_who_sg(),
				href: null
			});
		}
		const takeover = takeoverNoticeInYear(year);
		if (takeover) {
			list.push({
				key: `takeover-notice-${year}`,
				date: takeover.date,
				title: m.deadline_takeover_title({ from: takeover.electionYear + 1, to: takeover.electionYear + 4 }),
				rule: m.deadline_takeover_rule(),
				source: m.deadline_takeover_source(),
				who: m.deadline_takeover_who(),
				href: null
			});
		}
	}

	for (const { year, dueOn } of await getNetworkReportDeadlines(db)) {
		list.push({
			key: `network-reports-${year}`,
			date: dueOn,
			title: m.deadline_network_title({ year }),
			rule: m.deadline_network_rule(),
			source: m.deadline_network_source(),
			who: m.deadline_network_who(),
			href: null
		});
	}

	return list
		.filter((d) => d.date >= from && d.date <= to)
		.sort((a, b) => a.date.localeCompare(b.date) || a.key.localeCompare(b.key));
}
