// An indicator's reporting periods by its frequency: "2025" (year), "2025-H1"/"2025-H2" (half), "2025-Q1".."2025-Q4"
// (quarter). A period is due 30 days after it ends: the municipalities then have a month to count.
import { addDays } from '../tariffs/calculators/dates';

export type Frequency = 'year' | 'half' | 'quarter';

/** Days after a period's last day that its value is due. */
export const DUE_AFTER_DAYS = 30;

const PATTERN: Record<Frequency, RegExp> = {
	year: /^(\d{4})$/,
	half: /^(\d{4})-H([12])$/,
	quarter: /^(\d{4})-Q([1-4])$/
};

export interface Period {
	label: string;
	start: string;
	end: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

function bounds(year: number, firstMonth: number, months: number): { start: string; end: string } {
	const endMonth = firstMonth + months - 1;
	return { start: `${year}-${pad(firstMonth)}-01`, end: `${year}-${pad(endMonth)}-${pad(lastDay(year, endMonth))}` };
}

/** The period a label names for this frequency, or null when it does not fit ("2025-H1" for a yearly indicator). */
export function parsePeriod(label: string, frequency: Frequency): Period | null {
	const text = label.trim().toUpperCase();
	const match = PATTERN[frequency].exec(text);
	if (!match) return null;
	const year = Number(match[1]);
	if (year < 2000 || year > 2100) return null;
	const part = Number(match[2] ?? 1);
	const { start, end } =
		frequency === 'year' ? bounds(year, 1, 12) : frequency === 'half' ? bounds(year, part === 1 ? 1 : 7, 6) : bounds(year, (part - 1) * 3 + 1, 3);
	return { label: text, start, end };
}

export const dueOn = (period: Period) => addDays(period.end, DUE_AFTER_DAYS);

/** The period containing a day. */
export function periodOf(day: string, frequency: Frequency): Period {
	const year = Number(day.slice(0, 4));
	const month = Number(day.slice(5, 7));
	const label = frequency === 'year' ? `${year}` : frequency === 'half' ? `${year}-H${month <= 6 ? 1 : 2}` : `${year}-Q${Math.ceil(month / 3)}`;
	return parsePeriod(label, frequency)!;
}

/** The period before another. */
export function previous(period: Period, frequency: Frequency): Period {
	return periodOf(addDays(period.start, -1), frequency);
}

/** The periods that have ended by `today`, newest first, at most `count`. */
export function endedPeriods(today: string, frequency: Frequency, count: number): Period[] {
	const out: Period[] = [];
	let p = previous(periodOf(today, frequency), frequency);
	for (let i = 0; i < count; i++) {
		out.push(p);
		p = previous(p, frequency);
	}
	return out;
}

/** The periods whose value is due by `day` (due date on or before it), newest first, at most `count`. */
export function duePeriods(day: string, frequency: Frequency, count: number): Period[] {
	// Every period ending within the last DUE_AFTER_DAYS days is not due yet; one more than the ended ones covers them.
	return endedPeriods(day, frequency, count + 3)
		.filter((p) => dueOn(p) <= day)
		.slice(0, count);
}

/** Sorts labels of one frequency in time order ("2024-Q4" before "2025-Q1"). */
export const byTime = (a: string, b: string) => a.localeCompare(b);
