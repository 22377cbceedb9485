import { describe, expect, it } from 'vitest';
import {
	formatDate,
	formatMeetingTime,
	formatMonth,
	formatShortDate,
	formatTime,
	isoDateInCopenhagen,
	formatWeekdayDate
} from './date';

describe('formatMeetingTime', () => {
	it('formats a summer meeting in Danish time (UTC+2)', () => {
		const start = new Date('2022-08-12T07:00:00Z');
		const end = new Date('2022-08-12T10:00:00Z');
		expect(formatMeetingTime(start, end)).toBe('fredag 12. august 2022 kl. 9.00–12.00');
	});

	it('formats a winter meeting in Danish time (UTC+1)', () => {
		const start = new Date('2023-01-06T08:00:00Z');
		expect(formatMeetingTime(start, new Date('2023-01-06T11:00:00Z'))).toBe('fredag 6. januar 2023 kl. 9.00–12.00');
		expect(formatMeetingTime(start, null)).toBe('fredag 6. januar 2023 kl. 9.00');
	});

	it('formats in English', () => {
		const start = new Date('2022-08-12T07:00:00Z');
		expect(formatMeetingTime(start, new Date('2022-08-12T10:00:00Z'), 'en')).toBe('Friday 12 August 2022 at 09:00–12:00');
	});

	it('spans days when the meeting does', () => {
		const text = formatMeetingTime(new Date('2022-08-12T07:00:00Z'), new Date('2022-08-13T10:00:00Z'));
		expect(text).toBe('fredag 12. august 2022 kl. 9.00 – lørdag 13. august 2022 kl. 12.00');
	});
});

describe('formatDate', () => {
	it('formats date columns without shifting the day', () => {
		expect(formatDate('2022-12-01')).toBe('1. december 2022');
		expect(formatWeekdayDate('2022-08-26')).toBe('fredag 26. august 2022');
		expect(formatShortDate('2022-08-26')).toBe('26.08.2022');
		expect(formatShortDate('2022-08-26', 'en')).toBe('26/08/2022');
		expect(formatShortDate(new Date('2022-08-25T22:30:00Z'))).toBe('26.08.2022'); // 00.30 in Copenhagen
	});

	it('uses the Copenhagen day of a timestamp', () => {
		const lateEvening = new Date('2022-08-11T22:30:00Z'); // 00.30 on 12 August in Copenhagen
		expect(formatDate(lateEvening)).toBe('12. august 2022');
		expect(isoDateInCopenhagen(lateEvening)).toBe('2022-08-12');
	});

	it('gives the Copenhagen day either side of the clock changes, and around midnight in winter', () => {
		expect(isoDateInCopenhagen(new Date('2026-03-28T22:59:00Z'))).toBe('2026-03-28'); // 23.59 CET
		expect(isoDateInCopenhagen(new Date('2026-03-28T23:00:00Z'))).toBe('2026-03-29'); // 00.00 CET
		expect(isoDateInCopenhagen(new Date('2026-03-29T22:00:00Z'))).toBe('2026-03-30'); // 00.00 CEST
		expect(isoDateInCopenhagen(new Date('2026-10-24T21:59:00Z'))).toBe('2026-10-24'); // 23.59 CEST
		expect(isoDateInCopenhagen(new Date('2026-10-25T23:00:00Z'))).toBe('2026-10-26'); // 00.00 CET
		expect(isoDateInCopenhagen(new Date('2026-12-31T23:00:00Z'))).toBe('2027-01-01');
	});
});

describe('formatMonth and formatTime', () => {
	it('names a month and a start time in Copenhagen', () => {
		expect(formatMonth('2026-11')).toBe('november 2026');
		expect(formatMonth('2026-03', 'en')).toBe('March 2026');
		expect(formatTime(new Date('2031-03-31T07:00:00Z'))).toBe('9.00');
		expect(formatTime(new Date('2031-03-28T08:00:00Z'), 'en')).toBe('09:00');
	});
});
