// The calculators on the seeded database: the figures come from the rule's current version, a posted form is
// validated field by field in Danish, and a missing parameter is said, not guessed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDb, type TestDb } from '../../db/test-db';
import { tariffRuleVersions, tariffRules } from '../../db/schema';
import { CALCULATOR_SLUGS, calculatorPage, runCalculator } from './catalogue';

let t: TestDb;
beforeAll(async () => {
	t = await createTestDb({ seeded: true });
});
afterAll(async () => {
	await t.close();
});

async function setParameters(slug: string, parameters: Record<string, number | boolean>) {
	const [rule] = await t.db.select({ id: tariffRules.id }).from(tariffRules).where(eq(tariffRules.slug, slug));
	await t.db.update(tariffRuleVersions).set({ parameters }).where(eq(tariffRuleVersions.ruleId, rule.id));
}

describe('calculators on the seeded rules', () => {
	it('finds every calculator’s rule with the parameters it needs in the reference data', async () => {
		for (const slug of CALCULATOR_SLUGS) {
			const page = await calculatorPage(t.db, slug);
			expect(page?.rule, slug).not.toBeNull();
			expect(page?.unavailable, slug).toBeNull();
		}
		expect((await calculatorPage(t.db, 'nedlukning'))!.municipalities).toHaveLength(18);
	});

	it('computes the notice period from the seeded rule and cites its version', async () => {
		const outcome = await runCalculator(t.db, 'opsigelse', { dato: '2024-01-15' });
		expect(outcome?.ok).toBe(true);
		if (!outcome?.ok) return;
		expect(outcome.result.headline).toBe('Der betales takst til og med 1. marts 2024.');
		expect(outcome.result.rule).toMatchObject({ slug: 'opsigelsesvarsel', version: 1 });
	});

	it('follows the parameters of the rule’s current version, not the code', async () => {
		await setParameters('opsigelsesvarsel', { noticeExtraDays: 60, noticeIncludesCurrentMonth: true, appliesOnDeath: true });
		const outcome = await runCalculator(t.db, 'opsigelse', { dato: '2024-01-15' });
		expect(outcome?.ok && outcome.result.headline).toBe('Der betales takst til og med 31. marts 2024.');
	});

	it('says which parameter is missing instead of guessing', async () => {
		await setParameters('aflastning-hoteldoegn', {});
		const outcome = await runCalculator(t.db, 'aflastning', { ankomst: '2025-05-16T15:00', afrejse: '2025-05-18T11:00' });
		expect(outcome?.ok).toBe(false);
		if (outcome?.ok !== false) return;
		expect(outcome.errors.form).toContain('»cutoverHour«');
	});

	it('shares closure costs among the municipalities posted, blank fields as zero', async () => {
		const outcome = await runCalculator(t.db, 'nedlukning', {
			beslutning: '2010-06-15',
			beloeb: '300.000',
			'm-faxe-0': '730',
			'm-koge-0': '365'
		});
		expect(outcome?.ok).toBe(true);
		if (!outcome?.ok) return;
		expect(outcome.result.table!.rows.map((r) => r[0])).toEqual(['Faxe', 'Køge']);
		expect(outcome.page.columns).toEqual(['Døgn 2009']);
	});

	it('refuses bad input field by field in Danish, computing nothing', async () => {
		const outcome = await runCalculator(t.db, 'nedlukning', { beslutning: '2010-02-30', beloeb: 'mange penge', 'm-faxe-0': '-3' });
		expect(outcome?.ok).toBe(false);
		if (outcome?.ok !== false) return;
		expect(outcome.errors).toEqual({
			beslutning: 'Dato for beslutningen skal være en dato (åååå-mm-dd).',
			beloeb: 'Merudgifterne skal være et beløb i kroner, fx 125.000,50.',
			'm-faxe-0': 'Belægningsdøgn for Faxe skal være et helt tal, 0 eller derover.'
		});
		const none = await runCalculator(t.db, 'nedlukning', { beslutning: '2010-02-03', beloeb: '100' });
		expect(none?.ok === false && none.errors.form).toContain('Ingen kommune har belægningsdøgn i 2009');
		const respite = await runCalculator(t.db, 'betaling', { regning: '2025-03-01', beloeb: '100', betalt: '2025-02-01', rente: 'ti' });
		expect(respite?.ok === false && respite.errors).toEqual({
			betalt: 'Betalingsdatoen kan ikke ligge før regningens dato.',
			rente: 'Rentesatsen skal være et tal mellem 0 og 100, fx 9,6.'
		});
	});

	it('knows no calculator by an unknown name', async () => {
		expect(await calculatorPage(t.db, 'ukendt')).toBeNull();
	});
});
