// The computable parameters of a tariff rule version ({ paymentDays: 30 }) in words, with their units:
// "Betalingsfrist: 30 dage", "Døgnskifte: kl. 12.00". Every key the reference data uses has a describer here
// (parameters.test.ts checks it against the seed, in Danish and English).
import { m } from '$lib/paraglide/messages';
import { dateLocale } from '$lib/format/locale';
import type { DateLocale } from '$lib/format/date';

type Value = number | string | boolean;
type Parameters = Record<string, Value>;

export interface ParameterRow {
	/** The parameter keys the row describes (usually one; a deadline folds into the row it belongs to). */
	key: string;
	label: string;
	value: string;
}

const numberLocale = (locale: DateLocale) => (locale === 'da' ? 'da-DK' : 'en-GB');

interface Context {
	locale: DateLocale;
	options: { locale: DateLocale };
	number: (n: number) => string;
	percent: (n: number) => string;
	days: (n: number) => string;
	months: (n: number) => string;
	yesNo: (v: Value) => string;
	/** "1. januar" / "1 January" from deadlineDay and deadlineMonth, or null when the parameters lack them. */
	deadline: (p: Parameters) => string | null;
}

function context(locale: DateLocale): Context {
	const options = { locale };
	const number = (n: number) => n.toLocaleString(numberLocale(locale));
	return {
		locale,
		options,
		number,
		percent: (n) => m.tariffs_unit_percent({ percent: number(n) }, options),
		days: (n) => (n === 1 ? m.tariffs_unit_day({ count: number(n) }, options) : m.tariffs_unit_days({ count: number(n) }, options)),
		months: (n) =>
			n === 1 ? m.tariffs_unit_month({ count: number(n) }, options) : m.tariffs_unit_months({ count: number(n) }, options),
		yesNo: (v) => (v === true ? m.offer_yes({}, options) : v === false ? m.offer_no({}, options) : String(v)),
		deadline: (p) => {
			if (typeof p.deadlineDay !== 'number' || typeof p.deadlineMonth !== 'number') return null;
			return dayAndMonth(p.deadlineDay, p.deadlineMonth, locale);
		}
	};
}

function dayAndMonth(day: number, month: number, locale: DateLocale): string {
	const date = new Date(Date.UTC(2000, month - 1, day));
	return new Intl.DateTimeFormat(numberLocale(locale), { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(date);
}

const asNumber = (v: Value) => (typeof v === 'number' ? v : Number(v));

interface Describer {
	label: (c: Context, all: Parameters) => string;
	value: (v: Value, c: Context, all: Parameters) => string;
	/** Keys this row also covers, so they get no row of their own when present. */
	absorbs?: (all: Parameters) => string[];
}

const electionYear = (v: Value, c: Context, all: Parameters) => {
	const date = c.deadline(all);
	const year = c.number(asNumber(v));
	return date
		? m.tariffs_value_election_period_year_by({ date, year }, c.options)
		: m.tariffs_value_election_period_year({ year }, c.options);
};
const deadlineAbsorbed = (all: Parameters) =>
	typeof all.deadlineDay === 'number' && typeof all.deadlineMonth === 'number' ? ['deadlineDay', 'deadlineMonth'] : [];

const describers: Record<string, Describer> = {
	clusterMaxOtherBuyers: {
		label: (c) => m.tariffs_param_cluster_max_other_buyers({}, c.options),
		value: (v, c) => m.tariffs_value_cluster_max_other_buyers({ count: c.number(asNumber(v)) }, c.options)
	},
	regionalMinOtherBuyers: {
		label: (c) => m.tariffs_param_regional_min_other_buyers({}, c.options),
		value: (v, c) => m.tariffs_value_regional_min_other_buyers({ count: c.number(asNumber(v)) }, c.options)
	},
	usesTariffInstrument: {
		label: (c) => m.tariffs_param_uses_tariff_instrument({}, c.options),
		value: (v, c) => c.yesNo(v)
	},
	ownPaymentInTariffBasis: {
		label: (c) => m.tariffs_param_own_payment_in_tariff_basis({}, c.options),
		value: (v, c) => c.yesNo(v)
	},
	maxChangePercent: {
		label: (c) => m.tariffs_param_max_change_percent({}, c.options),
		value: (v, c) => m.tariffs_value_max_change_percent({ percent: c.percent(asNumber(v)) }, c.options)
	},
	informBuyersBeforePercent: {
		label: (c) => m.tariffs_param_inform_buyers_before_percent({}, c.options),
		value: (v, c) => m.tariffs_value_inform_buyers_before_percent({ percent: c.percent(asNumber(v)) }, c.options)
	},
	allocationCalendarYears: {
		label: (c) => m.tariffs_param_allocation_calendar_years({}, c.options),
		value: (v, c) => m.tariffs_value_allocation_calendar_years({ count: c.number(asNumber(v)) }, c.options)
	},
	allocationBasisYearsBeforeDecision: {
		label: (c) => m.tariffs_param_allocation_basis_years({}, c.options),
		value: (v, c) =>
			asNumber(v) === 1
				? m.tariffs_value_allocation_basis_year({}, c.options)
				: m.tariffs_value_allocation_basis_years({ count: c.number(asNumber(v)) }, c.options)
	},
	paymentDays: {
		label: (c) => m.tariffs_param_payment_days({}, c.options),
		value: (v, c) => c.days(asNumber(v))
	},
	lateInterestAfterMonths: {
		label: (c) => m.tariffs_param_late_interest_after_months({}, c.options),
		value: (v, c) => m.tariffs_value_late_interest_after({ period: c.months(asNumber(v)) }, c.options)
	},
	payerMayAdjustInvoice: {
		label: (c) => m.tariffs_param_payer_may_adjust_invoice({}, c.options),
		value: (v, c) => c.yesNo(v)
	},
	noticeExtraDays: {
		label: (c) => m.tariffs_param_notice_extra_days({}, c.options),
		value: (v, c, all) =>
			all.noticeIncludesCurrentMonth === true
				? m.tariffs_value_notice_current_month_plus({ period: c.days(asNumber(v)) }, c.options)
				: c.days(asNumber(v)),
		absorbs: (all) => (all.noticeIncludesCurrentMonth === true ? ['noticeIncludesCurrentMonth'] : [])
	},
	noticeIncludesCurrentMonth: {
		label: (c) => m.tariffs_param_notice_includes_current_month({}, c.options),
		value: (v, c) => c.yesNo(v)
	},
	appliesOnDeath: {
		label: (c) => m.tariffs_param_applies_on_death({}, c.options),
		value: (v, c) => c.yesNo(v)
	},
	cutoverHour: {
		label: (c) => m.tariffs_param_cutover_hour({}, c.options),
		value: (v, c) => {
			const hour = asNumber(v);
			const time = c.locale === 'da' ? `${hour}.00` : `${String(hour).padStart(2, '0')}:00`;
			return m.tariffs_unit_hour({ time }, c.options);
		}
	},
	mandatoryWithinRegion: {
		label: (c) => m.tariffs_param_mandatory_within_region({}, c.options),
		value: (v, c) => c.yesNo(v)
	},
	noticeElectionPeriodYear: {
		label: (c) => m.tariffs_param_notice_election_period_year({}, c.options),
		value: electionYear,
		absorbs: deadlineAbsorbed
	},
	completionElectionPeriodYear: {
		label: (c) => m.tariffs_param_completion_election_period_year({}, c.options),
		value: electionYear,
		absorbs: deadlineAbsorbed
	},
	deadlineMonth: {
		label: (c, all) => (c.deadline(all) ? m.tariffs_param_deadline({}, c.options) : m.tariffs_param_deadline_month({}, c.options)),
		value: (v, c, all) =>
			c.deadline(all) ??
			new Intl.DateTimeFormat(numberLocale(c.locale), { month: 'long', timeZone: 'UTC' }).format(
				new Date(Date.UTC(2000, asNumber(v) - 1, 1))
			),
		absorbs: (all) => (typeof all.deadlineDay === 'number' ? ['deadlineDay'] : [])
	},
	deadlineDay: {
		label: (c) => m.tariffs_param_deadline_day({}, c.options),
		value: (v, c) => m.tariffs_value_day_of_month({ day: c.number(asNumber(v)) }, c.options)
	},
	standardContractsMandatory: {
		label: (c) => m.tariffs_param_standard_contracts_mandatory({}, c.options),
		value: (v, c) => c.yesNo(v)
	},
	expenseIncreaseReportPercent: {
		label: (c) => m.tariffs_param_expense_increase_report_percent({}, c.options),
		value: (v, c) => m.tariffs_value_expense_increase_report_percent({ percent: c.percent(asNumber(v)) }, c.options)
	},
	sgDiscussionsPerYear: {
		label: (c) => m.tariffs_param_sg_discussions_per_year({}, c.options),
		value: (v, c) =>
			asNumber(v) === 1
				? m.tariffs_value_times_per_year_one({}, c.options)
				: m.tariffs_value_times_per_year({ count: c.number(asNumber(v)) }, c.options)
	}
};

/** The parameter keys this module can put in words. */
export const describedParameterKeys: readonly string[] = Object.keys(describers);

/**
 * The parameters as rows of label and value in words, in the order given. Keys that another row already says
 * (a deadline folded into "senest 1. januar i valgperiodens 3. år") get no row of their own. An unknown key is
 * shown as it is rather than dropped.
 */
export function describeParameters(parameters: Parameters, locale: DateLocale = dateLocale()): ParameterRow[] {
	const c = context(locale);
	const absorbed = new Set<string>();
	for (const key of Object.keys(parameters)) {
		const d = describers[key];
		if (d?.absorbs && !absorbed.has(key)) for (const k of d.absorbs(parameters)) absorbed.add(k);
	}
	return Object.entries(parameters)
		.filter(([key]) => !absorbed.has(key))
		.map(([key, value]) => {
			const d = describers[key];
			if (!d) return { key, label: key, value: String(value) };
			return { key, label: d.label(c, parameters), value: d.value(value, c, parameters) };
		});
}

/** "1 (rammeaftale 2021-22)", or just "1" without an agreement period. */
export function versionLabel(version: number, periodLabel: string | null, locale: DateLocale = dateLocale()): string {
	const number = version.toLocaleString(numberLocale(locale));
	return periodLabel ? m.tariffs_version_value({ version: number, period: periodLabel }, { locale }) : number;
}
