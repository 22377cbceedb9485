import { describe, expect, it } from 'vitest';
import { tariffRules } from '$lib/server/db/seed/data/tariff-rules';
import { describeParameters, describedParameterKeys, versionLabel } from './parameters';

const seedVersions = tariffRules.flatMap((r) => r.versions);
const seedKeys = [...new Set(seedVersions.flatMap((v) => Object.keys(v.parameters)))];

describe('tariff parameters in words', () => {
	it('has a describer for every parameter key in the reference data', () => {
		expect(seedKeys.length).toBeGreaterThan(15);
		expect(seedKeys.filter((k) => !describedParameterKeys.includes(k))).toEqual([]);
	});

	for (const locale of ['da', 'en'] as const) {
		it(`labels every seeded parameter in words in ${locale}, never by its key or a bare number`, () => {
			for (const version of seedVersions) {
				const rows = describeParameters(version.parameters, locale);
				for (const row of rows) {
					expect(row.label, row.key).not.toBe(row.key);
					expect(row.label, row.key).toMatch(/^\p{Lu}[\p{L}\s()\-0-9,.]+$/u);
					expect(row.value, row.key).not.toMatch(/^\d+$/);
					expect(row.value, row.key).not.toBe('');
				}
			}
		});
	}

	it('gives units: days, the time of day, percentages', () => {
		expect(describeParameters({ paymentDays: 30 }, 'da')).toEqual([
			{ key: 'paymentDays', label: 'Betalingsfrist', value: '30 dage' }
		]);
		expect(describeParameters({ paymentDays: 30 }, 'en')[0]).toMatchObject({ label: 'Payment term', value: '30 days' });
		expect(describeParameters({ cutoverHour: 12 }, 'da')[0]).toMatchObject({ label: 'Døgnskifte', value: 'kl. 12.00' });
		expect(describeParameters({ cutoverHour: 12 }, 'en')[0]).toMatchObject({ label: 'Day changeover', value: '12:00' });
		expect(describeParameters({ maxChangePercent: 20 }, 'da')[0].value).toBe('op til ±20 % af årets bruttobudget');
		expect(describeParameters({ lateInterestAfterMonths: 1 }, 'da')[0].value).toBe('ved betaling senere end 1 måned');
	});

	it('folds a deadline into the row it belongs to instead of "Frist: dag 1"', () => {
		const rows = describeParameters(
			{ noticeElectionPeriodYear: 3, completionElectionPeriodYear: 4, deadlineMonth: 1, deadlineDay: 1 },
			'da'
		);
		expect(rows.map((r) => `${r.label}: ${r.value}`)).toEqual([
			'Meddelelse til regionen om overtagelse: senest 1. januar i valgperiodens 3. år',
			'Overtagelsen gennemført: senest 1. januar i valgperiodens 4. år'
		]);
		expect(describeParameters({ deadlineMonth: 1, deadlineDay: 1 }, 'en')).toEqual([
			{ key: 'deadlineMonth', label: 'Deadline', value: '1 January' }
		]);
	});

	it('says the notice period as the hovedbilag does', () => {
		const rows = describeParameters({ noticeExtraDays: 30, noticeIncludesCurrentMonth: true, appliesOnDeath: true }, 'da');
		expect(rows.map((r) => `${r.label}: ${r.value}`)).toEqual([
			'Opsigelsesvarsel: løbende måned plus 30 dage',
			'Gælder også ved dødsfald: Ja'
		]);
	});

	it('separates the version number from its agreement period', () => {
		expect(versionLabel(1, '2021-22', 'da')).toBe('1 (rammeaftale 2021-22)');
		expect(versionLabel(2, '2023-24', 'en')).toBe('2 (framework agreement 2023-24)');
		expect(versionLabel(3, null, 'da')).toBe('3');
	});
});
