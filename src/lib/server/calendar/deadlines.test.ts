import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../db/test-db';
import { networkReportDeadlines } from '../db/schema';
import { listDeadlines, setNetworkReportDeadline, getNetworkReportDeadlines } from './deadlines';
import { secretariat } from './test-actor';

let t: TestDb;

beforeAll(async () => {
	t = await createTestDb({ seeded: true });
});

afterAll(async () => {
	await t?.close();
});

const year = (y: number) => ({ from: `${y}-01-01`, to: `${y}-12-31` });

describe('listDeadlines', () => {
	it('2022: the agreement 2023-24 by 1 December with its backwards plan, and Socialtilsyn Øst by 1 July', async () => {
		const list = await listDeadlines(t.db, year(2022));
		expect(list.map((d) => [d.key, d.date])).toEqual([
			['socialtilsyn-report-2022', '2022-07-01'],
			['agreement-2023-24-sg', '2022-09-21'],
			['agreement-2023-24-k17', '2022-10-05'],
			['agreement-2023-24-kkr', '2022-10-06'],
			['agreement-approval-2022', '2022-12-01']
		]);
		const approval = list.at(-1)!;
		expect(approval).toMatchObject({
			title: 'Rammeaftale 2023-24 godkendt i de 17 kommunalbestyrelser og regionsrådet',
			who: 'De 17 kommunalbestyrelser og regionsrådet',
			href: '/kalender/godkendelser/2023-24'
		});
		expect(approval.rule).toContain('senest 1. december hvert andet år');
		expect(approval.source).toContain('BEK 1298/2020');
		expect(list.find((d) => d.key === 'agreement-2023-24-kkr')).toMatchObject({ who: 'KKR Sjælland' });
		expect(list.find((d) => d.key === 'agreement-2023-24-sg')?.rule).toContain('mindst 14 dage før');
		expect(list[0]).toMatchObject({ title: 'Socialtilsyn Østs årsrapport for 2021', who: 'Socialtilsyn Øst' });
		expect(list[0].rule).toContain('senest 1. juli året efter');
	});

	it('2024: the takeover notice of the 2021 election period and the rule-made deadline of 2025-26', async () => {
		const list = await listDeadlines(t.db, year(2024));
		expect(list[0]).toMatchObject({ key: 'takeover-notice-2024', date: '2024-01-01', who: 'Kommunalbestyrelserne' });
		expect(list[0].rule).toContain('1. januar i valgperiodens 3. år');
		expect(list[0].title).toContain('valgperioden 2022-2025');
		const approval = list.find((d) => d.key === 'agreement-approval-2024');
		expect(approval).toMatchObject({ date: '2024-12-01', href: '/kalender/godkendelser/2025-26' });
		expect(approval?.source).toContain('beregnet efter reglen');
		expect(list.some((d) => d.key.startsWith('expense-review'))).toBe(false);
	});

	it('2026: continues the agreement beyond the seeded periods, the SG expense reviews each half year', async () => {
		const keys = (await listDeadlines(t.db, year(2026))).map((d) => `${d.key} ${d.date}`);
		expect(keys).toEqual([
			'expense-review-2026-h1 2026-06-30',
			'socialtilsyn-report-2026 2026-07-01',
			'agreement-2027-28-sg 2026-09-21',
			'agreement-2027-28-k17 2026-10-05',
			'agreement-2027-28-kkr 2026-10-06',
			'agreement-approval-2026 2026-12-01',
			'expense-review-2026-h2 2026-12-31'
		]);
		expect(await listDeadlines(t.db, year(2028))).toContainEqual(
			expect.objectContaining({ key: 'takeover-notice-2028', date: '2028-01-01' })
		);
	});

	it('keeps to the range, inclusive, and gives nothing for an inverted one', async () => {
		expect((await listDeadlines(t.db, { from: '2022-07-01', to: '2022-07-01' })).map((d) => d.key)).toEqual([
			'socialtilsyn-report-2022'
		]);
		expect(await listDeadlines(t.db, { from: '2022-12-02', to: '2022-12-01' })).toEqual([]);
	});
});

describe('the network reports', () => {
	it('have no deadline until the secretariat sets one, then one that can be changed', async () => {
		expect((await listDeadlines(t.db, year(2027))).some((d) => d.key === 'network-reports-2027')).toBe(false);
		const actor = await secretariat(t.db);
		expect(await setNetworkReportDeadline(t.db, actor, 2027, '2027-03-01')).toEqual({
			ok: true,
			value: { year: 2027, dueOn: '2027-03-01' }
		});
		expect(await setNetworkReportDeadline(t.db, actor, '2027', '15.3.2027')).toMatchObject({ ok: true });
		expect(await getNetworkReportDeadlines(t.db)).toEqual([{ year: 2027, dueOn: '2027-03-15' }]);
		const deadline = (await listDeadlines(t.db, year(2027))).find((d) => d.key === 'network-reports-2027');
		expect(deadline).toMatchObject({
			date: '2027-03-15',
			title: 'Netværksgruppernes årlige statusrapporter 2027',
			who: 'Netværksgruppernes tovholdere'
		});
	});

	it('refuses impossible dates, years out of range and a day in another year, saving nothing', async () => {
		const actor = await secretariat(t.db);
		const before = await t.db.select().from(networkReportDeadlines);
		expect(await setNetworkReportDeadline(t.db, actor, 2028, '2028-02-30')).toEqual({
			ok: false,
			errors: { dueOn: '»2028-02-30« er ikke en gyldig dato. Skriv datoen som 24.11.2026 eller 2026-11-24.' }
		});
		expect(await setNetworkReportDeadline(t.db, actor, 2019, '2019-03-01')).toEqual({
			ok: false,
			errors: { year: 'Året skal være et årstal fra 2020 til 2100.' }
		});
		expect(await setNetworkReportDeadline(t.db, actor, 'tyve', '2028-03-01')).toMatchObject({ ok: false });
		expect(await setNetworkReportDeadline(t.db, actor, 2028, '2029-03-01')).toEqual({
			ok: false,
			errors: { dueOn: 'Fristen skal ligge i 2028.' }
		});
		expect(await setNetworkReportDeadline(t.db, actor, 2028, '')).toEqual({ ok: false, errors: { dueOn: 'Skriv datoen for fristen.' } });
		expect(await t.db.select().from(networkReportDeadlines)).toEqual(before);
	});
});
