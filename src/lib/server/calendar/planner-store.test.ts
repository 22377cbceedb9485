import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, count, eq, inArray } from 'drizzle-orm';
import { createTestDb, type TestDb } from '../db/test-db';
import { calendarPlans, calendarProposals, meetings, users } from '../db/schema';
import { copenhagen } from '../db/seed/data/calendar';
import { bodyId } from '../meetings/test-fixtures';
import { createMeeting } from '../meetings/manage';
import { createPlan, getPlan, listPlans, type Plan, type PlanProposal } from './planner-store';
import { acceptAll, acceptProposal, editProposal, proposalBelongsToPlan, rejectProposal } from './planner-decisions';
import { proposalFieldId } from '$lib/schemas/planner';

let t: TestDb;
let actor: { id: number };
let sg: number;
let k17: number;
const NOW = new Date('2031-01-15T12:00:00Z');

beforeAll(async () => {
	t = await createTestDb({ seeded: true });
	const [u] = await t.db.select({ id: users.id }).from(users).where(eq(users.email, 'sekretariat@rammeaftale.example'));
	actor = { id: u.id };
	sg = await bodyId(t.db, 'styregruppen');
	k17 = await bodyId(t.db, 'k17');
});
afterAll(() => t.close());

async function counts() {
	const [plans] = await t.db.select({ n: count() }).from(calendarPlans);
	const [proposals] = await t.db.select({ n: count() }).from(calendarProposals);
	const [mt] = await t.db.select({ n: count() }).from(meetings);
	return { plans: plans.n, proposals: proposals.n, meetings: mt.n };
}

async function plan(dates: string, basis = 'kkr'): Promise<Plan> {
	const created = await createPlan(t.db, actor, { basis, dates });
	if (!created.ok) throw new Error(JSON.stringify(created.errors));
	const loaded = await getPlan(t.db, created.value.id);
	if (!loaded) throw new Error('plan not found');
	return loaded;
}

const formOf = (p: PlanProposal, over: Record<string, string | boolean> = {}) => ({
	date: p.date,
	startTime: p.startTime ?? '',
	endTime: p.endTime ?? '',
	isVirtual: p.isVirtual,
	place: p.place,
	...over
});

describe('createPlan', () => {
	it('stores three proposals per chain from KKR dates: KKR as given, K17 on the Friday ≥12 days before, SG 14 days before it and moved off Easter; SG 9-12, K17 and KKR date only', async () => {
		const p = await plan('11/5-2034\n2034-02-08');
		expect(p.basis).toBe('kkr');
		expect(p.dates).toEqual(['2034-02-08', '2034-05-11']);
		expect(p.chains).toHaveLength(2);
		const [first, second] = p.chains;
		expect(first.kkr?.date).toBe('2034-02-08');
		expect(first.k17?.date).toBe('2034-01-27');
		expect(first.sg?.date).toBe('2034-01-13');
		expect(second.kkr?.date).toBe('2034-05-11');
		expect(second.k17?.date).toBe('2034-04-28');
		// Easter 2034 is 9 April: 14 days before K17 28/4 is 14/4, a Friday, not a holiday.
		expect(second.sg?.date).toBe('2034-04-14');

		expect(first.sg).toMatchObject({ timeKnown: true, startTime: '09:00', endTime: '12:00', status: 'pending' });
		expect(first.sg?.startsAt).toEqual(copenhagen('2034-01-13', 9));
		expect(first.sg?.endsAt).toEqual(copenhagen('2034-01-13', 12));
		expect(first.k17).toMatchObject({ timeKnown: false, startTime: null, endsAt: null });
		expect(first.k17?.startsAt).toEqual(copenhagen('2034-01-27', 0));
		expect(first.kkr).toMatchObject({ timeKnown: false, body: { slug: 'kkr-sjaelland' } });
		expect(first.sg?.reason).toContain('14 dage før K17-mødet');
		expect(first.sg?.label).toBe('SG-forslaget til fredag 13. januar 2034');
		expect(p.violations).toEqual([]);
	});

	it('moves an SG proposal off langfredag and skærtorsdag and says so', async () => {
		// KKR 11/5-2033 → K17 29/4 → SG 15/4 (langfredag), 14/4 (skærtorsdag) → onsdag 13/4.
		const p = await plan('2033-05-11');
		const chain = p.chains[0];
		expect(chain.k17?.date).toBe('2033-04-29');
		expect(chain.sg?.date).toBe('2033-04-13');
		expect(chain.sg?.reason).toMatch(/langfredag/);
		expect(chain.sg?.reason).toMatch(/skærtorsdag/);
		expect(p.violations).toEqual([]);
	});

	it('alternates virtual SG meetings, starting opposite the last SG meeting before the plan', async () => {
		// The seed's last SG meeting (13/10-2023) was in person: the first proposal is virtual.
		const p = await plan('2034-09-06\n2034-11-21\n2035-02-07');
		expect(p.chains.map((c) => c.sg?.isVirtual)).toEqual([true, false, true]);
		expect(p.chains.map((c) => c.k17?.isVirtual)).toEqual([false, false, false]);

		// A virtual SG meeting just before: the next plan starts in person.
		const created = await createMeeting(
			t.db,
			actor,
			{
				bodyId: sg,
				date: '2035-05-04',
				startTime: '09:00',
				endTime: '12:00',
				place: '',
				virtualUrl: null,
				isVirtual: true,
				status: 'planned',
				isPublic: true,
				note: ''
			},
			NOW
		);
		expect(created.ok).toBe(true);
		const next = await plan('2035-09-05\n2035-11-20');
		expect(next.chains.map((c) => c.sg?.isVirtual)).toEqual([false, true]);
	});

	it('takes K17 dates too: KKR 12 days later, SG 14 days before', async () => {
		const p = await plan('2034-03-03', 'k17');
		expect(p.basis).toBe('k17');
		expect(p.chains[0].k17?.date).toBe('2034-03-03');
		expect(p.chains[0].sg?.date).toBe('2034-02-17');
		expect(p.chains[0].kkr?.date).toBe('2034-03-15');
	});

	it('refuses bad input with a Danish message naming the rule, and stores nothing', async () => {
		const before = await counts();
		const cases: [Record<string, unknown>, string, RegExp][] = [
			[{ basis: 'kkr', dates: '31/2-2033' }, 'dates', /31\/2-2033/],
			[{ basis: 'kkr', dates: '2036-03-04' }, 'dates', /2020-2035/],
			[{ basis: 'kkr', dates: '' }, 'dates', /dato/i],
			[{ basis: 'kkr', dates: '2033-03-04\n4/3-2033' }, 'dates', /.+/],
			[{ basis: 'sg', dates: '2033-03-04' }, 'basis', /KKR-datoer eller K17-datoer/],
			[{ basis: 'kkr' }, 'dates', /Skriv mindst én dato/]
		];
		for (const [input, field, message] of cases) {
			const result = await createPlan(t.db, actor, input as { basis: unknown; dates: unknown });
			expect(result.ok, JSON.stringify(input)).toBe(false);
			if (result.ok) continue;
			expect(result.status).toBe(400);
			expect(result.errors[field], JSON.stringify(input)).toMatch(message);
		}
		expect(await counts()).toEqual(before);
	});
});

describe('deciding on proposals', () => {
	it('accepts a proposal: the meeting is created with the body defaults and linked; a second accept is a 409', async () => {
		const p = await plan('2033-09-07');
		const proposal = p.chains[0].sg!;
		const result = await acceptProposal(t.db, actor, proposal.id, undefined, NOW);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		const [meeting] = await t.db.select().from(meetings).where(eq(meetings.id, result.value.meetingId));
		expect(meeting).toMatchObject({ bodyId: sg, status: 'planned', timeKnown: true, isPublic: true });
		expect(proposal.date).toBe('2033-08-12');
		expect(meeting.startsAt).toEqual(copenhagen('2033-08-12', 9));
		expect(meeting.endsAt).toEqual(copenhagen('2033-08-12', 12));

		const after = await getPlan(t.db, p.id);
		expect(after?.chains[0].sg).toMatchObject({ status: 'accepted', meetingId: meeting.id, decidedBy: 'Sofie Sekretær' });
		// The meeting it became is not a clash with itself.
		expect(after?.chains[0].sg?.sameDay).toEqual([]);

		const before = await counts();
		const again = await acceptProposal(t.db, actor, proposal.id, undefined, NOW);
		expect(again).toMatchObject({ ok: false, status: 409 });
		if (!again.ok) {
			expect(again.errors[proposalFieldId(proposal.id, 'date')]).toBe(
				`${proposal.label}: forslaget er allerede godkendt. Kun et forslag, der venter på beslutning, kan godkendes, ændres eller afvises.`
			);
		}
		expect(await counts()).toEqual(before);
		expect(await rejectProposal(t.db, actor, proposal.id, NOW)).toMatchObject({ ok: false, status: 409 });
	});

	it('two concurrent accepts of one proposal create one meeting', async () => {
		const p = await plan('2033-11-22');
		const id = p.chains[0].k17!.id;
		const before = await counts();
		const results = await Promise.all([
			acceptProposal(t.db, actor, id, undefined, NOW),
			acceptProposal(t.db, actor, id, undefined, NOW)
		]);
		expect(results.map((r) => r.ok).sort()).toEqual([false, true]);
		expect(results.find((r) => !r.ok)).toMatchObject({ status: 409 });
		expect((await counts()).meetings).toBe(before.meetings + 1);
	});

	it('accepts with changes: the new date and times are stored on the proposal and the meeting, the reason says so', async () => {
		const p = await plan('2033-06-21');
		const proposal = p.chains[0].sg!;
		expect(proposal.date).toBe('2033-05-20');
		const result = await acceptProposal(
			t.db,
			actor,
			proposal.id,
			formOf(proposal, { date: '13/5-2033', startTime: '10', endTime: '13.30', isVirtual: true, place: 'Sorø' }),
			NOW
		);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		const [meeting] = await t.db.select().from(meetings).where(eq(meetings.id, result.value.meetingId));
		expect(meeting.startsAt).toEqual(copenhagen('2033-05-13', 10));
		expect(meeting.endsAt).toEqual(copenhagen('2033-05-13', 13, 30));
		expect(meeting).toMatchObject({ isVirtual: true, place: 'Sorø' });
		const after = (await getPlan(t.db, p.id))!.chains[0].sg!;
		expect(after).toMatchObject({ date: '2033-05-13', startTime: '10:00', endTime: '13:30', status: 'accepted' });
		expect(after.reason).toContain('datoen er rettet af sekretariatet (planlæggeren foreslog fredag 20. maj 2033)');
	});

	it('edits a pending proposal; bad changes are refused per field, named with the proposal, and nothing is stored', async () => {
		const p = await plan('2034-06-20');
		const proposal = p.chains[0].sg!;
		const bad = await editProposal(
			t.db,
			actor,
			proposal.id,
			formOf(proposal, { date: '31/2-2034', startTime: '25:00', endTime: '' })
		);
		expect(bad).toMatchObject({ ok: false, status: 400 });
		if (!bad.ok) {
			expect(bad.errors[proposalFieldId(proposal.id, 'date')]).toMatch(/^SG-forslaget til fredag 19\. maj 2034: .*31\/2-2034/);
			expect(bad.errors[proposalFieldId(proposal.id, 'start')]).toBe(
				'SG-forslaget til fredag 19. maj 2034: Skriv tidspunktet som tt:mm, fx 09:00.'
			);
		}
		const order = await editProposal(t.db, actor, proposal.id, formOf(proposal, { startTime: '12:00', endTime: '09:00' }));
		expect(order.ok).toBe(false);
		if (!order.ok) expect(order.errors[proposalFieldId(proposal.id, 'end')]).toMatch(/efter starttidspunktet/);
		const one = await editProposal(t.db, actor, proposal.id, formOf(proposal, { startTime: '', endTime: '12:00' }));
		expect(one.ok).toBe(false);
		if (!one.ok) expect(one.errors[proposalFieldId(proposal.id, 'start')]).toMatch(/både start- og sluttidspunkt/);
		expect((await getPlan(t.db, p.id))!.chains[0].sg).toEqual(proposal);

		// Date only: both times empty.
		const ok = await editProposal(t.db, actor, proposal.id, formOf(proposal, { date: '2034-05-12', startTime: '', endTime: '' }));
		expect(ok.ok).toBe(true);
		const after = (await getPlan(t.db, p.id))!.chains[0].sg!;
		expect(after).toMatchObject({ date: '2034-05-12', timeKnown: false, startTime: null, endsAt: null, status: 'pending' });
		expect(after.startsAt).toEqual(copenhagen('2034-05-12', 0));
	});

	it('a failed accept (an overlapping meeting) writes nothing, not even the changes; the clash shows as a warning', async () => {
		const p = await plan('2035-04-25');
		const proposal = p.chains[0].sg!;
		const clash = await createMeeting(
			t.db,
			actor,
			{
				bodyId: sg,
				date: proposal.date,
				startTime: '11:00',
				endTime: '15:00',
				place: 'Holbæk',
				virtualUrl: null,
				isVirtual: false,
				status: 'planned',
				isPublic: true,
				note: ''
			},
			NOW
		);
		expect(clash.ok).toBe(true);
		const loaded = (await getPlan(t.db, p.id))!.chains[0].sg!;
		expect(loaded.sameDay).toHaveLength(1);

		const before = await counts();
		const result = await acceptProposal(t.db, actor, proposal.id, formOf(proposal, { place: 'Ringsted' }), NOW);
		expect(result).toMatchObject({ ok: false, status: 409 });
		if (!result.ok) {
			const message = Object.values(result.errors).join(' ');
			expect(message).toMatch(new RegExp(`^${proposal.label}: `));
		}
		expect(await counts()).toEqual(before);
		expect((await getPlan(t.db, p.id))!.chains[0].sg).toMatchObject({ status: 'pending', place: '', meetingId: null });
	});

	it('a rejected KKR is not created, and the live check says its K17 has no KKR', async () => {
		const p = await plan('2034-09-26');
		const kkr = p.chains[0].kkr!;
		const rejected = await rejectProposal(t.db, actor, kkr.id, NOW);
		expect(rejected.ok).toBe(true);
		const after = (await getPlan(t.db, p.id))!;
		expect(after.chains[0].kkr).toMatchObject({ status: 'rejected', meetingId: null });
		expect(after.violations.map((v) => v.rule)).toEqual(['k17-needs-kkr']);
		expect(after.violations[0].meetingIds).toContain(after.chains[0].k17!.id);
		expect(after.pending).toBe(2);
	});

	it('flags a proposal moved onto a holiday and an SG less than 14 days before its K17', async () => {
		const p = await plan('2033-02-09');
		const chain = p.chains[0];
		// SG moved to one week before K17, onto nothing special; K17 moved onto Kristi himmelfartsdag is not asked here.
		const edited = await editProposal(t.db, actor, chain.sg!.id, formOf(chain.sg!, { date: '2033-01-21' }));
		expect(edited.ok).toBe(true);
		const kkr = await editProposal(t.db, actor, chain.kkr!.id, formOf(chain.kkr!, { date: '2033-02-12' }));
		expect(kkr.ok).toBe(true);
		const after = (await getPlan(t.db, p.id))!;
		expect(after.violations.map((v) => v.rule).sort()).toEqual(['sg-before-k17', 'working-day']);
		expect(after.violations.find((v) => v.rule === 'working-day')?.meetingIds).toEqual([chain.kkr!.id]);
	});

	it('refuses an SG date on or after its K17 and a KKR date before its K17, naming the rule; nothing is stored', async () => {
		const p = await plan('2035-03-07');
		const chain = p.chains[0];
		const before = await counts();
		const sgAfter = await editProposal(t.db, actor, chain.sg!.id, formOf(chain.sg!, { date: chain.k17!.date }));
		expect(sgAfter).toMatchObject({ ok: false, status: 400 });
		if (sgAfter.ok) return;
		expect(sgAfter.errors[proposalFieldId(chain.sg!.id, 'date')]).toMatch(/SG-mødet skal ligge før K17-forslaget til/);
		const kkrBefore = await acceptProposal(t.db, actor, chain.kkr!.id, formOf(chain.kkr!, { date: '2035-02-01' }), NOW);
		expect(kkrBefore).toMatchObject({ ok: false, status: 400 });
		if (kkrBefore.ok) return;
		expect(kkrBefore.errors[proposalFieldId(chain.kkr!.id, 'date')]).toMatch(/KKR-mødet skal ligge efter K17-forslaget/);
		expect(await counts()).toEqual(before);
		expect((await getPlan(t.db, p.id))!.chains[0].sg!.date).toBe(chain.sg!.date);
	});
});

describe('proposalBelongsToPlan', () => {
	it('tells the plan\'s own proposals from another plan\'s', async () => {
		const a = await plan('2035-10-10');
		const b = await plan('2035-12-05');
		expect(await proposalBelongsToPlan(t.db, a.id, a.chains[0].sg!.id)).toBe(true);
		expect(await proposalBelongsToPlan(t.db, b.id, a.chains[0].sg!.id)).toBe(false);
	});
});

describe('acceptAll', () => {
	it('accepts every pending proposal in one transaction: one failure creates nothing and is reported by proposal', async () => {
		const p = await plan('2035-09-19\n2035-11-27');
		const [first, second] = p.chains;
		expect((await rejectProposal(t.db, actor, second.kkr!.id, NOW)).ok).toBe(true);
		// A K17 meeting already on the second chain's K17 day: that proposal cannot be created.
		const clash = await createMeeting(
			t.db,
			actor,
			{
				bodyId: k17,
				date: second.k17!.date,
				startTime: null,
				endTime: null,
				place: '',
				virtualUrl: null,
				isVirtual: false,
				status: 'planned',
				isPublic: true,
				note: ''
			},
			NOW
		);
		expect(clash.ok).toBe(true);

		const before = await counts();
		const failed = await acceptAll(t.db, actor, p.id, NOW);
		expect(failed).toMatchObject({ ok: false, status: 409 });
		if (!failed.ok) {
			expect(Object.keys(failed.errors)).toEqual([proposalFieldId(second.k17!.id, 'date')]);
			expect(failed.errors[proposalFieldId(second.k17!.id, 'date')]).toMatch(/^K17-forslaget til fredag /);
		}
		expect(await counts()).toEqual(before);
		expect((await getPlan(t.db, p.id))!.pending).toBe(5);

		// Without the clash every pending proposal becomes a meeting; the rejected one does not.
		if (clash.ok) await t.db.delete(meetings).where(eq(meetings.id, clash.id));
		const done = await acceptAll(t.db, actor, p.id, NOW);
		expect(done).toEqual({ ok: true, value: { accepted: 5 } });
		const after = (await getPlan(t.db, p.id))!;
		expect(after.pending).toBe(0);
		const ids = [first.sg, first.k17, first.kkr, second.sg, second.k17].map((x) => x!.id);
		const rows = await t.db
			.select({ id: calendarProposals.id, meetingId: calendarProposals.meetingId, status: calendarProposals.status })
			.from(calendarProposals)
			.where(inArray(calendarProposals.id, ids));
		expect(rows.every((r) => r.status === 'accepted' && r.meetingId !== null)).toBe(true);
		const [kkrRow] = await t.db
			.select({ meetingId: calendarProposals.meetingId })
			.from(calendarProposals)
			.where(and(eq(calendarProposals.id, second.kkr!.id)));
		expect(kkrRow.meetingId).toBeNull();

		expect(await acceptAll(t.db, actor, p.id, NOW)).toMatchObject({ ok: false, status: 409 });
		expect(await acceptAll(t.db, actor, 987_654, NOW)).toMatchObject({ ok: false, status: 404 });
	});

	it('lists plans newest first with their counts', async () => {
		const plans = await listPlans(t.db);
		expect(plans.length).toBeGreaterThan(3);
		const [newest] = plans;
		expect(newest.counts.accepted).toBe(5);
		expect(newest.counts.rejected).toBe(1);
		expect(newest.createdBy).toBe('Sofie Sekretær');
	});
});
