import { describe, expect, it } from 'vitest';
import { meetings } from '../db/seed/data/calendar';
import { HolidayRangeError, nonWorkingDay, weekday, daysBetween } from './holidays';
import { MAX_PLANNER_DATES, parsePlannerDates, proposeChains } from './planner';

// The seeded 2022-23 calendar (referat 12/8-2022, punkt 6B), read from the seed itself.
const seeded = (body: string) => meetings.filter((m) => m.body === body).map((m) => m.date);
const SG = seeded('styregruppen');
const K17 = seeded('k17');
const KKR = seeded('kkr-sjaelland');

describe('proposeChains from KKR dates', () => {
	it('the seed has the 7 chains of the minutes', () => {
		expect([SG.length, K17.length, KKR.length]).toEqual([7, 7, 7]);
	});

	it('reproduces 6 of the 7 seeded K17 dates; K17 31/3-2023 for KKR 26/4-2023 was a choice the rule cannot know', () => {
		const proposed = proposeChains('kkr', KKR).map((c) => c.k17.date);
		const differing = proposed.flatMap((date, i) => (date === K17[i] ? [] : [{ proposed: date, seeded: K17[i] }]));
		expect(differing).toEqual([{ proposed: '2023-04-14', seeded: '2023-03-31' }]);
		for (const date of proposed) expect(weekday(date)).toBe(5);
	});

	it('keeps the KKR dates and says why each date is what it is', () => {
		const [first] = proposeChains('kkr', ['2022-09-07']);
		expect(first.kkr).toEqual({ step: 'kkr', date: '2022-09-07', reason: 'KKR-datoen, som sekretariatet har angivet' });
		expect(first.k17).toEqual({
			step: 'k17',
			date: '2022-08-26',
			reason: 'Seneste fredag mindst 12 dage før KKR-mødet onsdag 7. september 2022'
		});
		expect(first.sg).toEqual({ step: 'sg', date: '2022-08-12', reason: '14 dage før K17-mødet fredag 26. august 2022' });
	});

	it('moves a K17 Friday that is langfredag to the previous working day, past skærtorsdag', () => {
		// KKR Wednesday 10/4-2024: the latest Friday 12 days before is langfredag 29/3-2024.
		const [chain] = proposeChains('kkr', ['2024-04-10']);
		expect(chain.k17.date).toBe('2024-03-27');
		expect(chain.k17.reason).toBe(
			'Seneste fredag mindst 12 dage før KKR-mødet onsdag 10. april 2024; flyttet fra fredag 29. marts 2024 (langfredag) og torsdag 28. marts 2024 (skærtorsdag)'
		);
		// SG 14 days before the moved K17: Wednesday 13/3-2024, a working day.
		expect(chain.sg).toEqual({ step: 'sg', date: '2024-03-13', reason: '14 dage før K17-mødet onsdag 27. marts 2024' });
	});

	it('keeps a KKR date on a non-working day but says so', () => {
		const [chain] = proposeChains('kkr', ['2031-06-05']);
		expect(chain.kkr.date).toBe('2031-06-05');
		expect(chain.kkr.reason).toBe(
			'KKR-datoen, som sekretariatet har angivet; bemærk: sekretariatet holder lukket den dag (grundlovsdag)'
		);
		const [saturday] = proposeChains('kkr', ['2031-09-13']);
		expect(saturday.kkr.reason).toBe('KKR-datoen, som sekretariatet har angivet; bemærk: dagen ligger i en weekend');
	});

	it('sorts by date, drops repeated dates and gives every proposal a working day except the given ones', () => {
		const chains = proposeChains('kkr', ['2031-11-19', '2031-02-05', '2031-09-10', '2031-02-05']);
		expect(chains.map((c) => c.kkr.date)).toEqual(['2031-02-05', '2031-09-10', '2031-11-19']);
		for (const c of chains) {
			expect(nonWorkingDay(c.sg.date)).toBeNull();
			expect(nonWorkingDay(c.k17.date)).toBeNull();
			expect(daysBetween(c.sg.date, c.k17.date)).toBeGreaterThanOrEqual(14);
			expect(daysBetween(c.k17.date, c.kkr.date)).toBeGreaterThanOrEqual(12);
		}
	});

	it('gives English reasons when asked', () => {
		const [chain] = proposeChains('kkr', ['2024-04-10'], 'en');
		expect(chain.k17.reason).toBe(
			'Latest Friday at least 12 days before the KKR meeting on Wednesday 10 April 2024; moved from Friday 29 March 2024 (langfredag) and Thursday 28 March 2024 (skærtorsdag)'
		);
	});
});

describe('SG from K17', () => {
	it('gives the seeded SG dates 12/8-2022, 19/5-2023 and 11/8-2023 (14 days); the other 4 were 21 days before their K17', () => {
		const proposed = proposeChains('k17', K17).map((c) => c.sg.date);
		const same = proposed.filter((date, i) => date === SG[i]);
		expect(same).toEqual(['2022-08-12', '2023-05-19', '2023-08-11']);
		expect(SG.map((date, i) => daysBetween(date, K17[i]))).toEqual([14, 21, 21, 21, 14, 14, 21]);
	});

	it('moves an SG day earlier while it is not a working day: langfredag → skærtorsdag → onsdag', () => {
		// K17 on Friday 12/4-2024: 14 days before is langfredag 29/3-2024.
		const [chain] = proposeChains('k17', ['2024-04-12']);
		expect(chain.sg).toEqual({
			step: 'sg',
			date: '2024-03-27',
			reason:
				'14 dage før K17-mødet fredag 12. april 2024; flyttet fra fredag 29. marts 2024 (langfredag) og torsdag 28. marts 2024 (skærtorsdag)'
		});
	});

	it('moves an SG day on a weekend to the Friday before', () => {
		// A K17 given on a Saturday (kept, with a note): SG 14 days before is a Saturday too.
		const [chain] = proposeChains('k17', ['2031-09-27']);
		expect(chain.k17.reason).toBe('K17-datoen, som sekretariatet har angivet; bemærk: dagen ligger i en weekend');
		expect(chain.sg.date).toBe('2031-09-12');
		expect(chain.sg.reason).toBe('14 dage før K17-mødet lørdag 27. september 2031; flyttet fra lørdag 13. september 2031 (weekend)');
	});
});

describe('KKR from K17', () => {
	it('is 12 days after K17', () => {
		const [chain] = proposeChains('k17', ['2022-08-26']);
		expect(chain.kkr).toEqual({ step: 'kkr', date: '2022-09-07', reason: '12 dage efter K17-mødet fredag 26. august 2022' });
		expect(chain.k17).toEqual({ step: 'k17', date: '2022-08-26', reason: 'K17-datoen, som sekretariatet har angivet' });
	});

	it('moves later to the next working day: Kristi himmelfartsdag 2031', () => {
		// K17 Friday 10/5-2031 + 12 days = Thursday 22/5-2031, Kristi himmelfartsdag (Easter 13/4 + 39).
		const [chain] = proposeChains('k17', ['2031-05-10']);
		expect(chain.kkr.date).toBe('2031-05-23');
		expect(chain.kkr.reason).toBe(
			'12 dage efter K17-mødet lørdag 10. maj 2031; flyttet fra torsdag 22. maj 2031 (Kristi himmelfartsdag)'
		);
	});

	it('moves past a weekend and 2. pinsedag', () => {
		// K17 Wednesday 21/5-2031 + 12 = Monday 2/6-2031, 2. pinsedag (Easter 13/4 + 50).
		const [chain] = proposeChains('k17', ['2031-05-21']);
		expect(chain.kkr.date).toBe('2031-06-03');
	});
});

describe('the holiday range', () => {
	it('throws HolidayRangeError for a year outside 2020-2035', () => {
		expect(() => proposeChains('kkr', ['2036-09-10'])).toThrow(HolidayRangeError);
		expect(() => proposeChains('k17', ['2019-09-10'])).toThrow('Helligdagskalenderen dækker 2020-2035; 2019 ligger uden for.');
		// A proposed date that falls before the range: K17 for KKR 8/1-2020 would lie in 2019.
		expect(() => proposeChains('kkr', ['2020-01-08'])).toThrow('2019 ligger uden for');
	});
});

describe('parsePlannerDates', () => {
	it('reads the four forms, separated by newlines, commas or semicolons, in date order', () => {
		expect(parsePlannerDates('2031-09-10\n7/9-2031, 5.11.2031; 03-12-2031\r\n\n')).toEqual({
			ok: true,
			dates: ['2031-09-07', '2031-09-10', '2031-11-05', '2031-12-03']
		});
		expect(parsePlannerDates(' 26/4-2023 ')).toEqual({ ok: true, dates: ['2023-04-26'] });
	});

	it('accepts a date on a weekend or holiday', () => {
		expect(parsePlannerDates('5/6-2031\n13/9-2031')).toEqual({ ok: true, dates: ['2031-06-05', '2031-09-13'] });
	});

	it.each([
		['', 'Skriv mindst én dato, fx 7/9-2031 eller 2031-09-07, én pr. linje eller adskilt af komma eller semikolon.'],
		[' ,; \n', 'Skriv mindst én dato'],
		['7 september 2031', '»7 september 2031« kan ikke læses som en dato. Skriv datoen som 7/9-2031, 7.9.2031, 07-09-2031 eller 2031-09-07.'],
		['7/9/2031', '»7/9/2031« kan ikke læses som en dato.'],
		['31/2-2031', '»31/2-2031« er ikke en dato, der findes: februar 2031 har 28 dage.'],
		['30.2.2032', '»30.2.2032« er ikke en dato, der findes: februar 2032 har 29 dage.'],
		['0/9-2031', '»0/9-2031« er ikke en dato, der findes: september 2031 har 30 dage.'],
		['2031-13-01', '»2031-13-01« er ikke en dato, der findes: måneden skal være fra 1 til 12.'],
		[
			'7/9-2031\n2031-09-07',
			'»2031-09-07« er samme dato som »7/9-2031«: hver dato må kun stå én gang.'
		],
		[
			'10/9-2036',
			'»10/9-2036« ligger i 2036, men planlæggeren kan kun planlægge i årene 2020-2035, som helligdagskalenderen dækker.'
		],
		['1/1-2019', '»1/1-2019« ligger i 2019']
	])('rejects %j with a message naming it and the rule', (text, message) => {
		const result = parsePlannerDates(text);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.message).toContain(message);
	});

	it(`takes at most ${MAX_PLANNER_DATES} dates`, () => {
		const dates = (n: number) => Array.from({ length: n }, (_, i) => `${i + 1}/1-2031`).join('\n');
		expect(parsePlannerDates(dates(30)).ok).toBe(true);
		expect(parsePlannerDates(dates(31))).toEqual({
			ok: false,
			message: 'Der er 31 datoer; planlæggeren tager højst 30 datoer ad gangen.'
		});
	});
});
