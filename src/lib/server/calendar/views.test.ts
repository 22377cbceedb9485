import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../db/test-db';
import { meetings } from '../db/schema';
import { copenhagen } from '../db/seed/data/calendar';
import { bodyId, viewer } from '../meetings/test-fixtures';
import { getListView, getMonthView, monthDays, parseCalendarQuery, type CalendarQuery } from './views';

let t: TestDb;

beforeAll(async () => {
	t = await createTestDb({ seeded: true });
});

afterAll(async () => {
	await t?.close();
});

const query = (q: Partial<CalendarQuery>): CalendarQuery => ({
	view: 'maaned',
	month: '2022-08',
	year: 2022,
	body: null,
	mine: false,
	...q
});

describe('parseCalendarQuery', () => {
	const now = new Date('2026-11-25T10:00:00Z');
	it('defaults to the chain view, this month and this year', () => {
		expect(parseCalendarQuery(new URLSearchParams(), now)).toEqual({
			ok: true,
			query: { view: 'kaeder', month: '2026-11', year: 2026, body: null, mine: false }
		});
	});

	it('rejects an unknown view, a malformed month or year, and years outside the holiday calendar, in Danish', () => {
		const bad = (q: string) => parseCalendarQuery(new URLSearchParams(q), now);
		expect(bad('visning=uge')).toEqual({ ok: false, message: expect.stringContaining('»uge« findes ikke') });
		expect(bad('visning=maaned&maaned=2026-13')).toEqual({ ok: false, message: expect.stringContaining('2026-13') });
		expect(bad('visning=liste&aar=26')).toEqual({ ok: false, message: expect.stringContaining('fire cifre') });
		expect(bad('visning=liste&aar=2036')).toEqual({ ok: false, message: expect.stringContaining('2020-2035') });
	});
});

describe('monthDays', () => {
	it('covers the month in whole weeks from Monday to Sunday', () => {
		const days = monthDays('2026-11');
		expect(days[0]).toEqual({ date: '2026-10-26', inMonth: false });
		expect(days.at(-1)).toEqual({ date: '2026-12-06', inMonth: false });
		expect(days).toHaveLength(42);
		expect(days.filter((d) => d.inMonth)).toHaveLength(30);
	});
});

describe('getMonthView', () => {
	it('puts the seeded meetings of August 2022 on their days and names the weekends', async () => {
		const view = await getMonthView(t.db, null, query({}), new Date('2022-08-12T10:00:00Z'));
		const cell = (date: string) => view.weeks.flat().find((c) => c.date === date)!;
		const names = (date: string) =>
			cell(date).entries.map((e) => (e.kind === 'meeting' ? e.meeting.body.slug : e.deadline.key));
		expect(names('2022-08-12')).toEqual(['styregruppen']);
		expect(names('2022-08-26')).toEqual(['k17']);
		expect(cell('2022-08-12').isToday).toBe(true);
		expect(cell('2022-08-13').nonWorking).toEqual({ kind: 'weekend', name: 'lørdag' });
		expect(view.previous).toBe('2022-07');
		expect(view.next).toBe('2022-09');
	});

	it('names a public holiday in its cell', async () => {
		const view = await getMonthView(t.db, null, query({ month: '2023-04' }));
		const cell = view.weeks.flat().find((c) => c.date === '2023-04-07')!;
		expect(cell.nonWorking).toEqual({ kind: 'holiday', name: expect.stringMatching(/langfredag/i) });
	});

	it('filters by body, and "mine" shows only the bodies the viewer sits in', async () => {
		const sg = await bodyId(t.db, 'styregruppen');
		const onlyK17 = await getMonthView(t.db, null, query({ body: 'k17' }));
		expect(onlyK17.entries.map((e) => e.kind === 'meeting' && e.meeting.body.slug)).toEqual(['k17']);
		const mine = await getMonthView(t.db, viewer('member', [sg]), query({ mine: true }));
		expect(mine.entries.map((e) => e.kind === 'meeting' && e.meeting.body.slug)).toEqual(['styregruppen']);
		expect(mine.bodies.map((b) => b.slug)).toEqual(['styregruppen']);
		const nobody = await getMonthView(t.db, viewer('secretariat'), query({ mine: true }));
		expect(nobody.entries).toEqual([]);
	});

	it('never lists a non-public meeting to the public, and lists it to members of its body', async () => {
		const k17 = await bodyId(t.db, 'k17');
		await t.db.insert(meetings).values({
			bodyId: k17,
			startsAt: copenhagen('2031-05-09', 9),
			endsAt: copenhagen('2031-05-09', 12),
			isPublic: false
		});
		const publicView = await getMonthView(t.db, null, query({ month: '2031-05' }));
		expect(publicView.entries.filter((e) => e.kind === 'meeting')).toEqual([]);
		const memberView = await getMonthView(t.db, viewer('member', [k17]), query({ month: '2031-05' }));
		expect(memberView.entries.filter((e) => e.kind === 'meeting')).toHaveLength(1);
	});
});

describe('getListView', () => {
	it('groups a year by month in date order', async () => {
		const view = await getListView(t.db, null, query({ view: 'liste', year: 2023 }));
		expect(view.months.map((g) => g.month)).toEqual(
			expect.arrayContaining(['2023-01', '2023-03', '2023-05', '2023-06', '2023-08', '2023-11'])
		);
		const meetingsIn2023 = view.months.flatMap((g) => g.entries).filter((e) => e.kind === 'meeting');
		expect(meetingsIn2023).toHaveLength(15);
		const dates = meetingsIn2023.map((e) => e.date);
		expect(dates).toEqual([...dates].sort());
	});
});
