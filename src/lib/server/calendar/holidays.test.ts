import { describe, expect, it } from 'vitest';
import {
	addDays,
	closedDays,
	closedDaysFrom,
	ClosedDaysSettingError,
	checkClosedDaysSetting,
	danishPublicHolidays,
	daysBetween,
	easterSunday,
	HOLIDAY_RANGE,
	HolidayRangeError,
	isIsoDate,
	isWorkingDay,
	nonWorkingDay,
	weekday
} from './holidays';

// Easter Sunday (Western/Gregorian) 2020-2035, as published in the standard Easter tables.
const EASTER: Record<number, string> = {
	2020: '2020-04-12',
	2021: '2021-04-04',
	2022: '2022-04-17',
	2023: '2023-04-09',
	2024: '2024-03-31',
	2025: '2025-04-20',
	2026: '2026-04-05',
	2027: '2027-03-28',
	2028: '2028-04-16',
	2029: '2029-04-01',
	2030: '2030-04-21',
	2031: '2031-04-13',
	2032: '2032-03-28',
	2033: '2033-04-17',
	2034: '2034-04-09',
	2035: '2035-03-25'
};

const years = Object.keys(EASTER).map(Number);
const none = { CALENDAR_CLOSED_DAYS: undefined };

describe('Easter and the Danish public holidays', () => {
	it('covers exactly 2020-2035', () => {
		expect(HOLIDAY_RANGE).toEqual({ from: 2020, to: 2035 });
		expect(years).toHaveLength(16);
	});

	it.each(years)('Easter Sunday %i is right', (year) => {
		expect(easterSunday(year)).toBe(EASTER[year]);
		expect(weekday(EASTER[year])).toBe(0);
	});

	it.each(years)('%i has 11 holidays up to 2023 (store bededag) and 10 from 2024', (year) => {
		const holidays = danishPublicHolidays(year);
		expect(holidays).toHaveLength(year <= 2023 ? 11 : 10);
		expect(holidays.some((h) => h.name === 'store bededag')).toBe(year <= 2023);
		const easter = EASTER[year];
		const byName = Object.fromEntries(holidays.map((h) => [h.name, h.date]));
		expect(byName).toMatchObject({
			nytårsdag: `${year}-01-01`,
			skærtorsdag: addDays(easter, -3),
			langfredag: addDays(easter, -2),
			påskedag: easter,
			'2. påskedag': addDays(easter, 1),
			'Kristi himmelfartsdag': addDays(easter, 39),
			pinsedag: addDays(easter, 49),
			'2. pinsedag': addDays(easter, 50),
			juledag: `${year}-12-25`,
			'2. juledag': `${year}-12-26`
		});
		// In date order, every one of them a non-working day of kind "holiday".
		expect(holidays.map((h) => h.date)).toEqual(holidays.map((h) => h.date).sort());
		for (const h of holidays) expect(nonWorkingDay(h.date, none)).toEqual({ kind: 'holiday', name: h.name });
	});

	it('2024 in full: no store bededag (lov nr. 139 af 28/2-2023)', () => {
		expect(danishPublicHolidays(2024)).toEqual([
			{ date: '2024-01-01', name: 'nytårsdag' },
			{ date: '2024-03-28', name: 'skærtorsdag' },
			{ date: '2024-03-29', name: 'langfredag' },
			{ date: '2024-03-31', name: 'påskedag' },
			{ date: '2024-04-01', name: '2. påskedag' },
			{ date: '2024-05-09', name: 'Kristi himmelfartsdag' },
			{ date: '2024-05-19', name: 'pinsedag' },
			{ date: '2024-05-20', name: '2. pinsedag' },
			{ date: '2024-12-25', name: 'juledag' },
			{ date: '2024-12-26', name: '2. juledag' }
		]);
	});

	it('store bededag 5/5-2023 is a holiday, Friday 26/4-2024 is an ordinary working day', () => {
		expect(nonWorkingDay('2023-05-05', none)).toEqual({ kind: 'holiday', name: 'store bededag' });
		expect(weekday('2024-04-26')).toBe(5);
		expect(nonWorkingDay('2024-04-26', none)).toBeNull();
		expect(isWorkingDay('2024-04-26', none)).toBe(true);
	});

	it('names weekends and knows ordinary days', () => {
		expect(nonWorkingDay('2031-09-06', none)).toEqual({ kind: 'weekend', name: 'lørdag' });
		expect(nonWorkingDay('2031-09-07', none)).toEqual({ kind: 'weekend', name: 'søndag' });
		expect(nonWorkingDay('2031-09-08', none)).toBeNull();
		// A holiday on a weekend is named as the holiday: juledag 2032 is a Saturday.
		expect(weekday('2032-12-25')).toBe(6);
		expect(nonWorkingDay('2032-12-25', none)).toEqual({ kind: 'holiday', name: 'juledag' });
	});

	it('throws HolidayRangeError outside 2020-2035, in Danish, naming the range and the year', () => {
		expect(() => danishPublicHolidays(2036)).toThrow(HolidayRangeError);
		expect(() => danishPublicHolidays(2036)).toThrow('Helligdagskalenderen dækker 2020-2035; 2036 ligger uden for.');
		expect(() => danishPublicHolidays(2019)).toThrow('2019 ligger uden for');
		expect(() => closedDays(2036, none)).toThrow(HolidayRangeError);
		expect(() => nonWorkingDay('2036-01-05', none)).toThrow(HolidayRangeError);
		expect(() => isWorkingDay('2019-12-31', none)).toThrow(HolidayRangeError);
		expect(() => easterSunday(2036)).toThrow(HolidayRangeError);
		expect(danishPublicHolidays(2020)).toHaveLength(11);
		expect(danishPublicHolidays(2035)).toHaveLength(10);
	});
});

describe('date arithmetic on ISO dates', () => {
	it('adds days across months, years, leap days and both daylight-saving changes', () => {
		expect(addDays('2031-03-29', 1)).toBe('2031-03-30'); // DST starts 30/3-2031
		expect(addDays('2031-03-30', 1)).toBe('2031-03-31');
		expect(addDays('2031-10-26', 1)).toBe('2031-10-27'); // DST ends 26/10-2031
		expect(addDays('2032-02-28', 1)).toBe('2032-02-29');
		expect(addDays('2031-01-01', -1)).toBe('2030-12-31');
		expect(addDays('2031-11-03', -14)).toBe('2031-10-20');
		expect(daysBetween('2022-08-12', '2022-08-26')).toBe(14);
		expect(daysBetween('2023-03-31', '2023-04-26')).toBe(26);
	});

	it('weekday is 0 for Sunday … 6 for Saturday', () => {
		expect(['2031-09-07', '2031-09-08', '2031-09-12', '2031-09-13'].map(weekday)).toEqual([0, 1, 5, 6]);
	});

	it('knows real ISO dates', () => {
		expect(isIsoDate('2032-02-29')).toBe(true);
		expect(isIsoDate('2031-02-29')).toBe(false);
		expect(isIsoDate('2031-2-3')).toBe(false);
		expect(() => addDays('31/2-2031', 1)).toThrow(TypeError);
	});
});

describe('the days the secretariat treats as closed', () => {
	it('defaults to grundlovsdag, juleaftensdag and nytårsaftensdag', () => {
		expect(closedDays(2031, none)).toEqual([
			{ date: '2031-06-05', name: 'grundlovsdag' },
			{ date: '2031-12-24', name: 'juleaftensdag' },
			{ date: '2031-12-31', name: 'nytårsaftensdag' }
		]);
		expect(nonWorkingDay('2031-06-05', none)).toEqual({ kind: 'closed', name: 'grundlovsdag' });
		expect(nonWorkingDay('2031-12-24', none)).toEqual({ kind: 'closed', name: 'juleaftensdag' });
		expect(nonWorkingDay('2031-12-31', none)).toEqual({ kind: 'closed', name: 'nytårsaftensdag' });
	});

	it('CALENDAR_CLOSED_DAYS overrides the list', () => {
		const env = { CALENDAR_CLOSED_DAYS: '12-31 Nytårsaftensdag; 05-01 Arbejdernes kampdag ;' };
		expect(closedDays(2031, env)).toEqual([
			{ date: '2031-05-01', name: 'Arbejdernes kampdag' },
			{ date: '2031-12-31', name: 'Nytårsaftensdag' }
		]);
		expect(nonWorkingDay('2031-05-01', env)).toEqual({ kind: 'closed', name: 'Arbejdernes kampdag' });
		expect(nonWorkingDay('2031-06-05', env)).toBeNull();
		expect(nonWorkingDay('2031-12-24', env)).toBeNull();
	});

	it('an empty CALENDAR_CLOSED_DAYS means none', () => {
		expect(closedDaysFrom('')).toEqual([]);
		expect(closedDaysFrom('  ')).toEqual([]);
		expect(closedDays(2031, { CALENDAR_CLOSED_DAYS: '' })).toEqual([]);
		expect(isWorkingDay('2031-06-05', { CALENDAR_CLOSED_DAYS: '' })).toBe(true);
	});

	it('29 February applies in leap years only', () => {
		const env = { CALENDAR_CLOSED_DAYS: '02-29 Skuddag' };
		expect(closedDays(2032, env)).toEqual([{ date: '2032-02-29', name: 'Skuddag' }]);
		expect(closedDays(2031, env)).toEqual([]);
	});

	it.each([
		['06-05', '06-05'],
		['Grundlovsdag', 'Grundlovsdag'],
		['6-5 Grundlovsdag', '6-5 Grundlovsdag'],
		['06-31 Ingen dag', '06-31 Ingen dag'],
		['13-01 Ingen måned', '13-01 Ingen måned'],
		['06-05 Grundlovsdag;12-24', '12-24'],
		['06-05 Grundlovsdag, 12-24 Juleaftensdag;24/12 Juleaftensdag', '24/12 Juleaftensdag']
	])('a malformed value (%s) fails with a message naming the part', (value, part) => {
		const named = `»${part}«`;
		expect(() => closedDaysFrom(value)).toThrow(ClosedDaysSettingError);
		expect(() => closedDaysFrom(value)).toThrow(`CALENDAR_CLOSED_DAYS kan ikke læses: ${named} skal have formen MM-DD Navn`);
		expect(() => checkClosedDaysSetting({ CALENDAR_CLOSED_DAYS: value })).toThrow(ClosedDaysSettingError);
		expect(() => nonWorkingDay('2031-09-08', { CALENDAR_CLOSED_DAYS: value })).toThrow(ClosedDaysSettingError);
	});

	it('a day named twice fails', () => {
		expect(() => closedDaysFrom('06-05 Grundlovsdag;06-05 Igen')).toThrow(
			'CALENDAR_CLOSED_DAYS nævner 06-05 mere end én gang.'
		);
	});

	it('reads the setting at call time', () => {
		const before = process.env.CALENDAR_CLOSED_DAYS;
		try {
			delete process.env.CALENDAR_CLOSED_DAYS;
			expect(isWorkingDay('2031-06-05')).toBe(false);
			process.env.CALENDAR_CLOSED_DAYS = '';
			expect(isWorkingDay('2031-06-05')).toBe(true);
			expect(checkClosedDaysSetting()).toEqual([]);
		} finally {
			if (before === undefined) delete process.env.CALENDAR_CLOSED_DAYS;
			else process.env.CALENDAR_CLOSED_DAYS = before;
		}
	});
});
