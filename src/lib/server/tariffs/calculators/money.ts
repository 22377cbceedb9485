// Amounts in the calculators: entered in kroner ("12.345,67", "12345.67"), computed in whole øre so shares add up
// exactly, shown the Danish way ("12.345,67 kr.").

/** Parses a Danish or plain amount in kroner to øre; null when it is not an amount. */
export function parseKroner(input: string): number | null {
	const text = input.trim().replace(/\s|kr\.?$/gi, '');
	if (!text) return null;
	let normal: string;
	if (/^-?\d{1,3}(\.\d{3})+(,\d{1,2})?$/.test(text)) normal = text.replace(/\./g, '').replace(',', '.');
	else if (/^-?\d+(,\d{1,2})?$/.test(text)) normal = text.replace(',', '.');
	else if (/^-?\d+(\.\d{1,2})?$/.test(text)) normal = text;
	else return null;
	const value = Math.round(Number(normal) * 100);
	return Number.isSafeInteger(value) ? value : null;
}

/** Parses a decimal number written with comma or point ("2,5", "2.5"); null when it is not one. */
export function parseDecimal(input: string): number | null {
	const text = input.trim().replace(',', '.');
	if (!/^-?\d+(\.\d+)?$/.test(text)) return null;
	return Number(text);
}

const kroner = new Intl.NumberFormat('da-DK', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const decimal = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 2 });

/** "12.345,67 kr." */
export const formatOre = (ore: number): string => `${kroner.format(ore / 100)} kr.`;
/** "12,5 %" */
export const formatPercent = (value: number): string => `${decimal.format(value)} %`;
/** "1.234" or "2,5" */
export const formatNumber = (value: number): string => decimal.format(value);

/**
 * Splits `total` øre by the weights (largest remainder): every share is rounded down to whole øre, and the øre
 * left over go one each to the largest fractions (ties to the earlier entry), so the shares sum to the total.
 */
export function allocate(total: number, weights: number[]): number[] {
	const sum = weights.reduce((a, b) => a + b, 0);
	if (sum <= 0) throw new Error('allocate: the weights sum to zero');
	const exact = weights.map((w) => (total * w) / sum);
	const shares = exact.map((x) => Math.floor(x));
	let left = total - shares.reduce((a, b) => a + b, 0);
	const order = exact
		.map((x, i) => ({ i, fraction: x - Math.floor(x) }))
		.filter((e) => weights[e.i] > 0)
		.sort((a, b) => b.fraction - a.fraction || a.i - b.i);
	for (let k = 0; left > 0; k = (k + 1) % order.length, left--) shares[order[k].i]++;
	return shares;
}
