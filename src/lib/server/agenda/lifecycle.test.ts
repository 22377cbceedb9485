// The life of an agenda from draft to published, against the real database and a real co-editing server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asc, eq, inArray } from 'drizzle-orm';
import { createTestDb, type TestDb } from '../db/test-db';
import {
	agendaDocuments,
	agendaItems,
	agendaVersions,
	decisionOffers,
	decisions,
	followUpActions,
	meetings,
	offers
} from '../db/schema';
import type { CollabServer } from '../collab/server';
import { linkKey, orderedItems, text } from '$lib/collab/agenda/model';
import { addAction, addDecision, addItem } from '$lib/collab/agenda/ops';
import { decisionsOf } from '$lib/collab/agenda/model';
import { meetingDocumentAccess, meetingDocumentName } from './document';
import {
	approveMinutes,
	availableTransitions,
	markHeld,
	publishMinutes,
	reopenMinutes,
	sameAgenda,
	sendVersion
} from './lifecycle';
import { createMeeting, meetingsOf, testCollab, userId } from './test-setup';
import { viewer } from '../meetings/test-fixtures';
import { getMeetingForViewer } from '../meetings/meeting-page';

let t: TestDb;
let collab: CollabServer;
let staff: number;
let meetingId: number;
let offerId: number;

beforeAll(async () => {
	t = await createTestDb({ seeded: true });
	collab = testCollab(t.db);
	staff = await userId(t.db, 'sekretariat@rammeaftale.example');
	meetingId = await createMeeting(t.db, 'styregruppen', '2031-03-07');
	[{ id: offerId }] = await t.db.select({ id: offers.id }).from(offers).where(eq(offers.slug, 'kildebo'));
});

afterAll(async () => {
	await collab.close();
	await t.close();
});

const name = () => meetingDocumentName(meetingId);

async function state() {
	const [doc] = await t.db.select().from(agendaDocuments).where(eq(agendaDocuments.meetingId, meetingId));
	const [meeting] = await t.db.select({ status: meetings.status }).from(meetings).where(eq(meetings.id, meetingId));
	const versions = await t.db
		.select({ number: agendaVersions.number })
		.from(agendaVersions)
		.where(eq(agendaVersions.meetingId, meetingId));
	const items = await t.db.select({ id: agendaItems.id }).from(agendaItems).where(eq(agendaItems.meetingId, meetingId));
	const decs = items.length
		? await t.db.select({ id: decisions.id }).from(decisions).where(inArray(decisions.agendaItemId, items.map((i) => i.id)))
		: [];
	return { phase: doc?.phase ?? null, status: meeting.status, versions: versions.length, items: items.length, decisions: decs.length };
}

describe('the life of an agenda', () => {
	it('refuses steps out of order before anything is sent, writing nothing', async () => {
		const before = await state();
		expect(before).toMatchObject({ phase: null, status: 'planned', versions: 0, items: 0 });
		const steps = [
			() => markHeld(t.db, meetingId, staff),
			() => approveMinutes(t.db, meetingId, staff),
			() => publishMinutes(t.db, collab, meetingId, staff)
		];
		for (const step of steps) {
			const result = await step();
			expect(result).toMatchObject({ ok: false, status: 409 });
			if (!result.ok) expect(result.message).toContain('Kladde');
		}
		const reopen = await reopenMinutes(t.db, collab, meetingId, staff);
		expect(reopen.ok).toBe(false);
		expect(await state()).toEqual({ ...before, phase: 'draft' });
	});

	it('sends numbered versions, refuses an unchanged one, and writes the agenda rows', async () => {
		const first = await sendVersion(t.db, collab, meetingId, staff);
		expect(first).toEqual({ ok: true, value: { number: 1 } });
		expect(await state()).toMatchObject({ phase: 'sent', status: 'agenda_published', versions: 1, items: 4 });

		const again = await sendVersion(t.db, collab, meetingId, staff);
		expect(again).toMatchObject({ ok: false, status: 409 });
		if (!again.ok) expect(again.message).toBe('Dagsordenen er ikke ændret siden version 1, så der er ingen ny version at sende.');
		expect((await state()).versions).toBe(1);

		await collab.change(name(), (doc) => addItem(doc, { title: 'Økonomi', kind: 'decision', fields: { indstilling: 'at styregruppen godkender' } }, 2));
		expect(await sendVersion(t.db, collab, meetingId, staff)).toEqual({ ok: true, value: { number: 2 } });
		const versions = await t.db
			.select()
			.from(agendaVersions)
			.where(eq(agendaVersions.meetingId, meetingId))
			.orderBy(asc(agendaVersions.number));
		expect(versions.map((v) => [v.number, v.sentBy, v.content.items.length])).toEqual([
			[1, staff, 4],
			[2, staff, 5]
		]);
		expect(sameAgenda(versions[0].content, versions[1].content)).toBe(false);
		expect(await state()).toMatchObject({ phase: 'sent', items: 5 });
		expect(availableTransitions('sent')).toEqual(['send', 'markHeld']);
	});

	it('takes the minutes through approval to publication, then the document is read-only until reopened', async () => {
		expect(await approveMinutes(t.db, meetingId, staff)).toMatchObject({ ok: false, status: 409 });
		expect(await markHeld(t.db, meetingId, staff)).toEqual({ ok: true, value: undefined });
		expect(await state()).toMatchObject({ phase: 'minutes', status: 'held' });
		expect(await sendVersion(t.db, collab, meetingId, staff)).toMatchObject({ ok: false, status: 409 });

		await collab.change(name(), (doc) => {
			const economy = orderedItems(doc).find((o) => text(o.item, 'title').toString() === 'Økonomi')!;
			text(economy.item, 'droftelse').insert(0, 'Styregruppen drøftede budgettet.');
			addDecision(doc, economy.id, {
				kind: 'approved',
				text: 'Styregruppen godkendte budgettet.',
				links: { [linkKey('offer', offerId)]: 'Budget for Kildebo' }
			});
			addAction(doc, decisionsOf(economy.item).get(0), { what: 'Sekretariatet sender budgettet', owner: 'Sekretariatet', dueOn: '2023-12-01' });
		});
		expect(await approveMinutes(t.db, meetingId, staff)).toEqual({ ok: true, value: undefined });

		// A link to something that does not exist: refused, nothing written.
		let bogus = '';
		await collab.change(name(), (doc) => {
			const economy = orderedItems(doc).find((o) => text(o.item, 'title').toString() === 'Økonomi')!;
			bogus = addDecision(doc, economy.id, { kind: 'noted', text: 'Fejl', links: { [linkKey('offer', 2_000_000)]: '' } })!;
		});
		const refused = await publishMinutes(t.db, collab, meetingId, staff);
		expect(refused).toMatchObject({ ok: false, status: 400 });
		expect(await state()).toMatchObject({ phase: 'minutes_approved', status: 'held', decisions: 0 });
		await collab.change(name(), (doc) => {
			const economy = orderedItems(doc).find((o) => text(o.item, 'title').toString() === 'Økonomi')!;
			const list = decisionsOf(economy.item);
			list.delete(list.toArray().findIndex((d) => d.get('id') === bogus), 1);
		});

		const staffUser = viewer('secretariat');
		expect(await meetingDocumentAccess(t.db, staffUser, meetingId)).toBe('write');
		expect(await publishMinutes(t.db, collab, meetingId, staff)).toEqual({ ok: true, value: undefined });
		expect(await state()).toMatchObject({ phase: 'published', status: 'minutes_published', decisions: 1 });
		expect(await meetingDocumentAccess(t.db, staffUser, meetingId)).toBe('read');

		const [item] = await t.db.select().from(agendaItems).where(eq(agendaItems.title, 'Økonomi'));
		expect(item).toMatchObject({ droftelse: 'Styregruppen drøftede budgettet.', beslutning: '- Styregruppen godkendte budgettet.' });
		const [decision] = await t.db.select().from(decisions).where(eq(decisions.agendaItemId, item.id));
		expect(decision).toMatchObject({ kind: 'approved', text: 'Styregruppen godkendte budgettet.' });
		expect(await t.db.select().from(decisionOffers).where(eq(decisionOffers.decisionId, decision.id))).toEqual([
			{ decisionId: decision.id, offerId, note: 'Budget for Kildebo', addedInProduct: false }
		]);
		expect(await t.db.select({ what: followUpActions.what, owner: followUpActions.owner, dueOn: followUpActions.dueOn, status: followUpActions.status }).from(followUpActions).where(eq(followUpActions.decisionId, decision.id))).toEqual([
			{ what: 'Sekretariatet sender budgettet', owner: 'Sekretariatet', dueOn: '2023-12-01', status: 'open' }
		]);
		// The portal reads the rows: the public sees the decision.
		const page = await getMeetingForViewer(t.db, meetingId, null);
		expect(page!.items.find((i) => i.title === 'Økonomi')).toMatchObject({ decisions: [{ text: 'Styregruppen godkendte budgettet.' }] });

		expect(await publishMinutes(t.db, collab, meetingId, staff)).toMatchObject({ ok: false, status: 409 });
		expect(await reopenMinutes(t.db, collab, meetingId, staff)).toEqual({ ok: true, value: undefined });
		expect(await meetingDocumentAccess(t.db, staffUser, meetingId)).toBe('write');
		expect(await state()).toMatchObject({ phase: 'minutes_approved', status: 'minutes_published' });

		// A correction republished keeps the decision's row.
		await collab.change(name(), (doc) => {
			const economy = orderedItems(doc).find((o) => text(o.item, 'title').toString() === 'Økonomi')!;
			(decisionsOf(economy.item).get(0).get('text') as import('yjs').Text).insert(0, 'Rettet: ');
		});
		expect(await publishMinutes(t.db, collab, meetingId, staff)).toEqual({ ok: true, value: undefined });
		const [corrected] = await t.db.select().from(decisions).where(eq(decisions.agendaItemId, item.id));
		expect(corrected).toMatchObject({ id: decision.id, text: 'Rettet: Styregruppen godkendte budgettet.' });
	});

	it('moves a past meeting\'s status only forward', async () => {
		const sg = await meetingsOf(t.db, 'styregruppen');
		const held = sg.filter((m) => m.status === 'held').at(-1)!;
		expect(await sendVersion(t.db, collab, held.id, staff)).toEqual({ ok: true, value: { number: 1 } });
		const [row] = await t.db.select({ status: meetings.status }).from(meetings).where(eq(meetings.id, held.id));
		expect(row.status).toBe('held');
	});

	it('answers 404 for a meeting that does not exist', async () => {
		expect(await sendVersion(t.db, collab, 2_000_000_000, staff)).toMatchObject({ ok: false, status: 404 });
		expect(await markHeld(t.db, 2_000_000_000, staff)).toMatchObject({ ok: false, status: 404 });
	});
});
