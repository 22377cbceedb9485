import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../db/test-db';
import { meetings } from '../db/schema';
import { copenhagen } from '../db/seed/data/calendar';
import { bodyId } from '../meetings/test-fixtures';
import { getGovernanceCalendar } from './calendar';

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
		await t.db.insert(meetings).values([
			{ bodyId: sg, startsAt: copenhagen('2031-01-16', 9), status: 'planned' },
			{ bodyId: k17, startsAt: copenhagen('2031-01-24', 9), status: 'planned' },
			{ bodyId: kkr, startsAt: copenhagen('2031-02-05', 9), status: 'planned' }
		]);
		const { chains } = await getGovernanceCalendar(t.db, null);
		const last = chains.at(-1);
		expect(last).toMatchObject({ daysSgToK17: 8, sgTooLate: true });
		expect(last?.sg?.canOpen).toBe(false);
	});
});
