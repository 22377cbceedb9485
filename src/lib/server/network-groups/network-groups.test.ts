import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../db/test-db';
import { annualReports } from '../db/schema';
import { listNetworkGroups } from './network-groups';

let t: TestDb;

beforeAll(async () => {
	t = await createTestDb({ seeded: true });
});

afterAll(async () => {
	await t?.close();
});

describe('listNetworkGroups', () => {
	it('lists the groups with lead and steering-group contact, vacant where the minutes say so', async () => {
		const groups = await listNetworkGroups(t.db);
		const bySlug = new Map(groups.map((g) => [g.body.slug, g]));
		expect(bySlug.get('voksne-handicappede')).toMatchObject({ lead: null, sgContact: null });
		expect(bySlug.get('voksne-handicappede')?.leadNote).toMatch(/Greve/);
		expect(bySlug.get('boern-og-unge')).toMatchObject({ lead: { name: 'Holbæk' }, sgContact: { name: 'Holbæk' } });
		expect(bySlug.get('voksne-sindslidende')).toMatchObject({ lead: { name: 'Køge' }, sgContact: { name: 'Guldborgsund' } });
		expect(groups.every((g) => g.latestReport === null)).toBe(true);
	});

	it('shows the status of the latest annual report', async () => {
		const [group] = await listNetworkGroups(t.db);
		await t.db.insert(annualReports).values([
			{ networkGroupId: group.id, year: 2023, status: 'reviewed' },
			{ networkGroupId: group.id, year: 2024, status: 'submitted' }
		]);
		const again = (await listNetworkGroups(t.db)).find((g) => g.id === group.id);
		expect(again?.latestReport).toMatchObject({ year: 2024, status: 'submitted' });
	});
});
