// Worked examples for the takstaftale's calculators, written from the rule texts (hovedbilag 2021-22 and the
// fælleskommunale principper 2025), with the edge cases that trip date and money arithmetic.
import { describe, expect, it } from 'vitest';
import { allocate, parseKroner } from './money';
import { addMonths, parseIsoDate } from './dates';
import { closureShares, NoOccupancy } from './closure';
import { startUpShares } from './start-up';
import { productionChange } from './production-change';
import { expenseIncrease } from './expense-increase';
import { noticePeriod } from './notice';
import { respiteDays } from './respite';
import { payment } from './payment';
import { MissingParameter, type AppliedRule } from './rule-parameters';

const rule = (parameters: AppliedRule['parameters'], text = 'Reglens tekst.'): AppliedRule => ({
	slug: 'regel',
	title: 'Regel',
	version: 1,
	effectiveFrom: '2021-01-01',
	effectiveTo: null,
	periodLabel: '2021-22',
	text,
	parameters
});

describe('money', () => {
	it('reads Danish and plain amounts into øre', () => {
		expect(parseKroner('1.250.000')).toBe(125_000_000);
		expect(parseKroner('125.000,50')).toBe(12_500_050);
		expect(parseKroner('99,5')).toBe(9_950);
		expect(parseKroner('1234.56')).toBe(123_456);
		expect(parseKroner('-2.000')).toBe(-200_000);
		expect(parseKroner('12 kr.')).toBe(1_200);
		for (const bad of ['', 'abc', '1,2,3', '12.34.5', '1e6']) expect(parseKroner(bad), bad).toBeNull();
	});

	it('splits to whole øre that add up exactly (largest remainder)', () => {
		expect(allocate(100, [1, 1, 1])).toEqual([34, 33, 33]);
		expect(allocate(1_000_000, [1, 2, 0, 3])).toEqual([166_667, 333_333, 0, 500_000]);
		const shares = allocate(123_456_789, [365, 200, 17, 1, 0, 99]);
		expect(shares.reduce((a, b) => a + b, 0)).toBe(123_456_789);
		expect(shares[4]).toBe(0);
	});
});

describe('dates', () => {
	it('refuses impossible dates and adds months to month ends', () => {
		expect(parseIsoDate('2023-02-29')).toBeNull();
		expect(parseIsoDate('2024-02-29')).toBe('2024-02-29');
		expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
		expect(addMonths('2023-01-31', 1)).toBe('2023-02-28');
		expect(addMonths('2023-12-15', 1)).toBe('2024-01-15');
	});
});

describe('closure (nedlukning)', () => {
	const closure = rule({ allocationBasisYearsBeforeDecision: 1 }, 'Merudgifter fordeles på grundlag af de enkelte kommuners belægningsmæssige andel.');

	it("follows the hovedbilag's example: a closure decided in 2010 is shared by the 2009 occupancy", () => {
		const result = closureShares(
			{
				decisionDate: '2010-06-15',
				amount: 30_000_000,
				occupancy: [
					{ name: 'Faxe Kommune', days: 730 },
					{ name: 'Køge Kommune', days: 365 },
					{ name: 'Greve Kommune', days: 0 }
				]
			},
			closure
		);
		expect(result.steps[0]).toContain('2009');
		expect(result.table!.rows).toEqual([
			['Faxe Kommune', '730', '66,67 %', '200.000,00 kr.'],
			['Køge Kommune', '365', '33,33 %', '100.000,00 kr.']
		]);
		expect(result.table!.foot).toEqual(['I alt', '1.095', '100 %', '300.000,00 kr.']);
		expect(result.steps.join(' ')).toContain('Kommuner uden belægning i 2009 betaler intet');
		expect(result.cited).toContain('belægningsmæssige');
	});

	it('rounds to øre so the shares add up to the amount', () => {
		const result = closureShares(
			{ decisionDate: '2024-01-02', amount: 100, occupancy: [1, 1, 1].map((d, i) => ({ name: `K${i}`, days: d })) },
			closure
		);
		expect(result.table!.rows.map((r) => r[3])).toEqual(['0,34 kr.', '0,33 kr.', '0,33 kr.']);
		expect(result.steps[0]).toContain('2023');
	});

	it('refuses when no municipality had occupancy', () => {
		expect(() => closureShares({ decisionDate: '2024-01-02', amount: 100, occupancy: [{ name: 'K', days: 0 }] }, closure)).toThrow(NoOccupancy);
	});

	it('takes the basis year from the parameter, and says so when it is missing', () => {
		const twoYears = rule({ allocationBasisYearsBeforeDecision: 2 });
		expect(closureShares({ decisionDate: '2010-03-01', amount: 100, occupancy: [{ name: 'K', days: 1 }] }, twoYears).steps[0]).toContain('2008');
		expect(() => closureShares({ decisionDate: '2010-03-01', amount: 100, occupancy: [{ name: 'K', days: 1 }] }, rule({}))).toThrow(MissingParameter);
	});
});

describe('start-up (indkøring)', () => {
	it('shares the costs over the start year and the following calendar year', () => {
		const result = startUpShares(
			{
				startDate: '2024-09-01',
				amount: 90_000_000,
				use: [
					{ name: 'Roskilde Kommune', days: [100, 365] },
					{ name: 'Lejre Kommune', days: [20, 180] },
					{ name: 'Solrød Kommune', days: [0, 0] }
				]
			},
			rule({ allocationCalendarYears: 2 })
		);
		expect(result.table!.head).toEqual(['Kommune', 'Døgn 2024', 'Døgn 2025', 'Andel', 'Beløb']);
		// 465 + 200 = 665 days: 465/665 of 900.000 kr. = 629.323,31; 200/665 = 270.676,69.
		expect(result.table!.rows.map((r) => r[4])).toEqual(['629.323,31 kr.', '270.676,69 kr.']);
		expect(result.headline).toContain('2024-2025');
	});
});

describe('production change (±20 %, inform before 10 %)', () => {
	const production = rule({ maxChangePercent: 20, informBuyersBeforePercent: 10 }, 'Driftsherrer kan uden godkendelse ændre deres produktion med +/- 20 % af årets bruttobudget.');
	const run = (already: number, planned: number) => productionChange({ budget: 10_000_000_00, alreadyChanged: already, planned }, production);

	it('is within the limit and below the duty to inform', () => expect(run(0, 50_000_000)).toMatchObject({ percent: 5, withinLimit: true, mustInformBuyers: false }));
	it('counts what was already changed this year', () => expect(run(60_000_000, 50_000_000)).toMatchObject({ percent: 11, withinLimit: true, mustInformBuyers: true }));
	it('treats exactly 10 % as reaching it and exactly 20 % as within', () => {
		expect(run(0, 100_000_000)).toMatchObject({ withinLimit: true, mustInformBuyers: true });
		expect(run(0, -200_000_000)).toMatchObject({ percent: -20, withinLimit: true });
	});
	it('sends a reduction beyond 20 % via the steering group to KKR', () => {
		const verdict = run(-150_000_000, -60_000_000);
		expect(verdict).toMatchObject({ percent: -21, withinLimit: false });
		expect(verdict.headline).toContain('styregruppen til KKR');
	});
});

describe('expense increase above 5 % (principle 2025)', () => {
	const principle = rule({ expenseIncreaseReportPercent: 5, sgDiscussionsPerYear: 2 });
	it('reports an increase above 5 % in a residential offer to Socialtilsyn Øst and SG', () => {
		const verdict = expenseIncrease({ previous: 1_000_000_00, current: 1_060_000_00, residential: true }, principle);
		expect(verdict).toMatchObject({ percent: 6, mustReport: true });
		expect(verdict.steps.join(' ')).toMatch(/Socialtilsyn Øst.*2 gange om året/);
	});
	it('does not report exactly 5 %, nor a non-residential offer', () => {
		expect(expenseIncrease({ previous: 100_00, current: 105_00, residential: true }, principle).mustReport).toBe(false);
		expect(expenseIncrease({ previous: 100_00, current: 200_00, residential: false }, principle).mustReport).toBe(false);
	});
});

describe('notice (løbende måned plus 30 dage)', () => {
	const notice = rule({ noticeExtraDays: 30, noticeIncludesCurrentMonth: true, appliesOnDeath: true }, 'Opsigelsesvarsel er løbende måned plus 30 dage, medmindre andet er aftalt. Ved dødsfald ophører betaling af taksten efter løbende måned plus 30 dage.');
	const last = (date: string, death = false) => noticePeriod({ noticeDate: date, death }, notice).lastPaidDay;
	it('counts from the end of the current month, in leap and common years', () => {
		expect(last('2024-01-15')).toBe('2024-03-01');
		expect(last('2023-01-15')).toBe('2023-03-02');
		expect(last('2024-02-01')).toBe('2024-03-30');
	});
	it('gives the same on the last day of a month and on the first', () => {
		expect(last('2025-04-30')).toBe('2025-05-30');
		expect(last('2025-04-01')).toBe('2025-05-30');
	});
	it('runs into the next year from December', () => expect(last('2025-12-10')).toBe('2026-01-30'));
	it('applies on death with the death quoted', () => {
		const result = noticePeriod({ noticeDate: '2025-06-03', death: true }, notice);
		expect(result.lastPaidDay).toBe('2025-07-30');
		expect(result.cited).toContain('dødsfald');
	});
});

describe('respite stays (hoteldøgn 12-12)', () => {
	const respite = rule({ cutoverHour: 12 });
	const days = (arrival: string, departure: string) => respiteDays({ arrival, departure }, respite).hotelDays;
	it('counts a weekend stay from Friday afternoon to Sunday morning as two hotel days', () =>
		expect(days('2025-05-16T15:00', '2025-05-18T11:00')).toBe(2));
	it('counts an arrival before noon in the previous hotel day', () => expect(days('2025-05-16T10:00', '2025-05-18T11:00')).toBe(3));
	it('ends a stay leaving exactly at noon in the previous hotel day', () => expect(days('2025-05-16T12:00', '2025-05-17T12:00')).toBe(1));
	it('counts a few hours as one hotel day', () => expect(days('2025-05-16T13:00', '2025-05-16T18:00')).toBe(1));
	it('counts the spring-forward night (23 hours) and the fall-back night (25 hours) as one day each', () => {
		const spring = respiteDays({ arrival: '2025-03-29T12:00', departure: '2025-03-30T12:00' }, respite);
		expect(spring.hotelDays).toBe(1);
		expect(spring.steps.join(' ')).toContain('23 timer');
		const autumn = respiteDays({ arrival: '2025-10-25T12:00', departure: '2025-10-26T12:00' }, respite);
		expect(autumn.hotelDays).toBe(1);
		expect(autumn.steps.join(' ')).toContain('25 timer');
	});
	it('counts across a leap day', () => expect(days('2024-02-28T14:00', '2024-03-01T10:00')).toBe(2));
});

describe('payment (30 days, late-payment interest after a month)', () => {
	const settlement = rule({ paymentDays: 30, lateInterestAfterMonths: 1 }, 'Fristen for betaling fastsættes til 30 dage. Senere betalinger end 1 måned påføres morarenter.');
	it('gives the due date 30 days after the invoice, across February in a leap year', () => {
		expect(payment({ invoiceDate: '2024-01-31', amount: 100_00, paidOn: null, ratePercent: null }, settlement).dueDate).toBe('2024-03-01');
		expect(payment({ invoiceDate: '2023-01-31', amount: 100_00, paidOn: null, ratePercent: null }, settlement).dueDate).toBe('2023-03-02');
	});
	it('charges no interest for a payment within a month of the invoice', () => {
		const result = payment({ invoiceDate: '2025-03-01', amount: 100_000_00, paidOn: '2025-04-01', ratePercent: 9.6 }, settlement);
		expect(result).toMatchObject({ dueDate: '2025-03-31', daysLate: 1, interest: null, interestFrom: null });
	});
	it('charges simple interest from the day after the due date at the rate the user gives', () => {
		// 100.000 kr. × 9,6 % × 30 / 365 = 789,04 kr.
		const result = payment({ invoiceDate: '2025-03-01', amount: 100_000_00, paidOn: '2025-04-30', ratePercent: 9.6 }, settlement);
		expect(result).toMatchObject({ dueDate: '2025-03-31', interestFrom: '2025-04-01', daysLate: 30, interest: 78_904 });
		expect(result.steps.join(' ')).toContain('den sats, du har angivet');
	});
	it('says interest runs but computes no amount without a rate', () => {
		const result = payment({ invoiceDate: '2025-03-01', amount: 100_000_00, paidOn: '2025-05-30', ratePercent: null }, settlement);
		expect(result.interest).toBeNull();
		expect(result.headline).toContain('morarenter');
	});
});
