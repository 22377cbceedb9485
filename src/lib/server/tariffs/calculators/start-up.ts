// Indkøring: start-up costs of a new offer are shared among the user municipalities over the start year and the
// following calendar year (hovedbilag, "Etablering af nye tilbud"); the number of years is the rule's parameter.
import { allocate, formatNumber, formatOre, formatPercent } from './money';
import { yearOf } from './dates';
import { citedSentence, numberParameter, type AppliedRule } from './rule-parameters';
import type { Calculation } from './types';
import { formatDate } from '$lib/format/date';
import { NoOccupancy } from './closure';

export interface StartUpInput {
	startDate: string;
	/** The start-up costs to share, in øre. */
	amount: number;
	/** Occupancy days per municipality, one figure per year of the allocation period. */
	use: { name: string; days: number[] }[];
}

/** The years the costs are shared over: the start year and the following ones, as many as the rule says. */
export function startUpYears(startDate: string, rule: AppliedRule): number[] {
	const years = numberParameter(rule, 'allocationCalendarYears');
	return Array.from({ length: Math.max(1, Math.trunc(years)) }, (_, i) => yearOf(startDate) + i);
}

export function startUpShares(input: StartUpInput, rule: AppliedRule): Calculation {
	const years = startUpYears(input.startDate, rule);
	const totals = input.use.map((m) => m.days.reduce((a, b) => a + b, 0));
	const users = input.use.map((m, i) => ({ ...m, total: totals[i] })).filter((m) => m.total > 0);
	const all = users.reduce((a, m) => a + m.total, 0);
	const period = years.length === 1 ? `${years[0]}` : `${years[0]}-${years[years.length - 1]}`;
	if (all === 0) throw new NoOccupancy(`Ingen kommune har brugt tilbuddet i ${period}: der er intet at fordele efter.`);
	const shares = allocate(input.amount, users.map((m) => m.total));
	return {
		headline: `${formatOre(input.amount)} i indkøringsudgifter fordeles mellem ${users.length} brugerkommuner over ${period}.`,
		steps: [
			`Tilbuddet starter ${formatDate(input.startDate)}. Fordelingsperioden er startåret og det efterfølgende kalenderår: ${years.join(' og ')} (reglens parameter: ${years.length} kalenderår).`,
			'Indkøringsudgifter er udgifter afholdt, før der indskrives brugere, samt forskellen mellem a conto-taksten og den faktiske takst ved lav belægning i indkøringsperioden.',
			`Hver kommunes andel er dens belægningsdøgn i hele perioden divideret med alle kommuners døgn i perioden (${formatNumber(all)}).`,
			'Beløbene er afrundet til hele øre, så andelene giver præcis det samlede beløb. Den konkrete fordelingsperiode aftales ved tilbuddets etablering; beregningen bruger reglens standard.'
		],
		table: {
			caption: `Fordeling af indkøringsudgifter over ${period}`,
			head: ['Kommune', ...years.map((y) => `Døgn ${y}`), 'Andel', 'Beløb'],
			rows: users.map((m, i) => [m.name, ...m.days.map(formatNumber), formatPercent((m.total / all) * 100), formatOre(shares[i])]),
			foot: ['I alt', ...years.map((_, y) => formatNumber(users.reduce((a, m) => a + (m.days[y] ?? 0), 0))), formatPercent(100), formatOre(input.amount)]
		},
		rule,
		cited: citedSentence(rule, /startåret/)
	};
}
