// Deadlines generated from rules (issue 7, part 3). CONTRACT shared by the calendar views and the feeds; the
// deadlines helper fills in the rules. Each deadline names its rule, its source and who must act.
import type { Db } from '../db/types';

export type IsoDate = string;

export interface Deadline {
	/** Stable key, also the iCalendar UID's local part: e.g. "agreement-approval-2024", "socialtilsyn-report-2026". */
	key: string;
	/** The day (Europe/Copenhagen), YYYY-MM-DD. */
	date: IsoDate;
	/** Danish title, e.g. "Rammeaftale 2025-26 godkendt i de 17 kommunalbestyrelser og regionsrådet". */
	title: string;
	/** The rule in words, e.g. "Rammeaftalen skal godkendes senest 1. december hvert andet år (BEK 378/2024)". */
	rule: string;
	/** Where the rule comes from (a source document's title or a regulation). */
	source: string;
	/** Who must act, e.g. "De 17 kommunalbestyrelser og regionsrådet". */
	who: string;
	/** A page with more (a case, the approval tracker), if any. */
	href: string | null;
}

/** Every deadline whose date lies in [from, to] (ISO dates, inclusive), in date order. */
export async function listDeadlines(db: Db, range: { from: IsoDate; to: IsoDate }): Promise<Deadline[]> {
	void db;
	void range;
	return [];
}
