// The network groups' annual status reports: the secretariat sets the day they are due in a year
// ("… en årlig statusrapport udarbejdet efter en fast skabelon", 3 fælleskommunale principper 2025).
import { asc, sql } from 'drizzle-orm';
import { networkReportDeadlines } from '../db/schema';
import type { Db } from '../db/types';
import type { SessionUser } from '../auth/session';
import { logger } from '../log';
import { m } from '$lib/paraglide/messages';
import { parseDateInput, yearOf, type IsoDate } from './deadline-rules';

const log = logger.child({ part: 'calendar' });

export const NETWORK_REPORT_YEARS = { min: 2020, max: 2100 } as const;

export interface NetworkReportDeadline {
	year: number;
	dueOn: IsoDate;
}

export type SaveOutcome = { ok: true; value: NetworkReportDeadline } | { ok: false; errors: Record<string, string> };

/** Every year's due date, oldest first. */
export async function getNetworkReportDeadlines(db: Db): Promise<NetworkReportDeadline[]> {
	return db
		.select({ year: networkReportDeadlines.year, dueOn: networkReportDeadlines.dueOn })
		.from(networkReportDeadlines)
		.orderBy(asc(networkReportDeadlines.year));
}

/**
 * Sets (or replaces) the day the network groups' reports are due in `year`. The year lies in 2020-2100 and the day
 * is a real day in that year, typed as the date input sends it or the Danish way ("24.11.2026"); else nothing is
 * saved and the errors name the field (`year`, `dueOn`) in Danish.
 */
export async function setNetworkReportDeadline(
	db: Db,
	actor: SessionUser,
	year: number | string,
	dueOn: string
): Promise<SaveOutcome> {
	const y = typeof year === 'number' ? year : /^\d{4}$/.test(year.trim()) ? Number(year) : NaN;
	if (!Number.isInteger(y) || y < NETWORK_REPORT_YEARS.min || y > NETWORK_REPORT_YEARS.max) {
		return { ok: false, errors: { year: m.network_reports_error_year(NETWORK_REPORT_YEARS) } };
	}
	const day = parseDateInput(dueOn);
	if (day === null) return { ok: false, errors: { dueOn: m.network_reports_error_required() } };
	if (day === undefined) return { ok: false, errors: { dueOn: m.network_reports_error_date({ value: dueOn.slice(0, 40) }) } };
	if (yearOf(day) !== y) return { ok: false, errors: { dueOn: m.network_reports_error_other_year({ year: y }) } };
	await db
		.insert(networkReportDeadlines)
		.values({ year: y, dueOn: day, setBy: actor.id })
		.onConflictDoUpdate({
			target: networkReportDeadlines.year,
			set: { dueOn: day, setBy: actor.id, setAt: sql`now()` }
		});
	log.info({ userId: actor.id, year: y, dueOn: day }, 'frist for netværksgruppernes statusrapporter sat');
	return { ok: true, value: { year: y, dueOn: day } };
}
