import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../db/test-db';
import { meetings } from '../db/schema';
import { copenhagen } from '../db/seed/data/calendar';
import { bodyId, viewer } from '../meetings/test-fixtures';
import { calendarViolations, getGovernanceCalendar, meetingViolations } from './calendar';

let t: TestDb;

beforeAll(async () => {
	t = await createTestDb({ seeded: true });
});

afterAll(async () => {
	await t?.close();
});

describe('getGovernanceCalendar', () => {
	it('builds the seven published SG → K17 → KKR chains of 2022-23, none flagged', async () => {
		const { chains } = await getGovernanceCalendar(t.db, null);
		expect(chains).toHaveLength(7);
		expect(chains.map((c) => c.daysSgToK17)).toEqual([14, 21, 21, 21, 14, 14, 21]);
		expect(chains.every((c) => !c.sgTooLate && !c.missingSg && !c.missingKkr)).toBe(true);
		expect(chains[0].sg?.canOpen).toBe(true);
	});

	it('flags a planned chain whose SG meeting is too close to K17', async () => {
		const [sg, k17, kkr] = await Promise.all(['styregruppen', 'k17', 'kkr-sjaelland'].map((s) => bodyId(t.db, s)));
		const planted = await t.db.insert(meetings).values([
			{ bodyId: sg, startsAt: copenhagen('2031-01-16', 9), status: 'planned' },
			{ bodyId: k17, startsAt: copenhagen('2031-01-24', 9), status: 'planned' },
			{ bodyId: kkr, startsAt: copenhagen('2031-02-05', 9), status: 'planned' }
		]).returning({ id: meetings.id });
		const { chains } = await getGovernanceCalendar(t.db, null);
		const last = chains.at(-1);
		expect(last).toMatchObject({ daysSgToK17: 8, sgTooLate: true });
		expect(last?.sg?.canOpen).toBe(false);
		const [sgId] = planted.map((r) => r.id);
		expect((await meetingViolations(t.db, null, sgId)).map((v) => v.rule)).toEqual(['sg-before-k17']);
		expect((await meetingViolations(t.db, null, sgId))[0].message).toMatch(/8 dage før K17-mødet/);
	});

	it('breaks no rule in the seeded 2022-23 calendar', async () => {
		const fresh = await createTestDb({ seeded: true });
		try {
			expect(await calendarViolations(fresh.db, null)).toEqual([]);
		} finally {
			await fresh.close();
		}
	});

	it('never names a meeting the viewer may not see', async () => {
		const sg = await bodyId(t.db, 'styregruppen');
		const [hidden] = await t.db
			.insert(meetings)
			.values({ bodyId: sg, startsAt: copenhagen('2031-06-07', 9), isPublic: false, status: 'planned' })
			.returning({ id: meetings.id });
		// A Saturday: a working-day violation the secretariat sees and the public does not.
		const asPublic = await calendarViolations(t.db, null);
		expect(asPublic.some((v) => v.meetingIds.includes(hidden.id))).toBe(false);
		const asStaff = await meetingViolations(t.db, viewer('secretariat'), hidden.id);
		expect(asStaff.map((v) => v.rule)).toContain('working-day');
	});
});
