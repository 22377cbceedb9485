import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../db/test-db';
import { annualReports } from '../db/schema';
import { listNetworkGroups } from './network-groups';
import { getBody } from '../bodies/bodies';

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
		expect(bySlug.get('voksne-handicappede')).toMatchObject({ leads: [], sgContacts: [] });
		expect(bySlug.get('voksne-handicappede')?.leadNote).toMatch(/Greve/);
		expect(bySlug.get('boern-og-unge')?.leads.map((l) => l.municipality)).toEqual(['Holbæk']);
		expect(bySlug.get('boern-og-unge')?.sgContacts.map((l) => l.municipality)).toEqual(['Holbæk']);
		expect(bySlug.get('voksne-sindslidende')?.sgContacts.map((l) => l.municipality)).toEqual(['Guldborgsund']);
		expect(groups.every((g) => g.latestReport === null)).toBe(true);
	});

	it('gives Voksne sindslidende both leads with their periods, as the body page does', async () => {
		const group = (await listNetworkGroups(t.db)).find((g) => g.body.slug === 'voksne-sindslidende');
		const leads = group?.leads.map(({ municipality, validFrom, validTo }) => ({ municipality, validFrom, validTo }));
		expect(leads).toEqual([
			{ municipality: 'Køge', validFrom: null, validTo: '2022-08-31' },
			{ municipality: 'Roskilde', validFrom: '2022-09-01', validTo: null }
		]);
		expect(group?.leadNote).toBe('');
		const body = await getBody(t.db, 'voksne-sindslidende', null);
		expect(body?.members.filter((m) => m.role === 'lead')).toEqual(group?.leads);
	});

	it('does not list the demo lead of Børn og Unge, whose membership still exists for access', async () => {
		const group = (await listNetworkGroups(t.db)).find((g) => g.body.slug === 'boern-og-unge');
		expect(group?.leads.every((l) => l.person === null)).toBe(true);
	});

	it('shows the status of the latest annual report', async () => {
		const [group] = await listNetworkGroups(t.db);
		await t.db.insert(annualReports).values([
			{ networkGroupId: group.id, year: 2023, status: 'approved' },
			{ networkGroupId: group.id, year: 2024, status: 'submitted' }
		]);
		const again = (await listNetworkGroups(t.db)).find((g) => g.id === group.id);
		expect(again?.latestReport).toMatchObject({ year: 2024, status: 'submitted' });
	});
});
