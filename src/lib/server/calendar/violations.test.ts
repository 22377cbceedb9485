import { describe, expect, it } from 'vitest';
import { getLocale, overwriteGetLocale } from '$lib/paraglide/runtime';
import { copenhagen, meetings as seededMeetings } from '../db/seed/data/calendar';
import type { IsoDate } from '../db/seed/data/types';
import { buildChains, type ChainStep } from './chains';
import { chainViolations, workingDayViolations } from './violations';

interface TestMeeting {
	id: number;
	step: ChainStep;
	startsAt: Date;
	status: string;
	body: { name: string };
}

const NAMES: Record<ChainStep, string> = { sg: 'Styregruppen', k17: 'K17', kkr: 'KKR Sjælland' };
let nextId = 1;
function meeting(step: ChainStep, date: IsoDate, status = 'planned'): TestMeeting {
	return { id: nextId++, step, startsAt: copenhagen(date, step === 'sg' ? 9 : 0), status, body: { name: NAMES[step] } };
}

const WORKING_DAY_RULE =
	'Reglen: møder holdes på hverdage, ikke i weekender, på danske helligdage eller på dage, hvor sekretariatet holder lukket (som i mødekalenderen, referat 12/8-2022, punkt 6B).';

describe('a deliberately broken calendar', () => {
	// Spring 2031: SG on Kristi himmelfartsdag (Thursday 22/5-2031), K17 15 days later with no KKR after it.
	const sgOnHoliday = meeting('sg', '2031-05-22');
	const k17WithoutKkr = meeting('k17', '2031-06-06');
	// Autumn 2031: SG only 10 days before K17, KKR on a Saturday.
	const sgTooLate = meeting('sg', '2031-10-21');
	const k17 = meeting('k17', '2031-10-31');
	const kkrOnSaturday = meeting('kkr', '2031-11-15');
	const all = [kkrOnSaturday, k17, sgTooLate, k17WithoutKkr, sgOnHoliday];

	it('breaks exactly the chain rules it was built to break, in words', () => {
		expect(chainViolations(buildChains(all))).toEqual([
			{
				rule: 'k17-needs-kkr',
				meetingIds: [k17WithoutKkr.id],
				message:
					'K17-mødet fredag 6. juni 2031 efterfølges ikke af et KKR-møde. Reglen: hvert K17-møde efterfølges af et møde i KKR Sjælland (referat 12/8-2022, punkt 6B).'
			},
			{
				rule: 'sg-before-k17',
				meetingIds: [sgTooLate.id, k17.id],
				message:
					'Styregruppens møde tirsdag 21. oktober 2031 ligger 10 dage før K17-mødet fredag 31. oktober 2031. Reglen: styregruppen mødes mindst 14 dage før det K17-møde, mødet forbereder (referat 12/8-2022, punkt 6B).'
			}
		]);
	});

	it('breaks exactly the working-day rules it was built to break, naming the holiday and the weekend', () => {
		expect(workingDayViolations(all)).toEqual([
			{
				rule: 'working-day',
				meetingIds: [sgOnHoliday.id],
				message: `Mødet i Styregruppen torsdag 22. maj 2031 ligger på en helligdag (Kristi himmelfartsdag). ${WORKING_DAY_RULE}`
			},
			{
				rule: 'working-day',
				meetingIds: [kkrOnSaturday.id],
				message: `Mødet i KKR Sjælland lørdag 15. november 2031 ligger i en weekend. ${WORKING_DAY_RULE}`
			}
		]);
	});

	it('speaks English on the English pages', () => {
		const before = getLocale;
		overwriteGetLocale(() => 'en');
		try {
			const messages = [...chainViolations(buildChains(all)), ...workingDayViolations(all)].map((v) => v.message);
			expect(messages).toContain(
				'The steering group meeting on Tuesday 21 October 2031 is 10 days before the K17 meeting on Friday 31 October 2031. The rule: the steering group meets at least 14 days before the K17 meeting it prepares (minutes 12/8-2022, item 6B).'
			);
			expect(messages).toContain(
				'The KKR Sjælland meeting on Saturday 15 November 2031 falls on a weekend. The rule: meetings are held on working days, not at weekends, on Danish public holidays or on days the secretariat is closed (as in the meeting calendar, minutes 12/8-2022, item 6B).'
			);
		} finally {
			overwriteGetLocale(before);
		}
	});
});

describe('chain rules', () => {
	it('a K17 meeting with no SG meeting before it', () => {
		const k17 = meeting('k17', '2032-03-05');
		const kkr = meeting('kkr', '2032-03-17');
		expect(chainViolations(buildChains([k17, kkr]))).toEqual([
			{
				rule: 'k17-needs-sg',
				meetingIds: [k17.id],
				message:
					'K17-mødet fredag 5. marts 2032 har intet styregruppemøde før sig. Reglen: hvert K17-møde forberedes af et styregruppemøde mindst 14 dage før (referat 12/8-2022, punkt 6B).'
			}
		]);
	});

	it('exactly 14 days is enough; 13 is not', () => {
		const ok = buildChains([meeting('sg', '2032-04-16'), meeting('k17', '2032-04-30'), meeting('kkr', '2032-05-12')]);
		expect(chainViolations(ok)).toEqual([]);
		const late = buildChains([meeting('sg', '2032-04-17'), meeting('k17', '2032-04-30'), meeting('kkr', '2032-05-12')]);
		expect(chainViolations(late).map((v) => [v.rule, v.message.includes('ligger 13 dage før')])).toEqual([
			['sg-before-k17', true]
		]);
	});

	it('counts days on Copenhagen dates across the change to summer time', () => {
		// SG Friday 21/3-2031 at 9.00 (CET), K17 Friday 4/4-2031 at midnight (CEST; summer time starts 30/3): fewer than
		// 14 × 24 hours apart, yet 14 days.
		const chains = buildChains([meeting('sg', '2031-03-21'), meeting('k17', '2031-04-04'), meeting('kkr', '2031-04-16')]);
		expect(chains[0].k17!.startsAt.getTime() - chains[0].sg!.startsAt.getTime()).toBeLessThan(14 * 86_400_000);
		expect(chainViolations(chains)).toEqual([]);
	});

	it('SG or KKR meetings without a K17 meeting break no chain rule', () => {
		expect(chainViolations(buildChains([meeting('sg', '2032-08-13'), meeting('kkr', '2032-09-08')]))).toEqual([]);
	});
});

describe('working-day rule', () => {
	it('names a closed day', () => {
		const grundlovsdag = meeting('kkr', '2031-06-05');
		expect(workingDayViolations([grundlovsdag]).map((v) => v.message)).toEqual([
			`Mødet i KKR Sjælland torsdag 5. juni 2031 ligger på en dag, hvor sekretariatet holder lukket (grundlovsdag). ${WORKING_DAY_RULE}`
		]);
	});

	it('leaves out cancelled meetings', () => {
		expect(workingDayViolations([meeting('kkr', '2031-11-15', 'cancelled')])).toEqual([]);
	});

	it('uses the Copenhagen date: 0.30 on a Monday in summer is Sunday evening in UTC, and no weekend', () => {
		const monday = { ...meeting('kkr', '2031-06-09'), startsAt: copenhagen('2031-06-09', 0, 30) };
		expect(monday.startsAt.getUTCDay()).toBe(0);
		expect(workingDayViolations([monday])).toEqual([]);
		const sunday = { ...meeting('kkr', '2031-10-26'), startsAt: copenhagen('2031-10-26', 23, 30) }; // winter time again
		expect(workingDayViolations([sunday]).map((v) => v.rule)).toEqual(['working-day']);
	});

	it('a year outside the holiday calendar gives no violation and no error', () => {
		expect(workingDayViolations([meeting('kkr', '2036-11-15'), meeting('sg', '2019-12-25')])).toEqual([]);
	});
});

describe('the seeded 2022-23 calendar (referat 12/8-2022, punkt 6B)', () => {
	const step: Record<string, ChainStep> = { styregruppen: 'sg', k17: 'k17', 'kkr-sjaelland': 'kkr' };
	const seeded: TestMeeting[] = seededMeetings.map((m, i) => ({
		id: 1000 + i,
		step: step[m.body],
		startsAt: m.startsAt,
		status: m.status,
		body: { name: m.body }
	}));

	it('has 7 chains and breaks no rule', () => {
		const chains = buildChains(seeded);
		expect(chains).toHaveLength(7);
		expect(chainViolations(chains)).toEqual([]);
		expect(workingDayViolations(seeded)).toEqual([]);
	});
});
