import { describe, expect, it } from 'vitest';
import {
	addDays,
	agreementApprovalDeadline,
	agreementPeriodLabel,
	agreementStartYear,
	backwardsLatest,
	COUNCIL_LEAD_DAYS,
	expenseReviewDeadlines,
	isMunicipalElectionYear,
	isRealIsoDate,
	parseDateInput,
	socialtilsynReportDeadline,
	takeoverNoticeDeadline,
	takeoverNoticeInYear
} from './deadline-rules';

describe('the framework agreement', () => {
	it('is approved by 1 December in the year before its two-year period', () => {
		expect(agreementApprovalDeadline(2021)).toBe('2020-12-01');
		expect(agreementApprovalDeadline(2023)).toBe('2022-12-01');
		expect(agreementApprovalDeadline(2025)).toBe('2024-12-01');
		expect(agreementApprovalDeadline(2027)).toBe('2026-12-01');
	});

	it('labels periods as the seeds do, and reads only consistent labels back', () => {
		expect(agreementPeriodLabel(2027)).toBe('2027-28');
		expect(agreementPeriodLabel(2099)).toBe('2099-00');
		expect(agreementStartYear('2025-26')).toBe(2025);
		expect(agreementStartYear('2025-27')).toBeNull();
		expect(agreementStartYear('2025')).toBeNull();
	});

	it('plans backwards: KKR 8 weeks before the councils, K17 before KKR, SG 14 days before K17', () => {
		expect(COUNCIL_LEAD_DAYS).toBe(56);
		expect(backwardsLatest('2022-12-01')).toEqual({ kkr: '2022-10-06', k17: '2022-10-05', sg: '2022-09-21' });
		// With the 2022 KKR (7/9) and K17 (26/8) meetings in the calendar, the steps before them count from them.
		expect(backwardsLatest('2022-12-01', { kkr: '2022-09-07', k17: '2022-08-26' })).toEqual({
			kkr: '2022-10-06',
			k17: '2022-09-06',
			sg: '2022-08-12'
		});
		// A KKR meeting later than allowed does not move the K17's latest date later.
		expect(backwardsLatest('2022-12-01', { kkr: '2022-11-01' }).k17).toBe('2022-10-05');
	});
});

describe('Socialtilsyn Øst', () => {
	it("files the year's report by 1 July the year after, from the law's first year (2014)", () => {
		expect(socialtilsynReportDeadline(2025)).toBe('2026-07-01');
		expect(socialtilsynReportDeadline(2014)).toBe('2015-07-01');
		expect(socialtilsynReportDeadline(2013)).toBeNull();
	});
});

describe('expense increases over 5 %', () => {
	it('are reviewed in SG once each half year from 2025', () => {
		expect(expenseReviewDeadlines(2024)).toEqual([]);
		expect(expenseReviewDeadlines(2025)).toEqual([
			{ half: 'h1', date: '2025-06-30' },
			{ half: 'h2', date: '2025-12-31' }
		]);
	});
});

describe('takeover notice for regional offers', () => {
	it('knows the municipal election years', () => {
		expect([2013, 2017, 2021, 2025, 2029, 2033].every(isMunicipalElectionYear)).toBe(true);
		expect([2022, 2023, 2024, 2026].some(isMunicipalElectionYear)).toBe(false);
	});

	it('falls on 1 January in the third year of the election period', () => {
		expect(takeoverNoticeDeadline(2021)).toBe('2024-01-01');
		expect(takeoverNoticeDeadline(2025)).toBe('2028-01-01');
		expect(takeoverNoticeDeadline(2029)).toBe('2032-01-01');
		expect(takeoverNoticeDeadline(2033)).toBe('2036-01-01');
		// The hovedbilag's first notice date: 1/1-2016, for the period after the 2013 election.
		expect(takeoverNoticeDeadline(2013)).toBe('2016-01-01');
		expect(() => takeoverNoticeDeadline(2022)).toThrow(RangeError);
	});

	it('is found by the year it falls in, and not before the law', () => {
		expect(takeoverNoticeInYear(2028)).toEqual({ electionYear: 2025, date: '2028-01-01' });
		expect(takeoverNoticeInYear(2027)).toBeNull();
		expect(takeoverNoticeInYear(2012)).toBeNull();
	});
});

describe('dates', () => {
	it('tells real days from impossible ones', () => {
		expect(isRealIsoDate('2024-02-29')).toBe(true);
		expect(isRealIsoDate('2023-02-29')).toBe(false);
		expect(isRealIsoDate('2022-13-01')).toBe(false);
		expect(isRealIsoDate('2022-1-01')).toBe(false);
	});

	it('counts days across month, year and DST changes', () => {
		expect(addDays('2022-12-01', -56)).toBe('2022-10-06');
		expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
		expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
	});

	it('reads what a date input sends and the Danish forms, and refuses the rest', () => {
		expect(parseDateInput('')).toBeNull();
		expect(parseDateInput('  ')).toBeNull();
		expect(parseDateInput('2022-11-24')).toBe('2022-11-24');
		expect(parseDateInput('24.11.2022')).toBe('2022-11-24');
		expect(parseDateInput('4-1-2023')).toBe('2023-01-04');
		expect(parseDateInput('24/11-2022')).toBe('2022-11-24');
		expect(parseDateInput('2022-02-30')).toBeUndefined();
		expect(parseDateInput('30.02.2022')).toBeUndefined();
		expect(parseDateInput('i morgen')).toBeUndefined();
	});
});
