// Produktionsændringer: an operator may change production by ±20 % of the year's gross budget without approval,
// must tell the buyers before the change reaches 10 %, and takes bigger changes via the steering group to KKR.
import { formatOre, formatPercent } from './money';
import { citedSentence, numberParameter, type AppliedRule } from './rule-parameters';
import type { Calculation } from './types';

export interface ProductionChangeInput {
	/** The year's gross budget of the offer, øre (positive). */
	budget: number;
	/** Changes already made this year, øre (+ more, − less). */
	alreadyChanged: number;
	/** The planned change, øre (+ or −). */
	planned: number;
}

export interface ProductionChangeVerdict extends Calculation {
	percent: number;
	withinLimit: boolean;
	mustInformBuyers: boolean;
}

export function productionChange(input: ProductionChangeInput, rule: AppliedRule): ProductionChangeVerdict {
	const limit = numberParameter(rule, 'maxChangePercent');
	const inform = numberParameter(rule, 'informBuyersBeforePercent');
	const total = input.alreadyChanged + input.planned;
	const percent = (total / input.budget) * 100;
	const size = Math.abs(percent);
	const withinLimit = size <= limit;
	const mustInformBuyers = size >= inform;
	const headline = !withinLimit
		? `Ændringen er ${formatPercent(size)} af bruttobudgettet: over ${formatPercent(limit)}. Den kræver behandling via styregruppen til KKR.`
		: mustInformBuyers
			? `Ændringen er ${formatPercent(size)} af bruttobudgettet: inden for ${formatPercent(limit)}, men køberkommunerne skal orienteres, før ændringen når ${formatPercent(inform)}.`
			: `Ændringen er ${formatPercent(size)} af bruttobudgettet: inden for ${formatPercent(limit)} og under ${formatPercent(inform)}. Driftsherren kan gennemføre den uden godkendelse.`;
	return {
		headline,
		percent,
		withinLimit,
		mustInformBuyers,
		steps: [
			`Årets samlede ændring er allerede foretaget ændring ${formatOre(input.alreadyChanged)} plus den planlagte ${formatOre(input.planned)} = ${formatOre(total)}.`,
			`I forhold til årets bruttobudget på ${formatOre(input.budget)} er det ${formatOre(total)} / ${formatOre(input.budget)} = ${formatPercent(percent)}.`,
			withinLimit
				? `${formatPercent(size)} ligger inden for grænsen på ±${formatPercent(limit)}: ingen godkendelse er nødvendig (forudsat at en ændring i pladstal er godkendt af Socialtilsynet).`
				: `${formatPercent(size)} overstiger grænsen på ±${formatPercent(limit)}: sager om større ændringer forelægges KKR/Kontaktudvalget via styregruppen.`,
			mustInformBuyers
				? `Ændringen når ${formatPercent(inform)} eller mere: driftsherren skal have orienteret de eksterne køberkommuner, før ændringen nåede ${formatPercent(inform)}.`
				: `Ændringen er under ${formatPercent(inform)}: der er endnu ingen pligt til at orientere køberne, men den indtræder, før ændringen når ${formatPercent(inform)}.`
		],
		rule,
		cited: citedSentence(rule, /20 %/)
	};
}
