import { afterAll, beforeAll, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDb, type TestDb } from '../db/test-db';
import { users } from '../db/schema';
import { cancelMeeting, createMeeting, updateMeeting, type MeetingInput } from './manage';
import { meetingHistoryView } from './history-view';
import { bodyId } from './test-fixtures';

let t: TestDb;
let actor: { id: number; name: string };
let input: MeetingInput;
const NOW = new Date('2031-01-15T12:00:00Z');

beforeAll(async () => {
	t = await createTestDb({ seeded: true });
	const [u] = await t.db
		.select({ id: users.id, name: users.name })
		.from(users)
		.where(eq(users.email, 'sekretariat@rammeaftale.example'));
	actor = u;
	input = {
		bodyId: await bodyId(t.db, 'styregruppen'),
		date: '2032-08-13',
		startTime: '09:00',
		endTime: '12:00',
		place: 'Roskilde',
		virtualUrl: null,
		isVirtual: false,
		status: 'planned',
		isPublic: true,
		note: ''
	};
});
afterAll(() => t.close());

it('tells the changes in words, oldest first, and names who only for staff', async () => {
	const created = await createMeeting(t.db, actor, input, NOW);
	if (!created.ok) throw new Error('not created');
	const id = created.id;
	await updateMeeting(t.db, actor, id, { ...input, place: 'Næstved' }, NOW);
	await updateMeeting(t.db, actor, id, { ...input, place: 'Næstved', date: '2032-08-20', startTime: '10:00' }, NOW);
	await updateMeeting(t.db, actor, id, { ...input, place: 'Næstved', date: '2032-08-27', startTime: null, endTime: null }, NOW);
	await cancelMeeting(t.db, actor, id, 'For få punkter', NOW);

	const staff = await meetingHistoryView(t.db, id, { showNames: true, locale: 'da' });
	expect(staff.map((c) => c.lines)).toEqual([
		['Mødet blev oprettet.'],
		['Sted: Roskilde → Næstved'],
		['Flyttet fra fredag 13. august 2032 kl. 9.00–12.00 til fredag 20. august 2032 kl. 10.00–12.00'],
		['Flyttet fra fredag 20. august 2032 kl. 10.00–12.00 til fredag 27. august 2032'],
		['Mødet blev aflyst.', 'Bemærkning: (tom) → For få punkter']
	]);
	expect(staff.every((c) => c.who === actor.name)).toBe(true);

	const publicView = await meetingHistoryView(t.db, id, { showNames: false, locale: 'da' });
	expect(publicView.every((c) => c.who === 'Sekretariatet')).toBe(true);
	expect(JSON.stringify(publicView)).not.toContain(actor.name);
});

it('has nothing to tell about a meeting nobody changed', async () => {
	expect(await meetingHistoryView(t.db, 999_999, { showNames: true, locale: 'da' })).toEqual([]);
});
