// The editor page's load: meeting, phase, link options and the standard frame, against the seeded database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../db/test-db';
import { agendaDocuments } from '../db/schema';
import { LINK_TYPES } from '$lib/collab/agenda/model';
import { editorPage } from './editor';
import { meetingsOf } from './test-setup';
import { sgMeeting } from '../meetings/test-fixtures';

let t: TestDb;

beforeAll(async () => {
	t = await createTestDb({ seeded: true });
});

afterAll(async () => {
	await t.close();
});

describe('editorPage', () => {
	it('is null for a meeting that does not exist', async () => {
		expect(await editorPage(t.db, 2_000_000_000)).toBeNull();
	});

	it('gives the meeting, its phase, every link type with options, the cases and the standard frame', async () => {
		const { id } = await sgMeeting(t.db);
		const page = await editorPage(t.db, id);
		expect(page).not.toBeNull();
		expect(page!.meeting.id).toBe(id);
		expect(page!.meeting.body.slug).toBe('styregruppen');
		// No document yet, but its minutes are published: read-only from the first connection, as seeding makes it.
		expect(page!.phase).toBe('published');
		for (const type of LINK_TYPES) {
			expect(page!.links[type].length, type).toBeGreaterThan(0);
			for (const option of page!.links[type]) {
				expect(Number.isSafeInteger(option.id)).toBe(true);
				expect(option.label.trim()).not.toBe('');
			}
		}
		expect(page!.links.municipality.map((o) => o.label)).toContain('Køge');
		expect(page!.cases.length).toBeGreaterThan(0);
		expect(page!.frame.map((f) => f.title)).toEqual([
			'Præsentation af nye medlemmer',
			'Godkendelse af dagsorden',
			'Evt.',
			'Næste møde'
		]);
	});

	it('dates the frame\'s "next meeting" by the body\'s next meeting in the calendar, and reads the phase', async () => {
		const sg = await meetingsOf(t.db, 'styregruppen');
		const [first, second] = sg;
		const planned = sg.findLast((meeting) => meeting.status !== 'minutes_published')!;
		expect((await editorPage(t.db, planned.id))!.phase).toBe('draft');
		await t.db.insert(agendaDocuments).values({ meetingId: first.id, phase: 'minutes' }).onConflictDoNothing();
		const page = await editorPage(t.db, first.id);
		expect(page!.phase).toBe('minutes');
		const next = page!.frame.find((f) => f.title === 'Næste møde');
		const year = String(second.startsAt.getFullYear());
		expect(next?.fields?.beslutningstema).toContain(year);
		expect(next?.fields?.beslutningstema).not.toContain('endnu ikke fastsat');
	});
});
