// Tests of the meeting page (meeting-page.ts): what each viewer gets of a meeting with a closed item.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDb, type TestDb } from '../db/test-db';
import { meetings } from '../db/schema';
import { getMeetingForViewer } from './meeting-page';
import { CLOSED_TITLE, bodyId, plantClosedItem, plantHiddenAndPlannedMeetings, sgMeeting, viewer } from './test-fixtures';

let t: TestDb;
let sg: { id: number; bodyId: number };
let hiddenId: number;
let plannedId: number;
const marker = `LUKKET-${crypto.randomUUID()}`;

beforeAll(async () => {
	t = await createTestDb({ seeded: true });
	sg = await sgMeeting(t.db);
	await plantClosedItem(t.db, sg.id, marker);
	({ hiddenId, plannedId } = await plantHiddenAndPlannedMeetings(t.db, sg.bodyId));
});

afterAll(async () => {
	await t?.close();
});

describe('getMeetingForViewer', () => {
	it('returns the 12/8-2022 agenda in order: items 0-7 with 6A-6C', async () => {
		const meeting = await getMeetingForViewer(t.db, sg.id, viewer('secretariat'));
		expect(meeting?.body.slug).toBe('styregruppen');
		expect(meeting?.items.map((i) => i.number)).toEqual(['0', '1', '2', '3', '4', '5', '6A', '6B', '6C', '7', '99']);
	});

	it('gives item 2 its texts and decisions, with links to what they affect', async () => {
		const meeting = await getMeetingForViewer(t.db, sg.id, null);
		const item2 = meeting?.items.find((i) => i.number === '2');
		expect(item2?.restricted).toBe(false);
		if (!item2 || item2.restricted) throw new Error('item 2 missing');
		expect(item2.title).toMatch(/Rammeaftale 2023-24/i);
		expect(item2.decisions.map((d) => d.kind)).toContain('recommended');
		expect(item2.decisions.flatMap((d) => d.tariffRules.map((r) => r.slug))).toContain('takstanbefaling');
		const item7 = meeting?.items.find((i) => i.number === '7');
		if (!item7 || item7.restricted) throw new Error('item 7 missing');
		const closing = item7.decisions.flatMap((d) => d.offers.map((o) => o.slug));
		expect(closing).toContain('slagelse-tilbud-udviklingshaemmede-59-pladser');
		expect(item7.decisions.flatMap((d) => d.actions).length).toBeGreaterThan(0);
	});

	it('sends an anonymous visitor only the number and title of a closed item, nothing of its content', async () => {
		const meeting = await getMeetingForViewer(t.db, sg.id, null);
		const closed = meeting?.items.find((i) => i.number === '99');
		expect(closed).toEqual({ restricted: true, id: expect.any(Number), number: '99', title: CLOSED_TITLE });
		expect(JSON.stringify(meeting)).not.toContain(marker);
	});

	it('hides the closed item from a municipal contact, a network lead and a member of another body', async () => {
		const k17 = await bodyId(t.db, 'k17');
		for (const who of [viewer('municipal_contact'), viewer('network_lead'), viewer('member', [k17])]) {
			const meeting = await getMeetingForViewer(t.db, sg.id, who);
			expect(meeting?.items.find((i) => i.number === '99')?.restricted).toBe(true);
			expect(JSON.stringify(meeting)).not.toContain(marker);
		}
	});

	it('shows the closed item in full to the secretariat, an admin and a member of the steering group', async () => {
		for (const who of [viewer('secretariat'), viewer('admin'), viewer('member', [sg.bodyId])]) {
			const meeting = await getMeetingForViewer(t.db, sg.id, who);
			const closed = meeting?.items.find((i) => i.number === '99');
			if (!closed || closed.restricted) throw new Error('closed item not readable');
			expect(closed.isClosed).toBe(true);
			expect(closed.beslutning).toContain(marker);
			expect(closed.decisions[0].text).toContain(marker);
			expect(closed.decisions[0].offers[0].slug).toBe('kildebo');
			expect(closed.decisions[0].actions[0].what).toContain(marker);
			expect(closed.attachments[0].title).toContain(marker);
		}
	});

	it('returns null for unknown ids and for meetings an anonymous visitor may not open', async () => {
		expect(await getMeetingForViewer(t.db, 0, null)).toBeNull();
		expect(await getMeetingForViewer(t.db, 2_000_000_000, null)).toBeNull();
		// Beyond the integer column's range: no row, not a database error.
		expect(await getMeetingForViewer(t.db, 2_147_483_648, null)).toBeNull();
		expect(await getMeetingForViewer(t.db, Number.MAX_SAFE_INTEGER, viewer('secretariat'))).toBeNull();
		expect(await getMeetingForViewer(t.db, hiddenId, null)).toBeNull();
		expect(await getMeetingForViewer(t.db, plannedId, null)).toBeNull();
	});

	it('opens a non-public meeting to members of its body only, not to members of another body', async () => {
		// The hidden meeting is K17's: a steering-group member may not open it, a K17 member may.
		const k17 = await bodyId(t.db, 'k17');
		expect(await getMeetingForViewer(t.db, hiddenId, viewer('member', [sg.bodyId]))).toBeNull();
		expect(await getMeetingForViewer(t.db, hiddenId, viewer('network_lead', [sg.bodyId]))).toBeNull();
		expect(await getMeetingForViewer(t.db, hiddenId, viewer('member', [k17]))).not.toBeNull();
		expect(await getMeetingForViewer(t.db, plannedId, viewer('member', [sg.bodyId]))).not.toBeNull();
		expect(await getMeetingForViewer(t.db, plannedId, viewer('member', [k17]))).toBeNull();
		expect(await getMeetingForViewer(t.db, hiddenId, viewer('secretariat'))).not.toBeNull();
	});

	it('keeps the link to a virtual meeting from anonymous visitors', async () => {
		await t.db.update(meetings).set({ virtualUrl: 'https://teams.example/mode' }).where(eq(meetings.id, sg.id));
		expect((await getMeetingForViewer(t.db, sg.id, null))?.virtualUrl).toBeNull();
		expect((await getMeetingForViewer(t.db, sg.id, viewer('member', [sg.bodyId])))?.virtualUrl).toBe(
			'https://teams.example/mode'
		);
		expect((await getMeetingForViewer(t.db, sg.id, viewer('member', [await bodyId(t.db, 'k17')])))?.virtualUrl).toBeNull();
	});
});
