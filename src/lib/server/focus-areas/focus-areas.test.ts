import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../db/test-db';
import { listFocusAreas } from './focus-areas';
import { addOwner, endOwner } from './owners';
import { secretariat } from '../calendar/test-actor';
import { bodies } from '../db/schema';
import { eq } from 'drizzle-orm';

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

	it('keeps owners with their periods, municipalities and bodies, and refuses a period that ends before it begins', async () => {
		const staff = await secretariat(t.db);
		const [, p2122] = await listFocusAreas(t.db);
		const area3 = p2122.areas.find((a) => a.number === 3)!;
		const [forum] = await t.db.select({ id: bodies.id }).from(bodies).where(eq(bodies.slug, 'direktoer-og-chefforum'));
		expect(await addOwner(t.db, staff, area3.slug, { kind: 'body', id: String(forum.id), validFrom: '2024-01-01', validTo: '2023-01-01' })).toMatchObject({
			ok: false,
			status: 400,
			errors: { validTo: 'Perioden kan ikke slutte, før den begynder.' }
		});
		expect(await addOwner(t.db, staff, area3.slug, { kind: 'body', id: String(forum.id), validFrom: '2024-01-01', validTo: '' })).toEqual({ ok: true });
		expect(await addOwner(t.db, staff, area3.slug, { kind: 'body', id: String(forum.id), validFrom: '', validTo: '' })).toMatchObject({ ok: false, status: 409 });
		const faxe = area3.owners.find((o) => o.name === 'Faxe')!;
		expect(await endOwner(t.db, staff, area3.slug, { kind: 'municipality', id: String(faxe.id), validTo: '2024-06-30' })).toEqual({ ok: true });
		const again = (await listFocusAreas(t.db))[1].areas.find((a) => a.number === 3)!;
		expect(again.owners).toEqual(
			expect.arrayContaining([
				expect.objectContaining({ kind: 'municipality', name: 'Faxe', validTo: '2024-06-30' }),
				expect.objectContaining({ kind: 'body', name: 'Direktør- og Chefforum', validFrom: '2024-01-01', validTo: null })
			])
		);
		expect(await endOwner(t.db, staff, area3.slug, { kind: 'body', id: String(forum.id), validTo: '2023-12-31' })).toMatchObject({ ok: false, status: 400 });
	});
});
