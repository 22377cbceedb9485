// A reported value as typed: Danish ("12,5", "1.234,5") or English ("12.5") notation, within the indicator's range.

/** The number a text means, or null when it is not one. A lone "." or "," with three digits after is thousands. */
export function parseNumber(raw: string): number | null {
	let text = raw.trim().replace(/\s/g, '').replace(/\u2212/g, '-');
	if (!/^-?[\d.,]+$/.test(text) || !/\d/.test(text)) return null;
	const comma = text.lastIndexOf(',');
	const dot = text.lastIndexOf('.');
	if (comma >= 0 && dot >= 0) {
		// The later one is the decimal mark; the other groups thousands.
		text = comma > dot ? text.replace(/\./g, '').replace(',', '.') : text.replace(/,/g, '');
	} else if (comma >= 0) {
		text = /^-?\d{1,3}(,\d{3})+$/.test(text) && (text.match(/,/g)?.length ?? 0) > 1 ? text.replace(/,/g, '') : text.replace(',', '.');
	} else if (dot >= 0 && (text.match(/\./g)?.length ?? 0) > 1) {
		text = text.replace(/\./g, '');
	}
	if (!/^-?\d+(\.\d+)?$/.test(text)) return null;
	const value = Number(text);
	return Number.isFinite(value) ? value : null;
}

export interface Range {
	minValue: number | null;
	maxValue: number | null;
}

export const inRange = (value: number, range: Range) =>
	(range.minValue === null || value >= range.minValue) && (range.maxValue === null || value <= range.maxValue);
