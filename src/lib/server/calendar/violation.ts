// CONTRACT: a broken calendar rule, in words, naming the rule it breaks. Produced by violations.ts (chain and
// working-day rules) and agreement-plan.ts (agreement meetings after their deadline); shown on the calendar and on
// the meeting page.

export type RuleId =
	/** SG must meet at least 14 days before the K17 meeting it prepares (referat 12/8-2022, punkt 6B). */
	| 'sg-before-k17'
	/** A K17 meeting is prepared by an SG meeting. */
	| 'k17-needs-sg'
	/** Each K17 meeting is followed by a KKR meeting. */
	| 'k17-needs-kkr'
	/** No meetings on weekends, Danish public holidays or the days the secretariat treats as closed. */
	| 'working-day'
	/** A meeting that must treat the framework agreement lies after the latest date the backwards plan allows. */
	| 'agreement-deadline';

export interface Violation {
	rule: RuleId;
	/** The meetings involved (the page of each of them shows the violation). */
	meetingIds: number[];
	/** A sentence in the current locale that names the meetings, the rule and its source. */
	message: string;
}
