import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../db/test-db';
import { eq } from 'drizzle-orm';
import { memberships, users } from '../db/schema';
import { getBody, listBodies } from './bodies';

let t: TestDb;

beforeAll(async () => {
	t = await createTestDb({ seeded: true });
});

afterAll(async () => {
	await t?.close();
});

describe('listBodies', () => {
	it('groups the bodies by kind, political first', async () => {
		const groups = await listBodies(t.db);
		expect(groups.map((g) => g.kind)).toEqual(['political', 'administrative', 'network_group', 'external']);
		const admin = groups.find((g) => g.kind === 'administrative')?.bodies.map((b) => b.slug);
		expect(admin).toEqual(expect.arrayContaining(['styregruppen', 'k17']));
	});

	it('lists the members of Styregruppen with the chair first, and the chair once', async () => {
		const sg = (await listBodies(t.db)).flatMap((g) => g.bodies).find((b) => b.slug === 'styregruppen');
		expect(sg?.members[0]).toMatchObject({ role: 'chair', person: { name: 'Mette Olander' }, municipality: 'Roskilde' });
		expect(sg?.members.filter((m) => m.role === 'chair')).toHaveLength(1);
		expect(sg?.members.map((m) => m.person?.name)).toContain('Lone Berner Wolff');
	});

	it('does not list demo users as members, though their memberships remain for access', async () => {
		const [demo] = await t.db
			.select({ personId: users.personId })
			.from(users)
			.where(eq(users.email, 'medlem@rammeaftale.example'));
		expect(demo.personId).not.toBeNull();
		const rows = await t.db.select().from(memberships).where(eq(memberships.personId, demo.personId!));
		expect(rows).toHaveLength(1);
		const all = (await listBodies(t.db)).flatMap((g) => g.bodies).flatMap((b) => b.members);
		expect(all.filter((m) => m.person && /demo/i.test(`${m.person.name} ${m.person.title}`))).toEqual([]);
		const sg = await getBody(t.db, 'styregruppen', null);
		expect(sg?.members.map((m) => m.person?.name)).not.toContain('Mads Medlem');
	});

	it('says which members are the region, not a kommune', async () => {
		const groups = await listBodies(t.db);
		const kku = groups.flatMap((g) => g.bodies).find((b) => b.slug === 'kontaktudvalget');
		const region = kku?.members.find((m) => m.municipality === 'Region Sjælland');
		expect(region).toMatchObject({ role: 'municipality', municipalityKind: 'region' });
		expect(kku?.members.find((m) => m.municipality === 'Faxe')).toMatchObject({ municipalityKind: 'kommune' });
	});
});

describe('getBody', () => {
	it('returns Styregruppen with members, relations and its meetings, newest first', async () => {
		const body = await getBody(t.db, 'styregruppen', null);
		expect(body?.reportsTo?.slug).toBe('k17');
		expect(body?.reportingBodies.map((b) => b.slug)).toEqual(expect.arrayContaining(['boern-og-unge', 'oekonomigruppen']));
		expect(body?.meetings.length).toBe(7);
		expect(body?.meetings.at(-1)?.canOpen).toBe(true);
		const times = body?.meetings.map((m) => m.startsAt.getTime()) ?? [];
		expect(times).toEqual([...times].sort((a, b) => b - a));
	});

	it('returns null for an unknown slug', async () => {
		expect(await getBody(t.db, 'findes-ikke', null)).toBeNull();
	});
});
