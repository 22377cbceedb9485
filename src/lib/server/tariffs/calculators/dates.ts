// Calendar-day arithmetic on ISO dates ("2024-01-31"), in UTC so no time zone or DST moves a day.

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The date as given if it is a real calendar date (no 31 February), else null. */
export function parseIsoDate(input: string): string | null {
	const text = input.trim();
	if (!ISO_DATE.test(text)) return null;
	const d = new Date(`${text}T00:00:00Z`);
	return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text ? text : null;
}

const toDate = (iso: string) => new Date(`${iso}T00:00:00Z`);
const toIso = (d: Date) => d.toISOString().slice(0, 10);

export function addDays(iso: string, days: number): string {
	const d = toDate(iso);
	d.setUTCDate(d.getUTCDate() + days);
	return toIso(d);
}

/** The same day `months` later, or the month's last day where that day does not exist (31/1 + 1 → 28/2 or 29/2). */
export function addMonths(iso: string, months: number): string {
	const [y, m, day] = iso.split('-').map(Number);
	const first = new Date(Date.UTC(y, m - 1 + months, 1));
	const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
	first.setUTCDate(Math.min(day, last));
	return toIso(first);
}

export function lastDayOfMonth(iso: string): string {
	const [y, m] = iso.split('-').map(Number);
	return toIso(new Date(Date.UTC(y, m, 0)));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
	return Math.round((toDate(to).getTime() - toDate(from).getTime()) / 86_400_000);
}

export const yearOf = (iso: string): number => Number(iso.slice(0, 4));

export function isLeapYear(year: number): boolean {
	return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}
