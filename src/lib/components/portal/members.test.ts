import { describe, expect, it } from 'vitest';
import { memberPeriod, memberRole } from './members';

describe('members in the portal', () => {
	it('labels Region Sjælland as the region, a municipality as a kommune', () => {
		expect(memberRole({ role: 'municipality', person: null, municipalityKind: 'region' })).toBe('region');
		expect(memberRole({ role: 'municipality', person: null, municipalityKind: 'kommune' })).toBe('kommune');
		expect(memberRole({ role: 'lead', person: null, municipalityKind: 'kommune' })).toBe('tovholder');
	});

	it('gives a membership its period', () => {
		expect(memberPeriod({ validFrom: null, validTo: '2022-08-31' }, 'da')).toBe('til 31. august 2022');
		expect(memberPeriod({ validFrom: '2022-09-01', validTo: null }, 'da')).toBe('fra 1. september 2022');
		expect(memberPeriod({ validFrom: '2022-09-01', validTo: null }, 'en')).toBe('from 1 September 2022');
		expect(memberPeriod({ validFrom: null, validTo: null }, 'da')).toBeNull();
	});
});
