// Send on: from a steering-group item to the next K17 meeting's agenda document, and the case's path.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asc, eq } from 'drizzle-orm';
import { createTestDb, type TestDb } from '../db/test-db';
import { bodies, caseSteps, cases } from '../db/schema';
import type { CollabServer } from '../collab/server';
import { toPlain } from '$lib/collab/agenda/plain';
import { addDecision, addItem } from '$lib/collab/agenda/ops';
import { meetingDocumentName } from './document';
import { sendVersion } from './lifecycle';
import { sendOn, sendOnProposals } from './send-on';
import { caseView } from './case-view';
import { createMeeting, testCollab, userId } from './test-setup';

let t: TestDb;
let collab: CollabServer;
let staff: number;
let sg: number;
let k17: number;
let k17Later: number;
let kkr: number;

beforeAll(async () => {
	t = await createTestDb({ seeded: true });
	collab = testCollab(t.db);
	staff = await userId(t.db, 'sekretariat@rammeaftale.example');
	sg = await createMeeting(t.db, 'styregruppen', '2031-08-08');
	k17 = await createMeeting(t.db, 'k17', '2031-08-22');
	k17Later = await createMeeting(t.db, 'k17', '2031-10-31');
	kkr = await createMeeting(t.db, 'kkr-sjaelland', '2031-09-03');
});

afterAll(async () => {
	await collab.close();
	await t.close();
});

async function steps(caseId: number) {
	return t.db
		.select({ body: bodies.slug, meetingId: caseSteps.meetingId, status: caseSteps.status, agendaItemId: caseSteps.agendaItemId, position: caseSteps.position })
		.from(caseSteps)
		.innerJoin(bodies, eq(bodies.id, caseSteps.bodyId))
		.where(eq(caseSteps.caseId, caseId))
		.orderBy(asc(caseSteps.position));
}

describe('send on', () => {
	let itemId = '';

	it('proposes the next K17 meeting for a decision item of the steering group', async () => {
		await collab.change(meetingDocumentName(sg), (doc) => {
			itemId = addItem(
				doc,
				{
					title: 'Rammeaftale 2033-34',
					kind: 'decision',
					fields: { beslutningstema: 'Styregruppen skal anbefale rammeaftalen.', indstilling: 'at styregruppen anbefaler' }
				},
				2
			);
			addDecision(doc, itemId, { kind: 'recommended', text: 'Styregruppen anbefalede rammeaftalen og videresendte den til K17.' });
		});
		await sendVersion(t.db, collab, sg, staff);
		const proposals = await sendOnProposals(t.db, collab, sg);
		const proposal = proposals.find((p) => p.itemId === itemId)!;
		expect(proposal).toMatchObject({ caseId: null, target: { slug: 'k17' }, proposedMeetingId: k17 });
		expect(proposal.meetings.map((m) => m.id)).toEqual([k17, k17Later]);
		// Formal items are not sent on.
		expect(proposals.map((p) => p.itemId)).toEqual([itemId]);
	});

	it('creates the case, inserts a draft item into the K17 document and writes the steps', async () => {
		const refused = await sendOn(t.db, collab, { meetingId: sg, itemId, targetMeetingId: kkr });
		expect(refused).toMatchObject({ ok: false, status: 400 });

		const result = await sendOn(t.db, collab, { meetingId: sg, itemId, targetMeetingId: k17 });
		if (!result.ok) throw new Error(result.message);
		const { caseId, caseSlug, targetItemId } = result.value;
		expect(caseSlug).toBe('rammeaftale-2033-34');

		const k17Agenda = await collab.read(meetingDocumentName(k17), toPlain);
		const titles = k17Agenda.items.map((i) => i.title);
		// Inserted before "Evt." of the K17 standard frame.
		expect(titles.indexOf('Rammeaftale 2033-34')).toBe(titles.indexOf('Evt.') - 1);
		expect(k17Agenda.items.find((i) => i.id === targetItemId)).toMatchObject({
			title: 'Rammeaftale 2033-34',
			kind: 'decision',
			caseId,
			beslutningstema: 'Styregruppen skal anbefale rammeaftalen.',
			indstilling: '- Styregruppen anbefalede rammeaftalen og videresendte den til K17.'
		});
		// The source item now carries the case.
		const sgAgenda = await collab.read(meetingDocumentName(sg), toPlain);
		expect(sgAgenda.items.find((i) => i.id === itemId)?.caseId).toBe(caseId);

		expect(await steps(caseId)).toMatchObject([
			{ body: 'styregruppen', meetingId: sg, status: 'decided', position: 0 },
			{ body: 'k17', meetingId: k17, status: 'on_agenda', agendaItemId: null, position: 1 }
		]);
		expect((await steps(caseId))[0].agendaItemId).not.toBeNull();

		// Sending the K17 agenda links the step to its item row.
		await sendVersion(t.db, collab, k17, staff);
		expect((await steps(caseId))[1].agendaItemId).not.toBeNull();

		// Sending the same item to the same meeting again is refused.
		expect(await sendOn(t.db, collab, { meetingId: sg, itemId, targetMeetingId: k17 })).toMatchObject({ ok: false, status: 409 });

		// From K17 the case goes on to KKR.
		const fromK17 = await sendOnProposals(t.db, collab, k17);
		expect(fromK17.find((p) => p.itemId === targetItemId)).toMatchObject({ caseId, target: { slug: 'kkr-sjaelland' }, proposedMeetingId: kkr });
		const onward = await sendOn(t.db, collab, { meetingId: k17, itemId: targetItemId, targetMeetingId: kkr });
		expect(onward.ok).toBe(true);
		expect((await steps(caseId)).map((s) => [s.body, s.status])).toEqual([
			['styregruppen', 'decided'],
			['k17', 'decided'],
			['kkr-sjaelland', 'on_agenda']
		]);

		const view = await caseView(t.db, caseSlug, null);
		expect(view?.title).toBe('Rammeaftale 2033-34');
		expect(view?.done.map((s) => s.body.slug)).toEqual(['styregruppen', 'k17']);
		expect(view?.ahead.map((s) => s.body.slug)).toEqual(['kkr-sjaelland']);
		expect(view?.done[0].item).toMatchObject({ title: 'Rammeaftale 2033-34', restricted: false });
	});

	it('follows the seeded case\'s own planned steps and shows the public its decided step with decisions', async () => {
		const [seeded] = await t.db.select().from(cases).where(eq(cases.slug, 'rammeaftale-2023-24'));
		const view = await caseView(t.db, 'rammeaftale-2023-24', null);
		expect(view?.deadline).toBe('2022-12-01');
		expect(view?.agreementPeriod).toBe('2023-24');
		expect(view?.done).toHaveLength(1);
		expect(view?.done[0]).toMatchObject({ body: { slug: 'styregruppen' }, item: { number: '2' } });
		expect(view?.done[0].decisions.length).toBeGreaterThan(0);
		expect(view?.ahead.map((s) => s.body.slug)).toEqual(['k17', 'kkr-sjaelland', 'kommunalbestyrelserne', 'regionsraadet']);
		expect(seeded).toBeDefined();
		expect(await caseView(t.db, 'no-such-case', null)).toBeNull();
	});
});
