// Opsigelsesvarsel: the current month plus 30 days, also on death (hovedbilag, "Opsigelsesvarsel").
import { addDays, lastDayOfMonth } from './dates';
import { booleanParameter, citedSentence, numberParameter, type AppliedRule } from './rule-parameters';
import type { Calculation } from './types';
import { formatDate } from '$lib/format/date';

export interface NoticeInput {
	noticeDate: string;
	death: boolean;
}

export interface NoticeResult extends Calculation {
	lastPaidDay: string;
}

export function noticePeriod(input: NoticeInput, rule: AppliedRule): NoticeResult {
	const extra = numberParameter(rule, 'noticeExtraDays');
	const wholeMonth = booleanParameter(rule, 'noticeIncludesCurrentMonth');
	const onDeath = booleanParameter(rule, 'appliesOnDeath');
	const monthEnd = lastDayOfMonth(input.noticeDate);
	const from = wholeMonth ? monthEnd : input.noticeDate;
	const lastPaidDay = addDays(from, extra);
	const event = input.death ? 'Dødsfaldet' : 'Opsigelsen';
	return {
		headline: `Der betales takst til og med ${formatDate(lastPaidDay)}.`,
		lastPaidDay,
		steps: [
			`${event} sker ${formatDate(input.noticeDate)}.`,
			wholeMonth
				? `Varslet er løbende måned plus ${extra} dage: den løbende måned slutter ${formatDate(monthEnd)}.`
				: `Varslet er ${extra} dage fra ${input.death ? 'dødsfaldet' : 'opsigelsen'}.`,
			`${formatDate(from)} plus ${extra} dage er ${formatDate(lastPaidDay)}, den sidste dag, der betales for.`,
			...(input.death
				? [
						onDeath
							? 'Reglen gælder også ved dødsfald: betalingen af taksten ophører efter det samme varsel.'
							: 'Reglens nuværende version siger ikke, at varslet gælder ved dødsfald: undersøg den konkrete aftale.'
					]
				: [])
		],
		rule,
		cited: citedSentence(rule, input.death ? /dødsfald/i : /løbende måned/)
	};
}
