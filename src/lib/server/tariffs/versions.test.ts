// New versions of a tariff rule on the seeded database: the previous period closes, a decision is required, an
// overlapping period or an unchanged text is refused with nothing written, and two versions at once queue up.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asc, eq } from 'drizzle-orm';
import { createTestDb, type TestDb } from '../db/test-db';
import { decisionTariffRules, decisions, tariffRuleVersions, tariffRules } from '../db/schema';
import { secretariat } from '../calendar/test-actor';
import type { SessionUser } from '../auth/session';
import { addTariffRuleVersion, tariffRulePage, type NewVersionInput } from './versions';

let t: TestDb;
let actor: SessionUser;
let decisionId: number;
beforeAll(async () => {
	t = await createTestDb({ seeded: true });
	actor = await secretariat(t.db);
	[{ id: decisionId }] = await t.db.select({ id: decisions.id }).from(decisions).orderBy(asc(decisions.id)).limit(1);
});
afterAll(async () => {
	await t.close();
});

async function versionsOf(slug: string) {
	const [rule] = await t.db.select({ id: tariffRules.id }).from(tariffRules).where(eq(tariffRules.slug, slug));
	return t.db
		.select({ version: tariffRuleVersions.version, from: tariffRuleVersions.effectiveFrom, to: tariffRuleVersions.effectiveTo, parameters: tariffRuleVersions.parameters, decisionId: tariffRuleVersions.decisionId })
		.from(tariffRuleVersions)
		.where(eq(tariffRuleVersions.ruleId, rule.id))
		.orderBy(asc(tariffRuleVersions.version));
}

const input = (over: Partial<NewVersionInput> = {}): NewVersionInput => ({
	text: 'Afregning sker månedsvis bagud. Fristen for betaling fastsættes til 20 dage.',
	parameters: [
		{ key: 'paymentDays', value: '20' },
		{ key: 'lateInterestAfterMonths', value: '1' },
		{ key: 'payerMayAdjustInvoice', value: 'nej' }
	],
	effectiveFrom: '2027-01-01',
	effectiveTo: '',
	agreementPeriodId: '',
	decisionId: String(decisionId),
	...over
});

describe('a new version of a tariff rule', () => {
	it('refuses a version that names no decision, writing nothing', async () => {
		const before = await versionsOf('afregning');
		const result = await addTariffRuleVersion(t.db, actor, 'afregning', input({ decisionId: '' }));
		expect(result).toEqual({ ok: false, status: 400, errors: { decisionId: 'Vælg den beslutning, den nye version følger af.' } });
		expect(await versionsOf('afregning')).toEqual(before);
	});

	it('refuses a parameter of the wrong type and a period that overlaps', async () => {
		const typed = await addTariffRuleVersion(t.db, actor, 'afregning', input({ parameters: [{ key: 'paymentDays', value: 'tyve' }] }));
		expect(typed).toMatchObject({ ok: false, errors: { 'param-value-0': '»paymentDays« skal være et tal.' } });
		const overlap = await addTariffRuleVersion(t.db, actor, 'afregning', input({ effectiveFrom: '2021-01-01' }));
		expect(overlap).toMatchObject({ ok: false, errors: { effectiveFrom: expect.stringContaining('overlapper version 1') } });
		const backwards = await addTariffRuleVersion(t.db, actor, 'afregning', input({ effectiveTo: '2026-12-31' }));
		expect(backwards).toMatchObject({ ok: false, errors: { effectiveTo: 'Gælder til kan ikke ligge før gælder fra.' } });
	});

	it('refuses a version identical to the one in force', async () => {
		const page = await tariffRulePage(t.db, 'afregning', actor);
		const same = await addTariffRuleVersion(t.db, actor, 'afregning', {
			...input(),
			text: page!.versions[0].text,
			parameters: Object.entries(page!.versions[0].parameters).map(([key, value]) => ({ key, value: value === false ? 'nej' : String(value) }))
		});
		expect(same).toMatchObject({ ok: false, errors: { form: expect.stringContaining('magen til') } });
	});

	it('closes the previous period, numbers the version, types its parameters and links the decision', async () => {
		expect(await addTariffRuleVersion(t.db, actor, 'afregning', input())).toEqual({ ok: true, version: 2 });
		expect(await versionsOf('afregning')).toEqual([
			expect.objectContaining({ version: 1, from: '2021-01-01', to: '2026-12-31' }),
			{ version: 2, from: '2027-01-01', to: null, parameters: { paymentDays: 20, lateInterestAfterMonths: 1, payerMayAdjustInvoice: false }, decisionId }
		]);
		const [rule] = await t.db.select({ id: tariffRules.id }).from(tariffRules).where(eq(tariffRules.slug, 'afregning'));
		expect(await t.db.select().from(decisionTariffRules).where(eq(decisionTariffRules.tariffRuleId, rule.id))).toContainEqual(
			expect.objectContaining({ decisionId })
		);
	});

	it("shows every version on the rule's page with the word diff and parameter changes", async () => {
		const page = await tariffRulePage(t.db, 'afregning', null, new Date('2027-02-01T12:00:00Z'));
		expect(page!.versions.map((v) => v.version)).toEqual([2, 1]);
		expect(page!.currentId).toBe(page!.versions[0].id);
		const diff = page!.versions[0].textDiff!;
		expect(diff.filter((s) => s.kind === 'ins').map((s) => s.text.trim())).toContain('20');
		expect(diff.filter((s) => s.kind === 'del').map((s) => s.text.trim())).toContain('30');
		expect(page!.versions[0].parameterChanges).toEqual([{ key: 'paymentDays', from: 30, to: 20 }]);
		expect(page!.versions[1].textDiff).toBeNull();
	});

	it('numbers two versions made at the same time one after the other', async () => {
		const [a, b] = await Promise.all([
			addTariffRuleVersion(t.db, actor, 'egenbetaling', input({ text: 'Version fra A.', parameters: [], effectiveFrom: '2028-01-01' })),
			addTariffRuleVersion(t.db, actor, 'egenbetaling', input({ text: 'Version fra B.', parameters: [], effectiveFrom: '2028-01-01' }))
		]);
		// The second one to get the lock finds the first's version starting on the same day: an overlap.
		expect([a.ok, b.ok].sort()).toEqual([false, true]);
		const versions = await versionsOf('egenbetaling');
		expect(versions.map((v) => v.version)).toEqual([1, 2]);
		expect(versions[0].to).toBe('2027-12-31');
	});
});
