// What the meeting page is given of what the seeds know: decisions in the minutes' order, actions' status as the
// minutes leave it, and what a meeting without an agenda in the portal says. (Decisions once: item-fields.test.ts.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { createTestDb, type TestDb } from '../db/test-db';
import { meetings } from '../db/schema';
import { copenhagen } from '../db/seed/data/calendar';
import { getMeetingForViewer, type FullItem } from './meeting-page';
import { bodyId, sgMeeting, viewer } from './test-fixtures';

let t: TestDb;
let sg: { id: number; bodyId: number };

beforeAll(async () => {
	t = await createTestDb({ seeded: true });
	sg = await sgMeeting(t.db);
});

afterAll(async () => {
	await t?.close();
});

async function meetingOn(slug: string, date: string): Promise<number> {
	const body = await bodyId(t.db, slug);
	const [row] = await t.db
		.select({ id: meetings.id })
		.from(meetings)
		.where(and(eq(meetings.bodyId, body), sql`(${meetings.startsAt} at time zone 'Europe/Copenhagen')::date = ${date}`));
	if (!row) throw new Error(`no meeting of ${slug} on ${date}`);
	return row.id;
}

const fullItems = (items: { restricted: boolean }[]) => items.filter((i): i is FullItem => !i.restricted);

describe('decisions on the meeting page', () => {
	it('keeps the minutes’ order and wording', async () => {
		const meeting = await getMeetingForViewer(t.db, sg.id, null);
		const item2 = fullItems(meeting?.items ?? []).find((i) => i.number === '2');
		expect(item2?.decisions.map((d) => d.text.slice(0, 40))).toEqual([
			'Styregruppen tog orienteringen til efter',
			'Styregruppen besluttede at anbefale og v',
			'Jf. punkt 3 drøftes den videre proces og',
			'Kommunernes tilbagemeldinger ift. behov '
		]);
	});

	it('shows the status of the 2022 follow-up actions as unknown, not open', async () => {
		const meeting = await getMeetingForViewer(t.db, sg.id, null);
		const actions = fullItems(meeting?.items ?? []).flatMap((i) => i.decisions.flatMap((d) => d.actions));
		expect(actions.length).toBeGreaterThanOrEqual(6);
		expect(actions.every((a) => a.status === 'unknown')).toBe(true);
	});
});

describe('a meeting without an agenda in the portal', () => {
	it('says for a held meeting that agenda and minutes are not in the portal, and links the minutes it is known from', async () => {
		const id = await meetingOn('k17', '2022-11-04');
		const meeting = await getMeetingForViewer(t.db, id, null);
		expect(meeting?.items).toEqual([]);
		expect(meeting?.noAgenda).toBe('not_in_portal');
		expect(meeting?.source).toEqual({
			title: 'Dagsorden og referat, styregruppemøde i Rammeaftale Sjælland 12/8-2022',
			url: null,
			meetingId: sg.id
		});
	});

	it('says "not ready yet" only for a meeting still ahead', async () => {
		const id = await meetingOn('styregruppen', '2023-01-06');
		const before = await getMeetingForViewer(t.db, id, viewer('secretariat'), copenhagen('2023-01-05', 12));
		expect(before?.noAgenda).toBe('not_ready');
		const sameMorning = await getMeetingForViewer(t.db, id, viewer('secretariat'), copenhagen('2023-01-06', 8));
		expect(sameMorning?.noAgenda).toBe('not_ready');
		const after = await getMeetingForViewer(t.db, id, viewer('secretariat'), copenhagen('2023-01-06', 13));
		expect(after?.noAgenda).toBe('not_in_portal');
	});

	it('has no such note for a meeting with items', async () => {
		const meeting = await getMeetingForViewer(t.db, sg.id, null);
		expect(meeting?.noAgenda).toBeNull();
	});
});
