import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { createTestDb, type TestDb } from '../db/test-db';
import { meetingChanges, meetings, users } from '../db/schema';
import {
	cancelMeeting,
	createMeeting,
	meetingFormDefaults,
	meetingHistory,
	updateMeeting,
	type MeetingInput
} from './manage';
import { bodyId, sgMeeting } from './test-fixtures';

let t: TestDb;
let actor: { id: number };
let sg: number;
let k17: number;
// "Now" for the tests: well before the meetings they create (2031-2033), so "in the past" is explicit.
const NOW = new Date('2031-01-15T12:00:00Z');

beforeAll(async () => {
	t = await createTestDb({ seeded: true });
	const [u] = await t.db.select({ id: users.id }).from(users).where(eq(users.email, 'sekretariat@rammeaftale.example'));
	actor = { id: u.id };
	sg = await bodyId(t.db, 'styregruppen');
	k17 = await bodyId(t.db, 'k17');
});
afterAll(() => t.close());

const input = (over: Partial<MeetingInput> = {}): MeetingInput => ({
	bodyId: sg,
	date: '2032-03-12',
	startTime: '09:00',
	endTime: '12:00',
	place: 'Roskilde',
	virtualUrl: null,
	isVirtual: false,
	status: 'planned',
	isPublic: true,
	note: '',
	...over
});

async function counts() {
	const [mt] = await t.db.select({ n: count() }).from(meetings);
	const [ch] = await t.db.select({ n: count() }).from(meetingChanges);
	return { meetings: mt.n, changes: ch.n };
}

async function created(over: Partial<MeetingInput>): Promise<number> {
	const result = await createMeeting(t.db, actor, input(over), NOW);
	if (!result.ok) throw new Error(JSON.stringify(result.errors));
	return result.id;
}

async function meeting(id: number) {
	const [row] = await t.db.select().from(meetings).where(eq(meetings.id, id));
	return row;
}

describe('createMeeting', () => {
	it('stores 9-12 in Copenhagen across both daylight-saving changes', async () => {
		const spring = await meeting(await created({ date: '2031-03-31' }));
		expect(spring.startsAt.toISOString()).toBe('2031-03-31T07:00:00.000Z');
		expect(spring.endsAt?.toISOString()).toBe('2031-03-31T10:00:00.000Z');
		const autumn = await meeting(await created({ date: '2031-10-27' }));
		expect(autumn.startsAt.toISOString()).toBe('2031-10-27T08:00:00.000Z');
		expect(autumn.endsAt?.toISOString()).toBe('2031-10-27T11:00:00.000Z');
		expect(autumn.timeKnown).toBe(true);
		expect(autumn.sequence).toBe(0);
	});

	it('stores a date-only meeting at local midnight without an end', async () => {
		const row = await meeting(await created({ bodyId: k17, date: '2031-06-04', startTime: null, endTime: null }));
		expect(row.startsAt.toISOString()).toBe('2031-06-03T22:00:00.000Z');
		expect(row.endsAt).toBeNull();
		expect(row.timeKnown).toBe(false);
	});

	it('records the creation with every value', async () => {
		const id = await created({ date: '2031-05-05', place: 'Sorø' });
		const history = await meetingHistory(t.db, id);
		expect(history).toHaveLength(1);
		expect(history[0].kind).toBe('created');
		expect(history[0].user?.id).toBe(actor.id);
		expect(history[0].changes.place).toEqual({ from: null, to: 'Sorø' });
		expect(history[0].changes.startTime).toEqual({ from: null, to: '09:00' });
		expect(history[0].changes.date).toEqual({ from: null, to: '2031-05-05' });
	});

	const refusals: [string, Partial<MeetingInput>, string, string][] = [
		['an impossible date', { date: '2032-02-31' }, 'date', '31. februar er ikke en dato'],
		['an end not after the start', { startTime: '12:00', endTime: '09:00' }, 'endTime', 'efter starttidspunktet'],
		['an end equal to the start', { startTime: '09:00', endTime: '09:00' }, 'endTime', 'efter starttidspunktet'],
		['a start without an end', { endTime: null }, 'endTime', 'både start- og sluttidspunkt'],
		['an end without a start', { startTime: null }, 'startTime', 'både start- og sluttidspunkt'],
		['a malformed time', { startTime: '25:00' }, 'startTime', 'tt:mm'],
		['an unknown body', { bodyId: 999_999 }, 'bodyId', 'Vælg et organ'],
		['a link that is not http(s)', { isVirtual: true, virtualUrl: 'javascript:alert(1)' }, 'virtualUrl', 'https://'],
		['a link that is no URL', { isVirtual: true, virtualUrl: 'teams-møde' }, 'virtualUrl', 'https://']
	];
	for (const [what, over, field, message] of refusals) {
		it(`refuses ${what} with 400 and writes nothing`, async () => {
			const before = await counts();
			const result = await createMeeting(t.db, actor, input({ date: '2032-01-20', ...over }), NOW);
			expect(result.ok).toBe(false);
			if (result.ok) return;
			expect(result.status).toBe(400);
			expect(result.errors[field as keyof MeetingInput]).toContain(message);
			expect(await counts()).toEqual(before);
		});
	}

	it('refuses a planned or convened meeting in the past, but records a held one', async () => {
		const before = await counts();
		for (const status of ['planned', 'agenda_published'] as const) {
			const result = await createMeeting(t.db, actor, input({ date: '2031-01-14', status }), NOW);
			expect(result).toMatchObject({ ok: false, status: 400 });
			if (!result.ok) expect(result.errors.date).toContain('ligger i fortiden');
		}
		// Earlier the same day counts as past for a timed meeting.
		const today = await createMeeting(t.db, actor, input({ date: '2031-01-15', startTime: '09:00' }), NOW);
		expect(today.ok).toBe(false);
		expect(await counts()).toEqual(before);
		const held = await createMeeting(t.db, actor, input({ date: '2031-01-14', status: 'held' }), NOW);
		expect(held.ok).toBe(true);
	});

	it('refuses an overlap with 409, naming the other meeting, and writes nothing', async () => {
		await created({ date: '2032-04-02', startTime: '09:00', endTime: '12:00' });
		const before = await counts();
		const overlap = await createMeeting(t.db, actor, input({ date: '2032-04-02', startTime: '11:00', endTime: '13:00' }), NOW);
		expect(overlap.ok).toBe(false);
		if (overlap.ok) return;
		expect(overlap.status).toBe(409);
		expect(overlap.errors.date).toContain('fredag 2. april 2032 kl. 9.00–12.00');
		expect(overlap.errors.date).toContain('to møder på samme tid');
		// A date-only meeting occupies its whole day.
		const allDay = await createMeeting(t.db, actor, input({ date: '2032-04-02', startTime: null, endTime: null }), NOW);
		expect(allDay).toMatchObject({ ok: false, status: 409 });
		expect(await counts()).toEqual(before);
		// Back to back is not an overlap; another body at the same time is fine.
		expect((await createMeeting(t.db, actor, input({ date: '2032-04-02', startTime: '12:00', endTime: '13:00' }), NOW)).ok).toBe(true);
		expect((await createMeeting(t.db, actor, input({ date: '2032-04-02', bodyId: k17 }), NOW)).ok).toBe(true);
	});

	it('a timed meeting overlaps a date-only meeting of the same body on that day', async () => {
		await created({ bodyId: k17, date: '2032-05-06', startTime: null, endTime: null });
		const result = await createMeeting(t.db, actor, input({ bodyId: k17, date: '2032-05-06' }), NOW);
		expect(result).toMatchObject({ ok: false, status: 409 });
		if (!result.ok) expect(result.errors.date).toContain('torsdag 6. maj 2032');
		expect((await createMeeting(t.db, actor, input({ bodyId: k17, date: '2032-05-07' }), NOW)).ok).toBe(true);
	});

	it('a cancelled meeting does not block another time the same day, but its exact start is refused in words', async () => {
		const id = await created({ date: '2032-06-01' });
		expect((await cancelMeeting(t.db, actor, id, '', NOW)).ok).toBe(true);
		expect((await createMeeting(t.db, actor, input({ date: '2032-06-01', startTime: '10:00', endTime: '11:00' }), NOW)).ok).toBe(true);
		const same = await createMeeting(t.db, actor, input({ date: '2032-06-01', startTime: '09:00', endTime: '09:30' }), NOW);
		expect(same).toMatchObject({ ok: false, status: 409 });
		if (!same.ok) expect(same.errors.date).toContain('aflyst møde');
	});

	it('lets only one of two concurrent creates of overlapping meetings through', async () => {
		const before = await counts();
		// Force the race: a gate holds the change log, so without the body lock both creates would pass the overlap
		// check and wait at their change-log insert. With it, the second waits for the body until the first commits.
		const gate = await t.sql.reserve();
		await gate`begin`;
		await gate`lock table meeting_changes in exclusive mode`;
		const racing = Promise.all([
			createMeeting(t.db, actor, input({ date: '2032-07-01', startTime: '09:00', endTime: '12:00' }), NOW),
			createMeeting(t.db, actor, input({ date: '2032-07-01', startTime: '10:00', endTime: '13:00' }), NOW)
		]);
		await expect
			.poll(
				async () =>
					(
						await t.sql`select count(*)::int as n from pg_stat_activity
							where datname = current_database() and wait_event_type = 'Lock'`
					)[0].n,
				{ interval: 20, timeout: 5000 }
			)
			.toBe(2);
		await gate`commit`;
		gate.release();
		const results = await racing;
		expect(results.filter((r) => r.ok)).toHaveLength(1);
		expect(results.filter((r) => !r.ok && r.status === 409)).toHaveLength(1);
		expect(await counts()).toEqual({ meetings: before.meetings + 1, changes: before.changes + 1 });
	});

	it('works inside a caller transaction: a refused create leaves the earlier ones of the transaction alone', async () => {
		const ids = await t.db.transaction(async (tx) => {
			const a = await createMeeting(tx, actor, input({ date: '2032-08-02' }), NOW);
			const clash = await createMeeting(tx, actor, input({ date: '2032-08-02', startTime: '10:00', endTime: '11:00' }), NOW);
			const b = await createMeeting(tx, actor, input({ date: '2032-08-03' }), NOW);
			expect(clash).toMatchObject({ ok: false, status: 409 });
			return [a, b];
		});
		for (const r of ids) expect(r.ok && (await meeting(r.id))).toBeTruthy();
		// Rolling back the caller's transaction takes the meetings and their history with it.
		const before = await counts();
		await expect(
			t.db.transaction(async (tx) => {
				await createMeeting(tx, actor, input({ date: '2032-08-10' }), NOW);
				throw new Error('rollback');
			})
		).rejects.toThrow('rollback');
		expect(await counts()).toEqual(before);
	});
});

describe('updateMeeting and cancelMeeting', () => {
	it('records a changed place as "updated" with only that field, and raises the sequence', async () => {
		const id = await created({ date: '2032-09-06', place: 'Roskilde' });
		const result = await updateMeeting(t.db, actor, id, input({ date: '2032-09-06', place: 'Næstved' }), NOW);
		expect(result).toEqual({ ok: true, id });
		const row = await meeting(id);
		expect(row.place).toBe('Næstved');
		expect(row.sequence).toBe(1);
		expect(row.updatedAt.toISOString()).toBe(NOW.toISOString());
		const history = await meetingHistory(t.db, id);
		expect(history.map((h) => h.kind)).toEqual(['created', 'updated']);
		expect(history[1].changes).toEqual({ place: { from: 'Roskilde', to: 'Næstved' } });
	});

	it('an update that changes nothing writes nothing', async () => {
		const id = await created({ date: '2032-09-13' });
		const before = await counts();
		expect(await updateMeeting(t.db, actor, id, input({ date: '2032-09-13' }), NOW)).toEqual({ ok: true, id });
		expect(await counts()).toEqual(before);
		expect((await meeting(id)).sequence).toBe(0);
	});

	it('records a new date or time as "rescheduled", with readable values', async () => {
		const id = await created({ date: '2032-09-20' });
		await updateMeeting(t.db, actor, id, input({ date: '2032-09-27', startTime: '10:00', endTime: '12:00' }), NOW);
		const row = await meeting(id);
		expect(row.startsAt.toISOString()).toBe('2032-09-27T08:00:00.000Z');
		expect(row.sequence).toBe(1);
		const history = await meetingHistory(t.db, id);
		expect(history[1].kind).toBe('rescheduled');
		expect(history[1].changes).toEqual({
			date: { from: '2032-09-20', to: '2032-09-27' },
			startTime: { from: '09:00', to: '10:00' }
		});
		// To date only.
		await updateMeeting(t.db, actor, id, input({ date: '2032-09-27', startTime: null, endTime: null }), NOW);
		const later = await meeting(id);
		expect(later.timeKnown).toBe(false);
		expect(later.endsAt).toBeNull();
		expect(later.sequence).toBe(2);
	});

	it('refuses rescheduling onto another meeting of the body (409), ignoring the meeting itself', async () => {
		const a = await created({ date: '2032-10-04' });
		const b = await created({ date: '2032-10-05' });
		// Moving within its own slot is no overlap with itself.
		expect((await updateMeeting(t.db, actor, a, input({ date: '2032-10-04', endTime: '13:00' }), NOW)).ok).toBe(true);
		const before = await counts();
		const result = await updateMeeting(t.db, actor, b, input({ date: '2032-10-04', startTime: '12:30', endTime: '14:00' }), NOW);
		expect(result).toMatchObject({ ok: false, status: 409 });
		expect(await counts()).toEqual(before);
		expect((await meeting(b)).sequence).toBe(0);
	});

	it('cancels as "cancelled" with the note, and refuses a second cancel', async () => {
		const id = await created({ date: '2032-10-11' });
		expect(await cancelMeeting(t.db, actor, id, 'For få punkter', NOW)).toEqual({ ok: true, id });
		const row = await meeting(id);
		expect(row.status).toBe('cancelled');
		expect(row.note).toBe('For få punkter');
		expect(row.sequence).toBe(1);
		const history = await meetingHistory(t.db, id);
		expect(history[1].kind).toBe('cancelled');
		expect(history[1].changes).toEqual({
			status: { from: 'planned', to: 'cancelled' },
			note: { from: '', to: 'For få punkter' }
		});
		const before = await counts();
		expect(await cancelMeeting(t.db, actor, id, '', NOW)).toMatchObject({ ok: false, status: 400 });
		expect(await counts()).toEqual(before);
		// Cancelling through the edit form is recorded as a cancellation too.
		const other = await created({ date: '2032-10-12' });
		await updateMeeting(t.db, actor, other, input({ date: '2032-10-12', status: 'cancelled' }), NOW);
		expect((await meetingHistory(t.db, other))[1].kind).toBe('cancelled');
	});

	it('answers 404 for an unknown meeting', async () => {
		expect(await updateMeeting(t.db, actor, 999_999, input(), NOW)).toMatchObject({ ok: false, status: 404 });
		expect(await cancelMeeting(t.db, actor, 999_999, '', NOW)).toMatchObject({ ok: false, status: 404 });
	});

	it('keeps a meeting with a published agenda or minutes in its body, and its minutes status', async () => {
		const seeded = await sgMeeting(t.db);
		const before = await counts();
		const moved = await updateMeeting(
			t.db,
			actor,
			seeded.id,
			input({ bodyId: k17, date: '2022-08-12', status: 'held', startTime: null, endTime: null }),
			NOW
		);
		expect(moved).toMatchObject({ ok: false, status: 400 });
		if (!moved.ok) expect(moved.errors.bodyId).toContain('kan ikke flyttes til et andet organ');
		expect(await cancelMeeting(t.db, actor, seeded.id, '', NOW)).toMatchObject({ ok: false, status: 400 });
		expect(await counts()).toEqual(before);
		expect((await meeting(seeded.id)).status).toBe('minutes_published');
	});

	it('moves a planned meeting without an agenda to another body', async () => {
		const id = await created({ date: '2032-11-01' });
		expect((await updateMeeting(t.db, actor, id, input({ bodyId: k17, date: '2032-11-01' }), NOW)).ok).toBe(true);
		const history = await meetingHistory(t.db, id);
		expect(history[1].changes.body).toEqual({ from: 'Styregruppen for Rammeaftale Sjælland', to: 'K17' });
	});
});

describe('meetingFormDefaults', () => {
	it("prefills SG 9-12 and suggests the opposite of the previous meeting's virtual flag", async () => {
		await created({ date: '2033-02-01', isVirtual: true });
		const defaults = await meetingFormDefaults(t.db, 'styregruppen', '2033-03-01');
		expect(defaults).toMatchObject({ bodyId: sg, date: '2033-03-01', startTime: '09:00', endTime: '12:00', isVirtual: false });
		await created({ date: '2033-03-01', isVirtual: false });
		expect(await meetingFormDefaults(t.db, sg, '2033-04-01')).toMatchObject({ isVirtual: true });
	});

	it('leaves K17 date only, and knows no unknown body', async () => {
		expect(await meetingFormDefaults(t.db, 'k17')).toMatchObject({ bodyId: k17, startTime: null, endTime: null, isVirtual: false });
		expect(await meetingFormDefaults(t.db, 'no-such-body')).toBeNull();
	});
});
