import { describe, expect, it } from 'vitest';
import { MAX_ID, isId, parseId } from './id';
import { match } from '../params/id';

describe('row ids in URLs', () => {
	it('accepts 1 up to 2³¹−1', () => {
		expect(parseId('1')).toBe(1);
		expect(parseId('42')).toBe(42);
		expect(parseId('2147483647')).toBe(MAX_ID);
		expect(match('2147483647')).toBe(true);
	});

	it('refuses what no integer column can hold, and what is not plainly a number', () => {
		for (const value of ['2147483648', '9999999999', '99999999999999999999', '0', '007', '-1', '1.0', '1e3', ' 1', '1 ', '0x10', '', '١٢']) {
			expect(parseId(value), value).toBeNull();
			expect(match(value), value).toBe(false);
		}
	});

	it('checks numbers the same way', () => {
		expect(isId(1)).toBe(true);
		expect(isId(MAX_ID)).toBe(true);
		expect(isId(MAX_ID + 1)).toBe(false);
		expect(isId(0)).toBe(false);
		expect(isId(1.5)).toBe(false);
		expect(isId(Number.NaN)).toBe(false);
	});
});
