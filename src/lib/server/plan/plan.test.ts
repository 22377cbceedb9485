import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../db/test-db';
import { indicators } from '../db/schema';
import { getImplementationPlan } from './plan';

let t: TestDb;

beforeAll(async () => {
	t = await createTestDb({ seeded: true });
});

afterAll(async () => {
	await t?.close();
});

describe('getImplementationPlan', () => {
	it('has 3 principles with the 7 areas of effort numbered across them', async () => {
		const plan = await getImplementationPlan(t.db);
		expect(plan.principles.map((p) => p.title)).toEqual([
			'Fælles om kontrakter og takster',
			'Fælles om kvalitet',
			'Fælles om botilbud'
		]);
		expect(plan.principles.map((p) => p.effortAreas.map((a) => a.number))).toEqual([[1, 2, 3], [4, 5], [6, 7]]);
	});

	it('places initiatives under their area of effort and the plan-wide ones apart', async () => {
		const plan = await getImplementationPlan(t.db);
		const all = plan.principles.flatMap((p) => p.effortAreas.flatMap((a) => a.initiatives));
		expect(all.some((i) => /Granhøjen/.test(i.title))).toBe(true);
		expect(plan.generalInitiatives.some((i) => i.deadline === '2025-03-06')).toBe(true);
	});

	it('shows indicators under their area of effort', async () => {
		const plan = await getImplementationPlan(t.db);
		const area = plan.principles[0].effortAreas[1];
		const [ind] = await t.db
			.insert(indicators)
			.values({ slug: 'test-udgiftsstigninger', title: 'Antal indberetninger', unit: 'antal', effortAreaId: area.id })
			.returning();
		const again = await getImplementationPlan(t.db);
		expect(again.principles[0].effortAreas[1].indicators.map((i) => i.id)).toEqual([ind.id]);
	});
});
