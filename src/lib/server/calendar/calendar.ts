// The governance calendar: meetings of Styregruppen, K17 and KKR Sjælland as SG → K17 → KKR chains, and the rules
// the calendar breaks, in words (violations.ts for the chain and working-day rules, agreement-plan.ts for the
// framework agreement's backwards plan).
import { eq } from 'drizzle-orm';
import type { Db } from '../db/types';
import { meetings } from '../db/schema';
import type { SessionUser } from '../auth/session';
import { GOVERNANCE_BODY_SLUGS, listCalendarMeetings, type MeetingSummary } from '../meetings/meetings';
import { buildChains, type Chain, type ChainStep } from './chains';
import { chainViolations, workingDayViolations } from './violations';
import { agreementViolations } from './agreement-plan';
import type { Violation } from './violation';

const stepOf: Record<(typeof GOVERNANCE_BODY_SLUGS)[number], ChainStep> = {
	styregruppen: 'sg',
	k17: 'k17',
	'kkr-sjaelland': 'kkr'
};

export type CalendarMeeting = MeetingSummary & { step: ChainStep };

export interface GovernanceCalendar {
	chains: Chain<CalendarMeeting>[];
	/** The rules the chains break, each naming its meetings. */
	violations: Violation[];
}

/** A stretch of time to look at: the meeting page needs only the months around its meeting. */
interface Window {
	from?: Date;
	before?: Date;
}

async function governanceChains(db: Db, viewer: SessionUser | null, window: Window = {}): Promise<Chain<CalendarMeeting>[]> {
	const meetings = await listCalendarMeetings(db, viewer, { bodySlugs: GOVERNANCE_BODY_SLUGS, ...window });
	const steps: CalendarMeeting[] = meetings
		.filter((m) => m.status !== 'cancelled')
		.map((m) => ({ ...m, step: stepOf[m.body.slug as keyof typeof stepOf] }));
	return buildChains(steps);
}

/** Every SG, K17 and KKR meeting the viewer may see (cancelled ones left out), as chains in date order. */
export async function getGovernanceCalendar(db: Db, viewer: SessionUser | null): Promise<GovernanceCalendar> {
	const chains = await governanceChains(db, viewer);
	const violations = [
		...chainViolations(chains),
		...workingDayViolations(chains.flatMap((c) => [c.sg, c.k17, c.kkr].filter((x) => x !== null)))
	];
	return { chains, violations };
}

/**
 * Every rule broken by a meeting the viewer may see: the chain rules over SG, K17 and KKR, working days over every
 * body's meetings, and the framework agreement's deadlines. Only violations whose meetings the viewer may all see
 * are returned, so a message never names a meeting the viewer may not know of.
 */
export async function calendarViolations(db: Db, viewer: SessionUser | null, window: Window = {}): Promise<Violation[]> {
	const [chains, all, agreement] = await Promise.all([
		governanceChains(db, viewer, window),
		listCalendarMeetings(db, viewer, window),
		agreementViolations(db)
	]);
	const visible = new Set(all.map((m) => m.id));
	return [...chainViolations(chains), ...workingDayViolations(all), ...agreement].filter((v) =>
		v.meetingIds.every((id) => visible.has(id))
	);
}

/** The rules a meeting breaks, for its page. */
export async function meetingViolations(db: Db, viewer: SessionUser | null, meetingId: number): Promise<Violation[]> {
	const [meeting] = await db.select({ startsAt: meetings.startsAt }).from(meetings).where(eq(meetings.id, meetingId));
	if (!meeting) return [];
	// A chain (SG → K17 → KKR) spans weeks, so half a year either side holds every rule this meeting can break,
	// without building the chains of twenty years (bench: 5,000 meetings).
	const day = 24 * 60 * 60 * 1000;
	const window = { from: new Date(meeting.startsAt.getTime() - WINDOW_DAYS * day), before: new Date(meeting.startsAt.getTime() + WINDOW_DAYS * day) };
	return (await calendarViolations(db, viewer, window)).filter((v) => v.meetingIds.includes(meetingId));
}

const WINDOW_DAYS = 183;
