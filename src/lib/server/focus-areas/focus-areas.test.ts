import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../db/test-db';
import { listFocusAreas } from './focus-areas';

let t: TestDb;

beforeAll(async () => {
	t = await createTestDb({ seeded: true });
});

afterAll(async () => {
	await t?.close();
});

describe('listFocusAreas', () => {
	it('gives the three 2025-26 areas first, then the six of 2021-22 (extended to 2023-24)', async () => {
		const periods = await listFocusAreas(t.db);
		expect(periods.map((p) => p.label)).toEqual(['2025-26', '2021-22']);
		expect(periods[0].areas.map((a) => a.number)).toEqual([1, 2, 3]);
		expect(periods[1].areas.map((a) => a.number)).toEqual([1, 2, 3, 4, 5, 6]);
		expect(periods[1].periodLabel).toMatch(/2023-24/);
	});

	it('carries owners, status and areas of effort', async () => {
		const [p2526, p2122] = await listFocusAreas(t.db);
		const area3 = p2122.areas.find((a) => a.number === 3);
		expect(area3?.owners.map((o) => o.name).sort()).toEqual(['Faxe', 'Slagelse']);
		expect(area3?.status).toBe('postponed');
		expect(p2122.areas.find((a) => a.number === 6)?.status).toBe('prioritised');
		expect(p2526.areas.some((a) => a.efforts.length > 0)).toBe(true);
		expect(p2122.areas.every((a) => a.goal.length > 0)).toBe(true);
	});
});
