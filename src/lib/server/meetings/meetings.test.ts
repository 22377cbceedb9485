import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../db/test-db';
import { getFrontPage, listCalendarMeetings, listMeetings } from './meetings';
import { plantHiddenAndPlannedMeetings, sgMeeting, viewer } from './test-fixtures';

let t: TestDb;
let sg: { id: number; bodyId: number };
let hiddenId: number;
let plannedId: number;

beforeAll(async () => {
	t = await createTestDb({ seeded: true });
	sg = await sgMeeting(t.db);
	({ hiddenId, plannedId } = await plantHiddenAndPlannedMeetings(t.db, sg.bodyId));
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

	it('shows staff and members every meeting', async () => {
		for (const who of [viewer('secretariat'), viewer('admin'), viewer('member', [sg.bodyId])]) {
			const ids = (await listMeetings(t.db, who)).meetings.map((m) => m.id);
			expect(ids).toEqual(expect.arrayContaining([sg.id, hiddenId, plannedId]));
		}
		const contact = (await listMeetings(t.db, viewer('municipal_contact'))).meetings.map((m) => m.id);
		expect(contact).not.toContain(hiddenId);
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
});

describe('getFrontPage', () => {
	it('lists the next SG/K17/KKR meetings and the latest published minutes', async () => {
		const page = await getFrontPage(t.db, null, new Date('2022-08-01T00:00:00Z'));
		expect(page.upcoming[0]).toMatchObject({ id: sg.id, body: { slug: 'styregruppen' } });
		expect(page.upcoming.map((m) => m.body.slug)).toEqual(['styregruppen', 'k17', 'kkr-sjaelland', 'styregruppen', 'k17', 'kkr-sjaelland']);
		expect(page.latestMinutes.map((m) => m.id)).toContain(sg.id);
		expect(page.latestMinutes.map((m) => m.id)).not.toContain(hiddenId);
	});
});
