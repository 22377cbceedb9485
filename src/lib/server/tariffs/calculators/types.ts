// What every calculator gives back: the answer in one sentence, the steps that led to it, an optional table
// (shares per municipality), and the rule it applied.
import type { AppliedRule } from './rule-parameters';

export interface ResultTable {
	caption: string;
	head: string[];
	rows: string[][];
	/** A closing row (totals). */
	foot?: string[];
}

export interface Calculation {
	headline: string;
	steps: string[];
	table?: ResultTable;
	rule: AppliedRule;
	/** The rule's decisive sentence, quoted. */
	cited: string;
}

/** A municipality's figure in a calculator that shares an amount (occupancy days). */
export interface MunicipalityFigure {
	name: string;
	days: number;
}
