// The survey's words, for the pages and the server alike (no server code here, so the browser may import it):
// target groups, the five parts with their guiding questions, the demand expectations and the answer states.
import { m } from '$lib/paraglide/messages';

type Opts = { locale?: 'da' | 'en' };
export type Part = 'balance' | 'plans' | 'prevention' | 'trends' | 'changes';
export type Demand = 'up' | 'same' | 'down';
export type State = 'not_started' | 'draft' | 'submitted';

const groups: Record<string, (o?: Opts) => string> = {
	'children-psychiatric': (o) => m.survey_group_children_psychiatric({}, o),
	'children-substance': (o) => m.survey_group_children_substance({}, o),
	'children-developmental': (o) => m.survey_group_children_developmental({}, o),
	'children-multiple-rare': (o) => m.survey_group_children_multiple_rare({}, o),
	'adults-homelessness': (o) => m.survey_group_adults_homelessness({}, o),
	'adults-violence': (o) => m.survey_group_adults_violence({}, o),
	'adults-social-dual': (o) => m.survey_group_adults_social_dual({}, o),
	'adults-brain-injury': (o) => m.survey_group_adults_brain_injury({}, o),
	'adults-psychiatric': (o) => m.survey_group_adults_psychiatric({}, o),
	'adults-intellectual': (o) => m.survey_group_adults_intellectual({}, o),
	'adults-physical': (o) => m.survey_group_adults_physical({}, o)
};

/** Whether a key names one of the target groups the product knows. */
export const isKnownTargetGroup = (key: string): boolean => Object.hasOwn(groups, key);

/** The target group's name as the users say it; an unknown key (from an older survey) is shown as it is. */
export function targetGroupLabel(key: string, o?: Opts): string {
	return Object.hasOwn(groups, key) ? groups[key](o) : key;
}

/** The part's heading, e.g. "Sammenhængen mellem udbud og efterspørgsel". */
export function partHeading(part: Part, o?: Opts): string {
	switch (part) {
		case 'balance':
			return m.survey_part_balance({}, o);
		case 'plans':
			return m.survey_part_plans({}, o);
		case 'prevention':
			return m.survey_part_prevention({}, o);
		case 'trends':
			return m.survey_part_trends({}, o);
		case 'changes':
			return m.survey_part_changes({}, o);
	}
}

/** The guiding question shown under the part's heading. */
export function partQuestion(part: Part, o?: Opts): string {
	switch (part) {
		case 'balance':
			return m.survey_part_balance_question({}, o);
		case 'plans':
			return m.survey_part_plans_question({}, o);
		case 'prevention':
			return m.survey_part_prevention_question({}, o);
		case 'trends':
			return m.survey_part_trends_question({}, o);
		case 'changes':
			return m.survey_part_changes_question({}, o);
	}
}

export function demandLabel(d: Demand | null, o?: Opts): string {
	if (d === 'up') return m.survey_demand_up({}, o);
	if (d === 'same') return m.survey_demand_same({}, o);
	if (d === 'down') return m.survey_demand_down({}, o);
	return '';
}

export function stateLabel(s: State, o?: Opts): string {
	if (s === 'submitted') return m.survey_state_submitted({}, o);
	if (s === 'draft') return m.survey_state_draft({}, o);
	return m.survey_state_not_started({}, o);
}
