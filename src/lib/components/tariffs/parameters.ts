// The computable parameters of a tariff rule version ({ maxChangePercent: 20 }) in words.
import { m } from '$lib/paraglide/messages';

const parameterLabels: Record<string, () => string> = {
	clusterMaxOtherBuyers: m.tariffs_param_cluster_max_other_buyers,
	regionalMinOtherBuyers: m.tariffs_param_regional_min_other_buyers,
	usesTariffInstrument: m.tariffs_param_uses_tariff_instrument,
	ownPaymentInTariffBasis: m.tariffs_param_own_payment_in_tariff_basis,
	maxChangePercent: m.tariffs_param_max_change_percent,
	informBuyersBeforePercent: m.tariffs_param_inform_buyers_before_percent,
	allocationBasisYearsBeforeDecision: m.tariffs_param_allocation_basis_years,
	paymentDays: m.tariffs_param_payment_days,
	lateInterestAfterMonths: m.tariffs_param_late_interest_after_months,
	payerMayAdjustInvoice: m.tariffs_param_payer_may_adjust_invoice,
	noticeExtraDays: m.tariffs_param_notice_extra_days,
	noticeIncludesCurrentMonth: m.tariffs_param_notice_includes_current_month,
	appliesOnDeath: m.tariffs_param_applies_on_death,
	cutoverHour: m.tariffs_param_cutover_hour,
	mandatoryWithinRegion: m.tariffs_param_mandatory_within_region,
	noticeElectionPeriodYear: m.tariffs_param_notice_election_period_year,
	completionElectionPeriodYear: m.tariffs_param_completion_election_period_year,
	deadlineMonth: m.tariffs_param_deadline_month,
	deadlineDay: m.tariffs_param_deadline_day,
	standardContractsMandatory: m.tariffs_param_standard_contracts_mandatory,
	expenseIncreaseReportPercent: m.tariffs_param_expense_increase_report_percent,
	sgDiscussionsPerYear: m.tariffs_param_sg_discussions_per_year
};

export function describeParameters(
	parameters: Record<string, number | string | boolean>
): { key: string; label: string; value: string }[] {
	return Object.entries(parameters).map(([key, value]) => ({
		key,
		label: parameterLabels[key]?.() ?? key,
		value:
			typeof value === 'boolean'
				? value
					? m.offer_yes()
					: m.offer_no()
				: typeof value === 'number'
					? value.toLocaleString('da-DK')
					: value
	}));
}
