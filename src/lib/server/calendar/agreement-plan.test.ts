import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { createTestDb, type TestDb } from '../db/test-db';
import { bodies, caseSteps, cases, meetings } from '../db/schema';
import { copenhagen } from '../db/seed/data/calendar';
import { bodyId } from '../meetings/test-fixtures';
import { isoDateInCopenhagen } from '$lib/format/date';
import { agreementBackwardsPlan, agreementPeriodDeadlines, agreementViolations, findAgreementPeriod } from './agreement-plan';

let t: TestDb;

beforeAll(async () => {
	t = await createTestDb({ seeded: true });
});

afterAll(async () => {
	await t?.close();
});

const days = (plan: Awaited<ReturnType<typeof agreementBackwardsPlan>>) =>
	plan?.steps.map((s) => ({ step: s.step, latest: s.latest, meeting: s.meeting ? isoDateInCopenhagen(s.meeting.startsAt) : null, onTime: s.onTime }));

describe('agreement periods', () => {
	it("takes the seeds' stated deadlines, the rule for 2025-26, and continues every second year", async () => {
		const periods = await agreementPeriodDeadlines(t.db, 2028);
		expect(periods.map(({ label, deadline, stated }) => ({ label, deadline, stated }))).toEqual([
			{ label: '2021-22', deadline: '2020-12-01', stated: true },
			{ label: '2023-24', deadline: '2022-12-01', stated: true },
			{ label: '2025-26', deadline: '2024-12-01', stated: false },
			{ label: '2027-28', deadline: '2026-12-01', stated: false },
			{ label: '2029-30', deadline: '2028-12-01', stated: false }
		]);
		expect(periods.slice(3).every((p) => p.id === null)).toBe(true);
		expect(await findAgreementPeriod(t.db, '2031-32')).toMatchObject({ deadline: '2030-12-01', id: null });
		expect(await findAgreementPeriod(t.db, '2024-25')).toBeNull();
		expect(await findAgreementPeriod(t.db, 'nonsense')).toBeNull();
	});
});

describe('agreementBackwardsPlan', () => {
	it('matches the seeded 2022 chain (SG 12/8 → K17 26/8 → KKR 7/9) against 1 December 2022', async () => {
		const plan = await agreementBackwardsPlan(t.db, '2023-24');
		expect(plan).toMatchObject({ label: '2023-24', deadline: '2022-12-01' });
		expect(days(plan)).toEqual([
			{ step: 'sg', latest: '2022-08-12', meeting: '2022-08-12', onTime: true },
			{ step: 'k17', latest: '2022-09-06', meeting: '2022-08-26', onTime: true },
			{ step: 'kkr', latest: '2022-10-06', meeting: '2022-09-07', onTime: true }
		]);
		// The same from the deadline itself.
		const byDate = await agreementBackwardsPlan(t.db, '2022-12-01');
		expect(byDate?.label).toBeNull();
		expect(days(byDate)).toEqual(days(plan));
	});

	it('has no meetings where none are planned (2025-26), and null for an unknown period', async () => {
		const plan = await agreementBackwardsPlan(t.db, '2025-26');
		expect(days(plan)).toEqual([
			{ step: 'sg', latest: '2024-09-21', meeting: null, onTime: null },
			{ step: 'k17', latest: '2024-10-05', meeting: null, onTime: null },
			{ step: 'kkr', latest: '2024-10-06', meeting: null, onTime: null }
		]);
		expect(await agreementBackwardsPlan(t.db, '2024-25')).toBeNull();
	});

	it('takes the last KKR meeting on or before its latest date, ignoring cancelled meetings and later ones', async () => {
		const [sg, k17, kkr] = await Promise.all(['styregruppen', 'k17', 'kkr-sjaelland'].map((s) => bodyId(t.db, s)));
		const [match] = await t.db
			.insert(meetings)
			.values([
				{ bodyId: sg, startsAt: copenhagen('2030-08-09', 9), status: 'planned' },
				{ bodyId: k17, startsAt: copenhagen('2030-08-23', 9), status: 'planned' },
				{ bodyId: kkr, startsAt: copenhagen('2030-09-04', 9), status: 'planned' },
				{ bodyId: kkr, startsAt: copenhagen('2030-09-25', 9), status: 'cancelled' },
				{ bodyId: kkr, startsAt: copenhagen('2030-10-30', 9), status: 'planned' }
			])
			.returning({ id: meetings.id });
		const plan = await agreementBackwardsPlan(t.db, '2031-32');
		expect(days(plan)).toEqual([
			{ step: 'sg', latest: '2030-08-09', meeting: '2030-08-09', onTime: true },
			{ step: 'k17', latest: '2030-09-03', meeting: '2030-08-23', onTime: true },
			{ step: 'kkr', latest: '2030-10-06', meeting: '2030-09-04', onTime: true }
		]);
		// Planned meetings are listed to the public but their pages are not open yet.
		expect(plan?.steps[0].meeting).toMatchObject({ id: match.id, canOpen: false });
	});
});

describe('agreementViolations', () => {
	it('finds none in the seeded agreement 2023-24 case', async () => {
		expect(await agreementViolations(t.db)).toEqual([]);
	});

	it('names a case step moved past its latest date, with the date and the rule', async () => {
		const [k17] = await t.db.select({ id: bodies.id }).from(bodies).where(eq(bodies.slug, 'k17'));
		const [late] = await t.db
			.insert(meetings)
			.values({ bodyId: k17.id, startsAt: copenhagen('2022-09-08', 0), timeKnown: false, status: 'planned' })
			.returning({ id: meetings.id });
		const [c] = await t.db.select({ id: cases.id }).from(cases).where(eq(cases.slug, 'rammeaftale-2023-24'));
		await t.db
			.update(caseSteps)
			.set({ meetingId: late.id })
			.where(and(eq(caseSteps.caseId, c.id), eq(caseSteps.bodyId, k17.id)));

		const violations = await agreementViolations(t.db);
		expect(violations).toHaveLength(1);
		expect(violations[0].rule).toBe('agreement-deadline');
		expect(violations[0].meetingIds).toEqual([late.id]);
		expect(violations[0].message).toContain('8. september 2022');
		expect(violations[0].message).toContain('6. september 2022');
		expect(violations[0].message).toContain('rammeaftale 2023-24');
		expect(violations[0].message).toContain('K17 behandler rammeaftalen før det KKR-møde');

		// Cancelled, the meeting no longer breaks the rule.
		await t.db.update(meetings).set({ status: 'cancelled' }).where(eq(meetings.id, late.id));
		expect(await agreementViolations(t.db)).toEqual([]);
	});
});
