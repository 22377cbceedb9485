import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../db/test-db';
import { currentVersion, listTariffRules } from './tariffs';

let t: TestDb;

beforeAll(async () => {
	t = await createTestDb({ seeded: true });
});

afterAll(async () => {
	await t?.close();
});

describe('listTariffRules', () => {
	it('groups the rules by section in the takstaftale’s order', async () => {
		const sections = await listTariffRules(t.db, null, new Date('2025-06-01T10:00:00Z'));
		const names = sections.map((s) => s.section);
		expect(names[0]).toBe('Tilbud og kategorier');
		expect(names).toEqual(expect.arrayContaining(['Takster', 'Betalingsmodeller', 'Afregning og opsigelse']));
		expect(new Set(names).size).toBe(names.length);
	});

	it('shows the version in force and keeps the others as earlier versions', async () => {
		const find = async (now: string) =>
			(await listTariffRules(t.db, null, new Date(now))).flatMap((s) => s.rules).find((r) => r.slug === 'takstanbefaling');
		const in2023 = await find('2023-06-01T10:00:00Z');
		expect(in2023?.current?.version).toBe(2);
		expect(in2023?.current?.periodLabel).toBe('2023-24');
		expect(in2023?.earlier.map((v) => v.version)).toEqual([3, 1]);
		expect(in2023?.current?.decision).toMatchObject({ body: { slug: 'styregruppen' }, item: { number: '2' } });
		expect((await find('2025-06-01T10:00:00Z'))?.current?.version).toBe(3);
	});

	it('carries computable parameters', async () => {
		const rules = (await listTariffRules(t.db, null)).flatMap((s) => s.rules);
		expect(rules.find((r) => r.slug === 'produktionsaendringer')?.current?.parameters).toMatchObject({
			maxChangePercent: 20,
			informBuyersBeforePercent: 10
		});
	});
});

describe('currentVersion', () => {
	const v = (version: number, effectiveFrom: string | null, effectiveTo: string | null) => ({ version, effectiveFrom, effectiveTo });
	it('prefers the version in force, else the newest', () => {
		const versions = [v(2, '2023-01-01', null), v(1, '2021-01-01', '2022-12-31')];
		expect(currentVersion(versions, '2022-06-01')?.version).toBe(1);
		expect(currentVersion(versions, '2024-06-01')?.version).toBe(2);
		expect(currentVersion([v(1, '2030-01-01', null)], '2024-06-01')?.version).toBe(1);
		expect(currentVersion([], '2024-06-01')).toBeNull();
	});
});
