// The governance calendar: meetings of Styregruppen, K17 and KKR Sjælland as SG → K17 → KKR chains.
import type { Db } from '../db/types';
import type { SessionUser } from '../auth/session';
import { GOVERNANCE_BODY_SLUGS, listCalendarMeetings, type MeetingSummary } from '../meetings/meetings';
import { buildChains, type Chain, type ChainStep } from './chains';

const stepOf: Record<(typeof GOVERNANCE_BODY_SLUGS)[number], ChainStep> = {
	styregruppen: 'sg',
	k17: 'k17',
	'kkr-sjaelland': 'kkr'
};

export type CalendarMeeting = MeetingSummary & { step: ChainStep };

export interface GovernanceCalendar {
	chains: Chain<CalendarMeeting>[];
}

/** Every SG, K17 and KKR meeting the viewer may see (cancelled ones left out), as chains in date order. */
export async function getGovernanceCalendar(db: Db, viewer: SessionUser | null): Promise<GovernanceCalendar> {
	const meetings = await listCalendarMeetings(db, viewer, { bodySlugs: GOVERNANCE_BODY_SLUGS });
	const steps: CalendarMeeting[] = meetings
		.filter((m) => m.status !== 'cancelled')
		.map((m) => ({ ...m, step: stepOf[m.body.slug as keyof typeof stepOf] }));
	return { chains: buildChains(steps) };
}
