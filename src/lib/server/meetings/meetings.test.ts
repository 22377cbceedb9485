import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../db/test-db';
import { meetings } from '../db/schema';
import { copenhagen } from '../db/seed/data/calendar';
import { getFrontPage, listCalendarMeetings, listMeetings } from './meetings';
import { bodyId, plantHiddenAndPlannedMeetings, sgMeeting, viewer } from './test-fixtures';

let t: TestDb;
let sg: { id: number; bodyId: number };
let hiddenId: number;
let plannedId: number;
let k17: number;
let group: number;
let groupMeetingId: number;

beforeAll(async () => {
	t = await createTestDb({ seeded: true });
	sg = await sgMeeting(t.db);
	({ hiddenId, plannedId } = await plantHiddenAndPlannedMeetings(t.db, sg.bodyId));
	k17 = await bodyId(t.db, 'k17');
	group = await bodyId(t.db, 'boern-og-unge');
	[{ id: groupMeetingId }] = await t.db
		.insert(meetings)
		.values({ bodyId: group, startsAt: copenhagen('2031-02-03', 13), status: 'agenda_published', isPublic: false })
		.returning({ id: meetings.id });
});

afterAll(async () => {
	await t?.close();
});

describe('listMeetings', () => {
	it('shows anonymous visitors only public meetings with a published agenda or minutes', async () => {
		const { meetings: list } = await listMeetings(t.db, null);
		const ids = list.map((m) => m.id);
		expect(ids).toContain(sg.id);
		expect(ids).not.toContain(hiddenId);
		expect(ids).not.toContain(plannedId);
		expect(list.every((m) => m.canOpen)).toBe(true);
	});

	it('shows staff every meeting', async () => {
		for (const who of [viewer('secretariat'), viewer('admin')]) {
			const ids = (await listMeetings(t.db, who)).meetings.map((m) => m.id);
			expect(ids).toEqual(expect.arrayContaining([sg.id, hiddenId, plannedId, groupMeetingId]));
		}
		const contact = (await listMeetings(t.db, viewer('municipal_contact'))).meetings.map((m) => m.id);
		expect(contact).not.toContain(hiddenId);
		expect(contact).not.toContain(groupMeetingId);
	});

	it('shows a member the unpublished meetings of their own bodies only', async () => {
		const sgMember = await listMeetings(t.db, viewer('member', [sg.bodyId]));
		const sgIds = sgMember.meetings.map((m) => m.id);
		expect(sgIds).toEqual(expect.arrayContaining([sg.id, plannedId]));
		expect(sgIds).not.toContain(hiddenId);
		expect(sgIds).not.toContain(groupMeetingId);
		expect(sgMember.meetings.every((m) => m.canOpen)).toBe(true);
		const k17Ids = (await listMeetings(t.db, viewer('member', [k17]))).meetings.map((m) => m.id);
		expect(k17Ids).toContain(hiddenId);
		expect(k17Ids).not.toContain(plannedId);
	});

	it('shows a network-group lead their group’s unpublished meetings, and no other body’s', async () => {
		const lead = await listMeetings(t.db, viewer('network_lead', [group]));
		const ids = lead.meetings.map((m) => m.id);
		expect(ids).toContain(groupMeetingId);
		expect(ids).not.toContain(hiddenId);
		expect(ids).not.toContain(plannedId);
		expect(lead.bodies.map((b) => b.slug)).toContain('boern-og-unge');
		expect((await listMeetings(t.db, viewer('member', [sg.bodyId]))).bodies.map((b) => b.slug)).not.toContain(
			'boern-og-unge'
		);
	});

	it('filters by body slug, newest first', async () => {
		const result = await listMeetings(t.db, null, { bodySlug: 'k17' });
		expect(result.selectedBody?.slug).toBe('k17');
		expect(result.meetings.length).toBe(7);
		expect(result.meetings.every((m) => m.body.slug === 'k17')).toBe(true);
		const times = result.meetings.map((m) => m.startsAt.getTime());
		expect(times).toEqual([...times].sort((a, b) => b - a));
		expect(result.bodies.map((b) => b.slug)).toEqual(expect.arrayContaining(['styregruppen', 'k17', 'kkr-sjaelland']));
	});

	it('returns nothing for an unknown body', async () => {
		const result = await listMeetings(t.db, null, { bodySlug: 'findes-ikke' });
		expect(result).toMatchObject({ meetings: [], selectedBody: null });
	});
});

describe('listCalendarMeetings', () => {
	it('lists public planned meetings by date for everyone, without a link for anonymous visitors', async () => {
		const list = await listCalendarMeetings(t.db, null, { bodySlugs: ['styregruppen'] });
		const planned = list.find((m) => m.id === plannedId);
		expect(planned).toMatchObject({ status: 'planned', canOpen: false });
		expect(list.map((m) => m.id)).not.toContain(hiddenId);
	});

	it('lists a body’s non-public meetings to its members, linked, and to nobody else', async () => {
		const asK17 = await listCalendarMeetings(t.db, viewer('member', [k17]), { bodySlugs: ['k17'] });
		expect(asK17.find((m) => m.id === hiddenId)).toMatchObject({ canOpen: true });
		const asSg = await listCalendarMeetings(t.db, viewer('member', [sg.bodyId]), { bodySlugs: ['k17', 'styregruppen'] });
		expect(asSg.map((m) => m.id)).not.toContain(hiddenId);
		expect(asSg.find((m) => m.id === plannedId)).toMatchObject({ canOpen: true });
		const asK17Sg = await listCalendarMeetings(t.db, viewer('member', [k17]), { bodySlugs: ['styregruppen'] });
		expect(asK17Sg.find((m) => m.id === plannedId)).toMatchObject({ canOpen: false });
	});
});

describe('getFrontPage', () => {
	it('lists the next SG/K17/KKR meetings and the latest published minutes', async () => {
		const page = await getFrontPage(t.db, null, new Date('2022-08-01T00:00:00Z'));
		expect(page.upcoming[0]).toMatchObject({ id: sg.id, body: { slug: 'styregruppen' } });
		expect(page.upcoming.map((m) => m.body.slug)).toEqual(['styregruppen', 'k17', 'kkr-sjaelland', 'styregruppen', 'k17', 'kkr-sjaelland']);
		expect(page.latestMinutes.map((m) => m.id)).toContain(sg.id);
		expect(page.latestMinutes.map((m) => m.id)).not.toContain(hiddenId);
	});

	it('shows a member the latest minutes of their own non-public meetings only', async () => {
		const now = new Date('2024-03-01T00:00:00Z');
		expect((await getFrontPage(t.db, viewer('member', [sg.bodyId]), now)).latestMinutes.map((m) => m.id)).not.toContain(
			hiddenId
		);
		expect((await getFrontPage(t.db, viewer('member', [k17]), now)).latestMinutes.map((m) => m.id)).toContain(hiddenId);
	});
});
