import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { eq, sql } from 'drizzle-orm';
import { createTestDb, type TestDb } from '../db/test-db';
import { agendaItems, calendarFeedTokens, meetings, users } from '../db/schema';
import { copenhagen } from '../db/seed/data/calendar';
import { bodyId, sgMeeting } from '../meetings/test-fixtures';
import { allPublicFeed, bodyPublicFeed, personalFeed } from './feeds';
import { createFeedToken, feedTokenCreatedAt, revokeFeedToken, userForFeedToken } from './feed-tokens';
import { cancelMeeting, createMeeting, updateMeeting, type MeetingInput } from '../meetings/manage';

const ORIGIN = 'https://rammeaftale.example';
const NOW = new Date('2031-01-10T12:00:00Z');

let t: TestDb;
let hiddenSg: number;
let hiddenK17: number;
let plannedSg: number;
let cancelledSg: number;
let memberId: number;
let leadId: number;
let secretariatId: number;

const userId = async (email: string) => {
	const [row] = await t.db.select({ id: users.id }).from(users).where(eq(users.email, email));
	return row.id;
};

function uids(ics: string): string[] {
	const calendar = new ICAL.Component(ICAL.parse(ics));
	return calendar.getAllSubcomponents('vevent').map((e) => String(e.getFirstPropertyValue('uid')));
}
const uid = (id: number) => `meeting-${id}@rammeaftale-sjaelland`;

beforeAll(async () => {
	t = await createTestDb({ seeded: true });
	const [sg, k17] = await Promise.all([bodyId(t.db, 'styregruppen'), bodyId(t.db, 'k17')]);
	const rows = await t.db
		.insert(meetings)
		.values([
			{
				bodyId: sg,
				startsAt: copenhagen('2031-03-07', 9),
				endsAt: copenhagen('2031-03-07', 12),
				isPublic: false,
				isVirtual: true,
				virtualUrl: 'https://teams.example/sg-lukket',
				status: 'agenda_published'
			},
			{ bodyId: k17, startsAt: copenhagen('2031-03-14', 9), isPublic: false, status: 'planned' },
			{ bodyId: sg, startsAt: copenhagen('2031-04-04', 9), endsAt: copenhagen('2031-04-04', 12), status: 'planned' },
			{ bodyId: sg, startsAt: copenhagen('2031-05-02', 9), status: 'cancelled', sequence: 2 }
		])
		.returning({ id: meetings.id });
	[hiddenSg, hiddenK17, plannedSg, cancelledSg] = rows.map((r) => r.id);
	memberId = await userId('medlem@rammeaftale.example');
	leadId = await userId('tovholder@rammeaftale.example');
	secretariatId = await userId('sekretariat@rammeaftale.example');
});

afterAll(async () => {
	await t?.close();
});

describe('public feeds', () => {
	it('/kalender.ics holds every public meeting, whatever its status, and no non-public one', async () => {
		const { ics, fileName } = await allPublicFeed(t.db, { origin: ORIGIN, now: NOW });
		expect(fileName).toBe('rammeaftale-sjaelland.ics');
		const ids = uids(ics);
		const seeded = await sgMeeting(t.db);
		expect(ids).toContain(uid(seeded.id));
		expect(ids).toContain(uid(plannedSg));
		expect(ids).toContain(uid(cancelledSg));
		expect(ids).not.toContain(uid(hiddenSg));
		expect(ids).not.toContain(uid(hiddenK17));
		expect(ics).not.toContain('teams.example');
		const [{ count }] = await t.db
			.select({ count: sql<number>`count(*)::int` })
			.from(meetings)
			.where(eq(meetings.isPublic, true));
		expect(ids.filter((id) => id.startsWith('meeting-'))).toHaveLength(count);
	});

	it('shows the seeded SG meeting of 12/8-2022 at 9.00 Copenhagen time, and nothing of its agenda', async () => {
		const seeded = await sgMeeting(t.db);
		const { ics } = await allPublicFeed(t.db, { origin: ORIGIN, now: NOW });
		expect(ics).toContain('DTSTART;TZID=Europe/Copenhagen:20220812T090000\r\n');
		const titles = await t.db
			.select({ title: agendaItems.title })
			.from(agendaItems)
			.where(eq(agendaItems.meetingId, seeded.id));
		expect(titles.length).toBeGreaterThan(3);
		const unfolded = ics.replace(/\r\n[ \t]/g, '');
		for (const { title } of titles) expect(unfolded).not.toContain(title);
	});

	it('/kalender/<slug>.ics holds that body’s public meetings only; an unknown body is null', async () => {
		const feed = await bodyPublicFeed(t.db, 'styregruppen', { origin: ORIGIN, now: NOW });
		expect(feed?.fileName).toBe('styregruppen.ics');
		const ids = uids(feed?.ics ?? '');
		expect(ids).toContain(uid(plannedSg));
		expect(ids).not.toContain(uid(hiddenSg));
		const k17 = await bodyPublicFeed(t.db, 'k17', { origin: ORIGIN, now: NOW });
		expect(uids(k17?.ics ?? '')).not.toContain(uid(plannedSg));
		expect(uids(k17?.ics ?? '')).not.toContain(uid(hiddenK17));
		expect(await bodyPublicFeed(t.db, 'findes-ikke', { origin: ORIGIN, now: NOW })).toBeNull();
	});
});

describe('a meeting the secretariat changes', () => {
	it('keeps its UID in the feed, with SEQUENCE raised on every change, and ends as STATUS:CANCELLED', async () => {
		const actor = { id: secretariatId };
		const input: MeetingInput = {
			bodyId: await bodyId(t.db, 'styregruppen'),
			date: '2033-08-12',
			startTime: '09:00',
			endTime: '12:00',
			place: 'Roskilde',
			virtualUrl: null,
			isVirtual: false,
			status: 'planned',
			isPublic: true,
			note: ''
		};
		const created = await createMeeting(t.db, actor, input, NOW);
		if (!created.ok) throw new Error('not created');
		const event = async () => {
			const { ics } = await allPublicFeed(t.db, { origin: ORIGIN, now: NOW });
			const vevent = new ICAL.Component(ICAL.parse(ics))
				.getAllSubcomponents('vevent')
				.find((e) => e.getFirstPropertyValue('uid') === uid(created.id));
			if (!vevent) throw new Error('not in the feed');
			return {
				sequence: vevent.getFirstPropertyValue('sequence'),
				status: vevent.getFirstPropertyValue('status'),
				start: vevent.getFirstProperty('dtstart')?.toICALString()
			};
		};
		expect(await event()).toEqual({
			sequence: 0,
			status: 'TENTATIVE',
			start: 'DTSTART;TZID=Europe/Copenhagen:20330812T090000'
		});
		const moved = await updateMeeting(t.db, actor, created.id, { ...input, date: '2033-08-19', startTime: '10:00' }, NOW);
		expect(moved.ok).toBe(true);
		expect(await event()).toEqual({
			sequence: 1,
			status: 'TENTATIVE',
			start: 'DTSTART;TZID=Europe/Copenhagen:20330819T100000'
		});
		expect((await cancelMeeting(t.db, actor, created.id, 'For få punkter', NOW)).ok).toBe(true);
		expect(await event()).toMatchObject({ sequence: 2, status: 'CANCELLED' });
	});
});

describe('personal feeds', () => {
	it('a member gets the non-public meetings of their own body (with the virtual link), not of other bodies', async () => {
		const token = await createFeedToken(t.db, memberId);
		const feed = await personalFeed(t.db, token, { origin: ORIGIN, now: NOW });
		const ids = uids(feed?.ics ?? '');
		expect(ids).toContain(uid(hiddenSg));
		expect(ids).toContain(uid(plannedSg));
		expect(ids).not.toContain(uid(hiddenK17));
		expect(feed?.ics).toContain('teams.example/sg-lukket');
		// The member sits in Styregruppen only: no K17 meeting at all.
		const k17 = await bodyPublicFeed(t.db, 'k17', { origin: ORIGIN, now: NOW });
		for (const id of uids(k17?.ics ?? '')) expect(ids).not.toContain(id);
	});

	it('another member (a network group’s lead) does not get the steering group’s non-public meeting', async () => {
		const token = await createFeedToken(t.db, leadId);
		const ids = uids((await personalFeed(t.db, token, { origin: ORIGIN, now: NOW }))?.ics ?? '');
		expect(ids).not.toContain(uid(hiddenSg));
		expect(ids).not.toContain(uid(plannedSg));
	});

	it('the secretariat gets every meeting', async () => {
		const token = await createFeedToken(t.db, secretariatId);
		const ids = uids((await personalFeed(t.db, token, { origin: ORIGIN, now: NOW }))?.ics ?? '');
		expect(ids).toEqual(expect.arrayContaining([hiddenSg, hiddenK17, plannedSg, cancelledSg].map(uid)));
	});
});

describe('feed tokens', () => {
	it('stores only a hash: the token is 52 base32 characters and appears nowhere in the table', async () => {
		const token = await createFeedToken(t.db, memberId);
		expect(token).toMatch(/^[a-z2-7]{52}$/);
		const [row] = await t.db.select().from(calendarFeedTokens).where(eq(calendarFeedTokens.userId, memberId));
		expect(row.tokenHash).toHaveLength(32);
		expect(Buffer.from(row.tokenHash).toString('utf8')).not.toContain(token);
		expect(Buffer.from(row.tokenHash).toString('hex')).not.toContain(token);
		expect(await feedTokenCreatedAt(t.db, memberId)).toBeInstanceOf(Date);
	});

	it('regenerating makes the old token unknown; revoking makes the new one unknown', async () => {
		const old = await createFeedToken(t.db, memberId);
		expect((await userForFeedToken(t.db, old))?.id).toBe(memberId);
		const fresh = await createFeedToken(t.db, memberId);
		expect(fresh).not.toBe(old);
		expect(await userForFeedToken(t.db, old)).toBeNull();
		expect(await personalFeed(t.db, old, { origin: ORIGIN })).toBeNull();
		const user = await userForFeedToken(t.db, fresh);
		expect(user).toMatchObject({ id: memberId, role: 'member' });
		expect(user?.bodyIds).toEqual([await bodyId(t.db, 'styregruppen')]);
		expect(await revokeFeedToken(t.db, memberId)).toBe(true);
		expect(await userForFeedToken(t.db, fresh)).toBeNull();
		expect(await feedTokenCreatedAt(t.db, memberId)).toBeNull();
		expect(await revokeFeedToken(t.db, memberId)).toBe(false);
	});

	it('a malformed token is null without a query; a disabled user’s token is null', async () => {
		for (const bad of ['', 'abc', 'A'.repeat(52), `${'a'.repeat(51)}1`, `${'a'.repeat(52)}.ics`, "'; drop table users; --"]) {
			expect(await userForFeedToken(t.db, bad)).toBeNull();
		}
		const token = await createFeedToken(t.db, leadId);
		expect(await userForFeedToken(t.db, token)).not.toBeNull();
		await t.db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, leadId));
		expect(await userForFeedToken(t.db, token)).toBeNull();
		expect(await personalFeed(t.db, token, { origin: ORIGIN })).toBeNull();
		await t.db.update(users).set({ disabledAt: null }).where(eq(users.id, leadId));
	});
});
