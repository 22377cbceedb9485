// The governance calendar as users live it (BRIEF §4): a Styregruppen meeting prepares the K17 meeting at least
// 14 days later, and each K17 meeting is followed by a KKR meeting. Pure functions, no database.
import { isoDateInCopenhagen } from '$lib/format/date';

/** SG must meet at least this many days before the K17 meeting it prepares. */
export const MIN_DAYS_SG_BEFORE_K17 = 14;

export type ChainStep = 'sg' | 'k17' | 'kkr';

export interface ChainMeeting {
	step: ChainStep;
	startsAt: Date;
}

export interface Chain<T extends ChainMeeting> {
	sg: T | null;
	k17: T | null;
	kkr: T | null;
	/** Calendar days (Copenhagen) from the SG meeting to the K17 meeting; null when one is missing. */
	daysSgToK17: number | null;
	/** Calendar days from the K17 meeting to the KKR meeting; null when one is missing. */
	daysK17ToKkr: number | null;
	/** The SG meeting lies fewer than 14 days before the K17 meeting it prepares. */
	sgTooLate: boolean;
	/** A K17 meeting without an SG meeting before it (since the previous K17 meeting). */
	missingSg: boolean;
	/** A K17 meeting without a KKR meeting after it (before the next K17 meeting). */
	missingKkr: boolean;
}

/** Whole calendar days between two instants, counted on Copenhagen dates (DST-safe). */
export function calendarDaysBetween(from: Date, to: Date): number {
	const day = (d: Date) => Date.parse(`${isoDateInCopenhagen(d)}T00:00:00Z`);
	return Math.round((day(to) - day(from)) / 86_400_000);
}

const byStart = <T extends ChainMeeting>(a: T, b: T) => a.startsAt.getTime() - b.startsAt.getTime();

/**
 * Groups meetings into SG → K17 → KKR chains. Each K17 meeting anchors a chain: its SG meeting is the last SG
 * meeting after the previous K17 meeting and before this one; its KKR meeting the first KKR meeting after it and
 * before the next K17 meeting. SG or KKR meetings that belong to no K17 meeting form chains of their own.
 * Chains come in date order.
 */
export function buildChains<T extends ChainMeeting>(meetings: readonly T[]): Chain<T>[] {
	const sorted = [...meetings].sort(byStart);
	const k17s = sorted.filter((m) => m.step === 'k17');
	const used = new Set<T>();
	const chains: Chain<T>[] = [];

	k17s.forEach((k17, i) => {
		const previous = k17s[i - 1];
		const next = k17s[i + 1];
		const sg =
			sorted
				.filter(
					(m) =>
						m.step === 'sg' &&
						!used.has(m) &&
						m.startsAt < k17.startsAt &&
						(!previous || m.startsAt > previous.startsAt)
				)
				.at(-1) ?? null;
		const kkr =
			sorted.find(
				(m) => m.step === 'kkr' && !used.has(m) && m.startsAt > k17.startsAt && (!next || m.startsAt < next.startsAt)
			) ?? null;
		if (sg) used.add(sg);
		if (kkr) used.add(kkr);
		used.add(k17);
		chains.push(makeChain(sg, k17, kkr));
	});

	for (const m of sorted) {
		if (used.has(m)) continue;
		chains.push(makeChain(m.step === 'sg' ? m : null, null, m.step === 'kkr' ? m : null));
	}

	const first = (c: Chain<T>) => (c.sg ?? c.k17 ?? c.kkr)!.startsAt.getTime();
	return chains.sort((a, b) => first(a) - first(b));
}

function makeChain<T extends ChainMeeting>(sg: T | null, k17: T | null, kkr: T | null): Chain<T> {
	const daysSgToK17 = sg && k17 ? calendarDaysBetween(sg.startsAt, k17.startsAt) : null;
	const daysK17ToKkr = k17 && kkr ? calendarDaysBetween(k17.startsAt, kkr.startsAt) : null;
	return {
		sg,
		k17,
		kkr,
		daysSgToK17,
		daysK17ToKkr,
		sgTooLate: daysSgToK17 !== null && daysSgToK17 < MIN_DAYS_SG_BEFORE_K17,
		missingSg: k17 !== null && sg === null,
		missingKkr: k17 !== null && kkr === null
	};
}
