import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../db/test-db';
import { plantClosedItem, sgMeeting, viewer } from '../meetings/test-fixtures';
import { getOffer, listOffers, parseOfferFilter } from './offers';

let t: TestDb;
const marker = `LUKKET-${crypto.randomUUID()}`;

beforeAll(async () => {
	t = await createTestDb({ seeded: true });
	await plantClosedItem(t.db, (await sgMeeting(t.db)).id, marker);
});

afterAll(async () => {
	await t?.close();
});

describe('listOffers', () => {
	it('lists every offer by name with its operator', async () => {
		const list = await listOffers(t.db);
		const kildebo = list.find((o) => o.slug === 'kildebo');
		expect(kildebo).toMatchObject({ name: 'Kildebo', operator: 'Faxe', mostSpecialised: true });
		const names = list.map((o) => o.name);
		expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'da')));
	});

	it('filters the ten most specialised offers, the secure units and the special-education annex', async () => {
		expect((await listOffers(t.db, { filter: 'mest-specialiserede' })).length).toBe(10);
		const secure = (await listOffers(t.db, { filter: 'sikrede' })).map((o) => o.slug);
		expect(secure).toEqual(expect.arrayContaining(['bakkegaarden', 'stevnsfortet']));
		const annex = await listOffers(t.db, { filter: 'specialundervisning' });
		expect(annex.length).toBeGreaterThanOrEqual(6);
		expect(annex.every((o) => o.specialEducationAnnex)).toBe(true);
	});

	it('accepts only known filter values', () => {
		expect(parseOfferFilter('sikrede')).toBe('sikrede');
		expect(parseOfferFilter('drop table')).toBeNull();
		expect(parseOfferFilter(null)).toBeNull();
	});
});

describe('getOffer', () => {
	it('returns Kofoedsminde with its history, newest first', async () => {
		const offer = await getOffer(t.db, 'kofoedsminde', null);
		expect(offer?.operator).toBe('Region Sjælland');
		expect(offer?.history.map((h) => h.changes.places)).toEqual([68, 44]);
	});

	it('returns the Slagelse offer with the decision that closes it, linked from its history', async () => {
		const offer = await getOffer(t.db, 'slagelse-tilbud-udviklingshaemmede-59-pladser', null);
		expect(offer?.decisions).toHaveLength(1);
		expect(offer?.decisions[0]).toMatchObject({ body: { slug: 'styregruppen' }, item: { number: '7' } });
		expect(offer?.history[0].decision?.item.number).toBe('7');
	});

	it('shows the decisions of closed items only to those allowed', async () => {
		expect(JSON.stringify(await getOffer(t.db, 'kildebo', null))).not.toContain(marker);
		expect(JSON.stringify(await getOffer(t.db, 'kildebo', viewer('secretariat')))).toContain(marker);
	});

	it('returns null for an unknown slug', async () => {
		expect(await getOffer(t.db, 'findes-ikke', null)).toBeNull();
	});

	it('gives Kildebo its source document and year, and no "last updated" time from when the seed was loaded', async () => {
		const offer = await getOffer(t.db, 'kildebo', null);
		expect(offer?.updatedAt).toBeNull();
		expect(offer?.source).toEqual({
			title: 'Rammeaftale 2023-2024',
			year: 2022,
			url: 'https://rs17.dk/rammeaftalen/rammeaftale-2023-2024.aspx'
		});
	});
});
