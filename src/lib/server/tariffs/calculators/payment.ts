// Afregning: monthly in arrears, payment within 30 days, payments later than one month carry late-payment
// interest. The rammeaftale names no interest rate, so the user enters it.
import { addDays, addMonths, daysBetween } from './dates';
import { citedSentence, numberParameter, type AppliedRule } from './rule-parameters';
import type { Calculation } from './types';
import { formatDate } from '$lib/format/date';
import { formatNumber, formatOre, formatPercent } from './money';

export interface PaymentInput {
	invoiceDate: string;
	/** øre */
	amount: number;
	paidOn: string | null;
	/** Yearly interest rate in percent, as the user enters it; null when not given. */
	ratePercent: number | null;
}

export interface PaymentResult extends Calculation {
	dueDate: string;
	interestFrom: string | null;
	daysLate: number;
	interest: number | null;
}

export function payment(input: PaymentInput, rule: AppliedRule): PaymentResult {
	const days = numberParameter(rule, 'paymentDays');
	const months = numberParameter(rule, 'lateInterestAfterMonths');
	const dueDate = addDays(input.invoiceDate, days);
	const interestThreshold = addMonths(input.invoiceDate, months);
	const steps = [
		`Afregning sker månedsvis bagud. Regningen er dateret ${formatDate(input.invoiceDate)}.`,
		`Betalingsfristen er ${days} dage: ${formatDate(input.invoiceDate)} plus ${days} dage er ${formatDate(dueDate)}.`,
		`Betalinger senere end ${months} måned efter regningen (efter ${formatDate(interestThreshold)}) påføres morarenter. Renterne regnes her fra dagen efter fristen til betalingsdagen, som simpel rente (faktiske dage / 365).`,
		'Betalingskommunen kan ikke regulere i regningen: den betales, også ved uenighed, og driftsherren berigtiger i en senere afregning.'
	];
	if (!input.paidOn) {
		return {
			headline: `Regningen skal betales senest ${formatDate(dueDate)}.`,
			dueDate,
			interestFrom: null,
			daysLate: 0,
			interest: null,
			steps,
			rule,
			cited: citedSentence(rule, /30 dage/)
		};
	}
	const daysLate = Math.max(0, daysBetween(dueDate, input.paidOn));
	const late = input.paidOn > interestThreshold;
	const interestFrom = late ? addDays(dueDate, 1) : null;
	let interest: number | null = null;
	if (!late) {
		steps.push(
			daysLate === 0
				? `Betalt ${formatDate(input.paidOn)}: inden fristen. Ingen renter.`
				: `Betalt ${formatDate(input.paidOn)}: ${formatNumber(daysLate)} dage efter fristen, men ikke senere end ${months} måned efter regningen. Ingen morarenter.`
		);
	} else if (input.ratePercent === null) {
		steps.push(
			`Betalt ${formatDate(input.paidOn)}: ${formatNumber(daysLate)} dage efter fristen og senere end ${months} måned efter regningen, så der påløber morarenter. Angiv en rentesats for at beregne beløbet.`
		);
	} else {
		interest = Math.round((input.amount * (input.ratePercent / 100) * daysLate) / 365);
		steps.push(
			`Betalt ${formatDate(input.paidOn)}: ${formatNumber(daysLate)} dage efter fristen og senere end ${months} måned efter regningen.`,
			`Renter: ${formatOre(input.amount)} × ${formatPercent(input.ratePercent)} (den sats, du har angivet) × ${formatNumber(daysLate)} / 365 = ${formatOre(interest)}.`
		);
	}
	const headline =
		interest !== null
			? `Morarenter: ${formatOre(interest)} for ${formatNumber(daysLate)} dage efter fristen ${formatDate(dueDate)}.`
			: late
				? `Betalingen er ${formatNumber(daysLate)} dage for sen, og der påløber morarenter fra ${formatDate(interestFrom!)}.`
				: `Ingen morarenter: fristen var ${formatDate(dueDate)}.`;
	return { headline, dueDate, interestFrom, daysLate, interest, steps, rule, cited: citedSentence(rule, /morarenter/) };
}
