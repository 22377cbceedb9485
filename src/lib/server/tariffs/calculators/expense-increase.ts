// The 2025 principle: expense increases above 5 % in residential offers (døgn- og botilbud) are reported to
// Socialtilsyn Øst and discussed in the steering group twice a year.
import { formatOre, formatPercent } from './money';
import { citedSentence, numberParameter, type AppliedRule } from './rule-parameters';
import type { Calculation } from './types';

export interface ExpenseIncreaseInput {
	/** Last year's expenses, øre (positive). */
	previous: number;
	/** This year's expenses, øre. */
	current: number;
	residential: boolean;
}

export interface ExpenseIncreaseVerdict extends Calculation {
	percent: number;
	mustReport: boolean;
}

export function expenseIncrease(input: ExpenseIncreaseInput, rule: AppliedRule): ExpenseIncreaseVerdict {
	const threshold = numberParameter(rule, 'expenseIncreaseReportPercent');
	const perYear = numberParameter(rule, 'sgDiscussionsPerYear');
	const change = input.current - input.previous;
	const percent = (change / input.previous) * 100;
	const over = percent > threshold;
	const mustReport = over && input.residential;
	const headline = !input.residential
		? `Udgifterne ændres ${formatPercent(percent)}. Princippet gælder kun døgn- og botilbud, så der er ingen indberetningspligt efter det.`
		: mustReport
			? `Udgifterne stiger ${formatPercent(percent)}: over ${formatPercent(threshold)}. Stigningen indberettes til Socialtilsyn Øst og drøftes i styregruppen.`
			: `Udgifterne ændres ${formatPercent(percent)}: ikke over ${formatPercent(threshold)}. Der skal ikke indberettes.`;
	return {
		headline,
		percent,
		mustReport,
		steps: [
			`Stigningen er ${formatOre(input.current)} − ${formatOre(input.previous)} = ${formatOre(change)}.`,
			`I procent af sidste års udgifter: ${formatOre(change)} / ${formatOre(input.previous)} = ${formatPercent(percent)}.`,
			input.residential
				? `Tilbuddet er et døgn- eller botilbud, så princippet gælder. Grænsen er ${formatPercent(threshold)}; en stigning på præcis ${formatPercent(threshold)} overstiger den ikke.`
				: 'Tilbuddet er ikke et døgn- eller botilbud: princippet om indberetning gælder ikke.',
			...(mustReport
				? [
						`Hvem skal have besked: Socialtilsyn Øst (indberetningen), og styregruppen for rammeaftalen, som drøfter indberetningerne ${perYear} gange om året.`
					]
				: [])
		],
		rule,
		cited: citedSentence(rule, /5 pct/)
	};
}
