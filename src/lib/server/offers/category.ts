// An offer's category (hovedbilag, "Kategorisering af tilbud"): suggested from how many municipalities other than
// the operator buy places, with the thresholds of the rule's current version; and the rule that a category changes
// only once a year.
import type { AppliedRule } from '../tariffs/calculators/rule-parameters';
import { numberParameter } from '../tariffs/calculators/rule-parameters';
import type { OfferCategory } from './offers';

export const CATEGORY_RULE = 'kategorisering-af-tilbud';

export interface CategorySuggestion {
	category: OfferCategory;
	otherBuyers: number;
	/** The rule's reasoning in Danish, with the thresholds it used. */
	reason: string;
}

export function suggestCategory(otherBuyers: number, rule: AppliedRule): CategorySuggestion {
	const clusterMax = numberParameter(rule, 'clusterMaxOtherBuyers');
	const regionalMin = numberParameter(rule, 'regionalMinOtherBuyers');
	const count = `${otherBuyers} ${otherBuyers === 1 ? 'anden kommune' : 'andre kommuner'}`;
	if (otherBuyers === 0)
		return {
			category: 'local',
			otherBuyers,
			reason: `Ingen andre kommuner end driftsherren køber pladser: kategori 1 (lokalt tilbud). Et kategori 1-tilbud kan sælge enkelte pladser og bevare sin kategori.`
		};
	if (otherBuyers >= regionalMin)
		return { category: 'regional', otherBuyers, reason: `${count} køber pladser, mindst ${regionalMin}: kategori 3 (regionalt tilbud).` };
	if (otherBuyers <= clusterMax)
		return { category: 'cluster', otherBuyers, reason: `${count} køber pladser, højst ${clusterMax}: kategori 2 (klyngetilbud). Sælges der kun enkelte pladser, kan tilbuddet forblive i kategori 1.` };
	return { category: 'cluster', otherBuyers, reason: `${count} køber pladser, mellem grænserne ${clusterMax} og ${regionalMin} i reglen: kategori 2 foreslås.` };
}

/** The category may change once per calendar year; null when it may change on `date`, else the Danish refusal. */
export function categoryChangeRefusal(lastChangedOn: string | null, date: string): string | null {
	if (!lastChangedOn || lastChangedOn.slice(0, 4) !== date.slice(0, 4)) return null;
	const [y, m, d] = lastChangedOn.split('-');
	return `Kategorien blev ændret ${Number(d)}.${Number(m)}.${y}. Tilbud kan ikke ændre kategori i løbet af året: ændret kategorisering sker årligt (rammeaftalens regel om kategorisering af tilbud). Kategorien kan ændres igen fra 1.1.${Number(y) + 1}.`;
}
