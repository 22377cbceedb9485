// Words for an indicator's enums, in the interface's language.
import { m } from '$lib/paraglide/messages';

const direction = { higher: m.indicator_direction_higher, lower: m.indicator_direction_lower };
const frequency = { year: m.indicator_frequency_year, half: m.indicator_frequency_half, quarter: m.indicator_frequency_quarter };
const purpose = { competition: m.plan_purpose_competition, costs: m.plan_purpose_costs, quality: m.plan_purpose_quality };

export const indicatorLabels = {
	direction: (v: keyof typeof direction) => direction[v](),
	frequency: (v: keyof typeof frequency) => frequency[v](),
	purpose: (v: keyof typeof purpose) => purpose[v]()
};
