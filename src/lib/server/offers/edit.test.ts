// Offers edited by the secretariat on the seeded database: one history entry per change with old and new values
// and the decision, optimistic locking, refusals that write nothing, the category suggestion and its yearly rule.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asc, desc, eq } from 'drizzle-orm';
import { createTestDb, type TestDb } from '../db/test-db';
import { decisionOffers, decisions, municipalities, offerHistory, offers, tariffRuleVersions, tariffRules } from '../db/schema';
import { secretariat } from '../calendar/test-actor';
import type { SessionUser } from '../auth/session';
import { offerForm, saveOffer, slugify, type OfferInput } from './edit';
import { categoryChangeRefusal, suggestCategory } from './category';
import { getOffer } from './offers';
import { appliedRule } from '../tariffs/calculators/rule-parameters';

let t: TestDb;
let staff: SessionUser;
let decisionId: number;
beforeAll(async () => {
	t = await createTestDb({ seeded: true });
	staff = await secretariat(t.db);
	[{ id: decisionId }] = await t.db.select({ id: decisions.id }).from(decisions).orderBy(asc(decisions.id)).limit(1);
});
afterAll(async () => {
	await t?.close();
});

async function formOf(slug: string, over: Partial<OfferInput> = {}): Promise<OfferInput> {
	const form = await offerForm(t.db, slug);
	return { ...form!.values, ...over };
}
const historyOf = async (slug: string) => {
	const [o] = await t.db.select({ id: offers.id }).from(offers).where(eq(offers.slug, slug));
	return t.db.select().from(offerHistory).where(eq(offerHistory.offerId, o.id)).orderBy(desc(offerHistory.id));
};

describe('editing an offer', () => {
	it("keeps each change in the history with old and new values, who, and the decision; the timeline shows it once", async () => {
		const result = await saveOffer(t.db, staff, 'kildebo', await formOf('kildebo', { places: '30', decisionId: String(decisionId), effectiveOn: '2026-11-01', note: 'Udvidet' }));
		expect(result).toEqual({ ok: true, slug: 'kildebo' });
		const [entry] = await historyOf('kildebo');
		expect(entry).toMatchObject({ decisionId, changedBy: staff.id, effectiveOn: '2026-11-01', note: 'Udvidet' });
		expect(Object.keys(entry.changes)).toEqual(['places']);
		expect((entry.changes as Record<string, { to: unknown }>).places.to).toBe(30);
		const [o] = await t.db.select({ id: offers.id, version: offers.version }).from(offers).where(eq(offers.slug, 'kildebo'));
		expect(o.version).toBe(2);
		expect(await t.db.select().from(decisionOffers).where(eq(decisionOffers.offerId, o.id))).toContainEqual(expect.objectContaining({ decisionId }));
		const view = await getOffer(t.db, 'kildebo', null);
		expect(view!.timeline.filter((e) => e.decision?.id === decisionId)).toHaveLength(1);
		expect(view!.timeline[0].history?.changedBy).toBeNull();
		expect((await getOffer(t.db, 'kildebo', staff))!.timeline[0].history?.changedBy).toBe(staff.name);
	});

	it('refuses the second of two saves from the same version, showing what changed meanwhile', async () => {
		const a = await formOf('bomi', { places: '11' });
		const b = await formOf('bomi', { contact: 'Ny kontakt' });
		expect((await saveOffer(t.db, staff, 'bomi', a)).ok).toBe(true);
		const second = await saveOffer(t.db, staff, 'bomi', b);
		expect(second).toMatchObject({ ok: false, status: 409, meanwhile: { by: staff.name } });
		if (second.ok || !('meanwhile' in second)) throw new Error('expected a conflict');
		expect(second.meanwhile.changes.map((c) => c.field)).toEqual(['places']);
		const [row] = await t.db.select({ contact: offers.contact, places: offers.places }).from(offers).where(eq(offers.slug, 'bomi'));
		expect(row).toEqual({ contact: '', places: 11 });
	});

	it('refuses bad input in Danish and writes nothing', async () => {
		const before = await historyOf('bomi');
		const bad = await saveOffer(t.db, staff, 'bomi', await formOf('bomi', { places: '-2', occupancyPercent: '120', status: 'open', operatorId: '99999' }));
		expect(bad).toEqual({
			ok: false,
			status: 400,
			errors: {
				places: 'Pladser kan ikke være negativt.',
				occupancyPercent: 'Belægningen kan ikke være over 100 % af pladserne.',
				status: 'Vælg en status fra listen.',
				operatorId: 'Vælg driftsherren fra listen.'
			}
		});
		expect(await saveOffer(t.db, staff, 'bomi', await formOf('bomi', { places: 'mange' }))).toMatchObject({ errors: { places: 'Pladser skal være et helt tal.' } });
		expect(await saveOffer(t.db, staff, 'bomi', await formOf('bomi'))).toMatchObject({ status: 400, errors: { form: 'Der er ingen ændringer at gemme.' } });
		expect(await historyOf('bomi')).toEqual(before);
	});

	it('keeps an occupancy above 100 % as the source gives it (Kofoedsminde 102 %) when it is not changed', async () => {
		const form = await formOf('kofoedsminde', { contact: 'Region Sjælland' });
		expect(form.occupancyPercent).toBe('102');
		expect((await saveOffer(t.db, staff, 'kofoedsminde', form)).ok).toBe(true);
	});

	it('creates an offer with a slug from its name', async () => {
		expect(slugify('Æblegården – bo- og støttetilbud')).toBe('aeblegaarden-bo-og-stoettetilbud');
		const blank = (await offerForm(t.db, null))!.values;
		const created = await saveOffer(t.db, staff, null, { ...blank, name: 'Æblegården', places: '12', status: 'planned' });
		expect(created).toEqual({ ok: true, slug: 'aeblegaarden' });
		expect((await historyOf('aeblegaarden'))[0].note).toBe('Tilbuddet oprettet.');
	});
});

describe('category', () => {
	it('is suggested from the number of other buying municipalities with the thresholds of the rule’s version', async () => {
		const rule = (await appliedRule(t.db, 'kategorisering-af-tilbud'))!;
		expect([0, 1, 4, 5, 9].map((n) => suggestCategory(n, rule).category)).toEqual(['local', 'cluster', 'cluster', 'regional', 'regional']);
		const [r] = await t.db.select({ id: tariffRules.id }).from(tariffRules).where(eq(tariffRules.slug, 'kategorisering-af-tilbud'));
		await t.db.update(tariffRuleVersions).set({ parameters: { clusterMaxOtherBuyers: 2, regionalMinOtherBuyers: 3 } }).where(eq(tariffRuleVersions.ruleId, r.id));
		const changed = (await appliedRule(t.db, 'kategorisering-af-tilbud'))!;
		expect(suggestCategory(3, changed).category).toBe('regional');
		expect(suggestCategory(3, changed).reason).toContain('mindst 3');
	});

	it('changes once a year: a second change in the same year is refused with the rule, the next year allowed', async () => {
		const towns = await t.db.select({ id: municipalities.id }).from(municipalities).limit(5);
		const first = await saveOffer(t.db, staff, 'bomi', await formOf('bomi', { category: 'regional', buyers: towns.map((x) => String(x.id)), effectiveOn: '2026-03-01' }));
		expect(first.ok).toBe(true);
		const again = await saveOffer(t.db, staff, 'bomi', await formOf('bomi', { category: 'cluster', effectiveOn: '2026-09-01' }));
		expect(again).toMatchObject({ ok: false, status: 400, errors: { category: expect.stringContaining('Tilbud kan ikke ændre kategori i løbet af året') } });
		expect(categoryChangeRefusal('2026-03-01', '2027-01-01')).toBeNull();
		expect((await saveOffer(t.db, staff, 'bomi', await formOf('bomi', { category: 'cluster', effectiveOn: '2027-01-01' }))).ok).toBe(true);
	});
});
