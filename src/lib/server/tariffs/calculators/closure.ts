// Nedlukning: the extra costs of closing an offer are shared among the user municipalities by their share of the
// occupancy in the last full calendar year before the decision (hovedbilag, "Nedlukning af tilbud").
import { allocate, formatNumber, formatOre, formatPercent } from './money';
import { yearOf } from './dates';
import { citedSentence, numberParameter, type AppliedRule } from './rule-parameters';
import type { Calculation, MunicipalityFigure } from './types';
import { formatDate } from '$lib/format/date';

export interface ClosureInput {
	decisionDate: string;
	/** The extra costs to share, in øre. */
	amount: number;
	occupancy: MunicipalityFigure[];
}

export class NoOccupancy extends Error {}

export function closureShares(input: ClosureInput, rule: AppliedRule): Calculation {
	const yearsBefore = numberParameter(rule, 'allocationBasisYearsBeforeDecision');
	const basisYear = yearOf(input.decisionDate) - yearsBefore;
	const users = input.occupancy.filter((m) => m.days > 0);
	const totalDays = users.reduce((a, m) => a + m.days, 0);
	if (totalDays === 0) throw new NoOccupancy(`Ingen kommune har belægningsdøgn i ${basisYear}: der er intet at fordele efter.`);
	const shares = allocate(input.amount, users.map((m) => m.days));
	return {
		headline: `${formatOre(input.amount)} fordeles mellem ${users.length} brugerkommuner efter belægningen i ${basisYear}.`,
		steps: [
			`Beslutningen om nedlukning er truffet ${formatDate(input.decisionDate)}. Det sidste fulde kalenderår før beslutningen er ${basisYear} (reglens parameter: ${yearsBefore} år før beslutningsåret).`,
			`Brugerkommunerne betaler normal takst (a conto) frem til lukningen; merudgifterne i forhold til a conto-taksten, ${formatOre(input.amount)}, fordeles efterfølgende.`,
			`Belægningsdøgn i ${basisYear} i alt: ${formatNumber(totalDays)}. Hver kommunes andel er dens døgn divideret med ${formatNumber(totalDays)}.`,
			'Beløbene er afrundet til hele øre, og de øre, afrundingen efterlader, går til de største decimalrester, så andelene giver præcis det samlede beløb.',
			...(input.occupancy.length > users.length
				? [`Kommuner uden belægning i ${basisYear} betaler intet.`]
				: [])
		],
		table: {
			caption: `Fordeling af ${formatOre(input.amount)} efter belægning i ${basisYear}`,
			head: ['Kommune', `Belægningsdøgn ${basisYear}`, 'Andel', 'Beløb'],
			rows: users.map((m, i) => [m.name, formatNumber(m.days), formatPercent((m.days / totalDays) * 100), formatOre(shares[i])]),
			foot: ['I alt', formatNumber(totalDays), formatPercent(100), formatOre(shares.reduce((a, b) => a + b, 0))]
		},
		rule,
		cited: citedSentence(rule, /belægningsmæssig/)
	};
}
