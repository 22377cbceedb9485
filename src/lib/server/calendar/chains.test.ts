import { describe, expect, it } from 'vitest';
import { buildChains, calendarDaysBetween, type ChainMeeting, type ChainStep } from './chains';

/** 9.00 Danish time on a DD/MM-YYYY date, as the minutes write it. */
function at9(step: ChainStep, dmy: string): ChainMeeting & { label: string } {
	const [d, rest] = dmy.split('/');
	const [mo, y] = rest.split('-');
	const iso = `${y}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}`;
	// Rough offset is enough: the tests compare calendar days, and 9.00 is far from midnight either way.
	return { step, startsAt: new Date(`${iso}T08:00:00Z`), label: `${step} ${dmy}` };
}

// BRIEF §4: the published calendar 2022-23 from the minutes of 12/8-2022, item 6B.
const published = [
	['12/8-2022', '26/8-2022', '7/9-2022'],
	['14/10-2022', '4/11-2022', '22/11-2022'],
	['6/1-2023', '27/1-2023', '8/2-2023'],
	['10/3-2023', '31/3-2023', '26/4-2023'],
	['19/5-2023', '2/6-2023', '20/6-2023'],
	['11/8-2023', '25/8-2023', '6/9-2023'],
	['13/10-2023', '3/11-2023', '20/11-2023']
] as const;

const meetings = published.flatMap(([sg, k17, kkr]) => [at9('sg', sg), at9('k17', k17), at9('kkr', kkr)]);

describe('buildChains', () => {
	it('groups the published 2022-23 calendar into seven SG → K17 → KKR chains', () => {
		// Shuffled input: the function sorts.
		const chains = buildChains([...meetings].reverse());
		expect(chains).toHaveLength(7);
		chains.forEach((chain, i) => {
			expect(chain.sg?.label).toBe(`sg ${published[i][0]}`);
			expect(chain.k17?.label).toBe(`k17 ${published[i][1]}`);
			expect(chain.kkr?.label).toBe(`kkr ${published[i][2]}`);
			expect(chain.missingSg).toBe(false);
			expect(chain.missingKkr).toBe(false);
		});
	});

	it('counts the days from SG to K17: 14 or 21, never too late', () => {
		const chains = buildChains(meetings);
		expect(chains.map((c) => c.daysSgToK17)).toEqual([14, 21, 21, 21, 14, 14, 21]);
		expect(chains.every((c) => !c.sgTooLate)).toBe(true);
		expect(chains.map((c) => c.daysK17ToKkr)).toEqual([12, 18, 12, 26, 18, 12, 17]);
	});

	it('flags an SG meeting fewer than 14 days before its K17 meeting', () => {
		const chains = buildChains([at9('sg', '19/8-2022'), at9('k17', '26/8-2022'), at9('kkr', '7/9-2022')]);
		expect(chains).toHaveLength(1);
		expect(chains[0].daysSgToK17).toBe(7);
		expect(chains[0].sgTooLate).toBe(true);
	});

	it('accepts exactly 14 days and flags 13', () => {
		expect(buildChains([at9('sg', '12/8-2022'), at9('k17', '26/8-2022')])[0].sgTooLate).toBe(false);
		expect(buildChains([at9('sg', '13/8-2022'), at9('k17', '26/8-2022')])[0].sgTooLate).toBe(true);
	});

	it('marks a K17 meeting without SG before it or KKR after it', () => {
		const chains = buildChains([at9('k17', '26/8-2022'), at9('sg', '14/10-2022'), at9('k17', '4/11-2022')]);
		expect(chains).toHaveLength(2);
		expect(chains[0]).toMatchObject({ sg: null, missingSg: true, missingKkr: true, daysSgToK17: null });
		expect(chains[1].sg?.label).toBe('sg 14/10-2022');
		expect(chains[1].missingKkr).toBe(true);
	});

	it('keeps SG and KKR meetings that prepare no K17 meeting as chains of their own', () => {
		const chains = buildChains([at9('sg', '1/2-2024'), at9('kkr', '20/11-2023')]);
		expect(chains).toHaveLength(2);
		expect(chains[0]).toMatchObject({ sg: null, k17: null, missingSg: false, missingKkr: false });
		expect(chains[0].kkr?.label).toBe('kkr 20/11-2023');
		expect(chains[1].sg?.label).toBe('sg 1/2-2024');
	});

	it('uses the last SG meeting before the K17 meeting when there are two', () => {
		const chains = buildChains([at9('sg', '5/8-2022'), at9('sg', '12/8-2022'), at9('k17', '26/8-2022')]);
		expect(chains).toHaveLength(2);
		expect(chains[0].sg?.label).toBe('sg 5/8-2022');
		expect(chains[0].k17).toBeNull();
		expect(chains[1].sg?.label).toBe('sg 12/8-2022');
	});
});

describe('calendarDaysBetween', () => {
	it('counts Copenhagen calendar days across the DST change', () => {
		// 26/3-2023 is the spring-forward day.
		expect(calendarDaysBetween(new Date('2023-03-10T08:00:00Z'), new Date('2023-03-31T07:00:00Z'))).toBe(21);
		expect(calendarDaysBetween(new Date('2022-10-14T07:00:00Z'), new Date('2022-11-04T08:00:00Z'))).toBe(21);
	});
});
