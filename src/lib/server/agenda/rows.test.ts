// Writing the relational rows from an agenda document, against the real database and a real co-editing server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asc, eq, inArray, isNotNull } from 'drizzle-orm';
import { createTestDb, type TestDb } from '../db/test-db';
import {
	agendaItems,
	attachments,
	decisionFocusAreas,
	decisionMunicipalities,
	decisionNetworkGroups,
	decisionOffers,
	decisionTariffRules,
	decisions,
	followUpActions,
	offerHistory,
	offers,
	tariffRuleVersions
} from '../db/schema';
import type { CollabServer } from '../collab/server';
import { toPlain } from '$lib/collab/agenda/plain';
import { itemsOf, linkKey, orderedItems, text } from '$lib/collab/agenda/model';
import { addDecision, addItem, deleteItem, moveItem } from '$lib/collab/agenda/ops';
import { meetingDocumentName } from './document';
import { AgendaRowsError, decisionsMarkdown, writeAgendaRows } from './rows';
import { meetingsOf, testCollab } from './test-setup';
import { sgMeeting } from '../meetings/test-fixtures';
import { getMeetingForViewer } from '../meetings/meeting-page';

let t: TestDb;
let collab: CollabServer;

beforeAll(async () => {
	t = await createTestDb({ seeded: true });
	collab = testCollab(t.db);
});

afterAll(async () => {
	await collab.close();
	await t.close();
});

const plainOf = (meetingId: number) => collab.read(meetingDocumentName(meetingId), toPlain);
const write = (meetingId: number, minutes: boolean) =>
	plainOf(meetingId).then((plain) => t.db.transaction((tx) => writeAgendaRows(tx, meetingId, plain, { minutes })));

/** Everything the minutes' rows say about a meeting, by row id, for before/after comparisons. */
async function snapshot(meetingId: number) {
	const items = await t.db
		.select({ id: agendaItems.id, number: agendaItems.number, title: agendaItems.title, closed: agendaItems.isClosed })
		.from(agendaItems)
		.where(eq(agendaItems.meetingId, meetingId))
		.orderBy(asc(agendaItems.position));
	const itemIds = items.map((i) => i.id);
	const decs = await t.db
		.select({ id: decisions.id, item: decisions.agendaItemId, kind: decisions.kind, text: decisions.text })
		.from(decisions)
		.where(inArray(decisions.agendaItemId, itemIds))
		.orderBy(asc(decisions.id));
	const ids = decs.map((d) => d.id);
	const links = [
		...(await t.db.select().from(decisionOffers).where(inArray(decisionOffers.decisionId, ids))).map((l) => `o${l.decisionId}:${l.offerId}:${l.note}`),
		...(await t.db.select().from(decisionTariffRules).where(inArray(decisionTariffRules.decisionId, ids))).map((l) => `t${l.decisionId}:${l.tariffRuleId}:${l.note}`),
		...(await t.db.select().from(decisionFocusAreas).where(inArray(decisionFocusAreas.decisionId, ids))).map((l) => `f${l.decisionId}:${l.focusAreaId}:${l.note}`),
		...(await t.db.select().from(decisionNetworkGroups).where(inArray(decisionNetworkGroups.decisionId, ids))).map((l) => `n${l.decisionId}:${l.networkGroupId}:${l.note}`),
		...(await t.db.select().from(decisionMunicipalities).where(inArray(decisionMunicipalities.decisionId, ids))).map((l) => `m${l.decisionId}:${l.municipalityId}:${l.note}`)
	].sort();
	const actions = await t.db
		.select({ id: followUpActions.id, decision: followUpActions.decisionId, what: followUpActions.what, status: followUpActions.status })
		.from(followUpActions)
		.where(inArray(followUpActions.decisionId, ids))
		.orderBy(asc(followUpActions.id));
	const atts = await t.db
		.select({ item: attachments.agendaItemId, title: attachments.title })
		.from(attachments)
		.where(inArray(attachments.agendaItemId, itemIds))
		.orderBy(asc(attachments.agendaItemId), asc(attachments.position));
	return { items, decs, links, actions, atts };
}

describe('the seeded meeting of 12/8-2022, written back from its document', () => {
	it('keeps its items, decision ids, links and follow-up actions', async () => {
		const { id } = await sgMeeting(t.db);
		const before = await snapshot(id);
		expect(before.decs.length).toBeGreaterThan(5);
		expect(before.links.length).toBeGreaterThan(3);
		expect(before.actions.length).toBeGreaterThan(0);

		await write(id, true);
		const after = await snapshot(id);
		expect(after.items).toEqual(before.items);
		// Same decision rows (ids), so offers' history and tariff rule versions still point to them.
		for (const d of before.decs) expect(after.decs.map((a) => a.id)).toContain(d.id);
		expect(after.decs.filter((d) => before.decs.some((b) => b.id === d.id)).map((d) => d.text)).toEqual(
			before.decs.map((d) => d.text)
		);
		expect(after.links).toEqual(before.links);
		expect(after.actions).toEqual(before.actions);
		expect(after.atts).toEqual(before.atts);
		// Every item and decision now knows its place in the document.
		const withDoc = await t.db.select({ id: agendaItems.id }).from(agendaItems).where(isNotNull(agendaItems.docId));
		expect(withDoc.length).toBeGreaterThanOrEqual(before.items.length);

		// Writing again changes nothing.
		await write(id, true);
		expect(await snapshot(id)).toEqual(after);
	});

	it('refuses to drop a decision an offer or a tariff rule cites, and writes nothing', async () => {
		const { id } = await sgMeeting(t.db);
		const [cited] = [
			...(await t.db.select({ id: offerHistory.decisionId }).from(offerHistory).where(isNotNull(offerHistory.decisionId))),
			...(await t.db.select({ id: tariffRuleVersions.decisionId }).from(tariffRuleVersions).where(isNotNull(tariffRuleVersions.decisionId)))
		];
		expect(cited).toBeDefined();
		const [row] = await t.db
			.select({ item: decisions.agendaItemId })
			.from(decisions)
			.where(eq(decisions.id, cited.id!));
		const before = await snapshot(id);
		const plain = await plainOf(id);
		const without = { items: plain.items.filter((i) => i.rowId !== row.item) };
		await expect(t.db.transaction((tx) => writeAgendaRows(tx, id, without, { minutes: true }))).rejects.toBeInstanceOf(
			AgendaRowsError
		);
		expect(await snapshot(id)).toEqual(before);
	});

	it('writes a closed item with its decision, which reaches the public by number and title only', async () => {
		const { id } = await sgMeeting(t.db);
		const marker = 'HEMMELIG-7f3a';
		const [kildebo] = await t.db.select({ id: offers.id }).from(offers).where(eq(offers.slug, 'kildebo'));
		await collab.change(meetingDocumentName(id), (doc) => {
			const itemId = addItem(doc, {
				title: 'Personsag',
				kind: 'decision',
				closed: true,
				closedReason: `Personoplysninger ${marker}`,
				fields: { beslutningstema: `Tema ${marker}`, droftelse: `Drøftet ${marker}` },
				links: { [linkKey('offer', kildebo.id)]: `Note ${marker}` }
			});
			addDecision(doc, itemId, { kind: 'approved', text: `Besluttet ${marker}` });
		});
		await write(id, true);
		const [row] = await t.db.select().from(agendaItems).where(eq(agendaItems.title, 'Personsag'));
		expect(row).toMatchObject({ isClosed: true, number: '8', beslutning: `- Besluttet ${marker}` });
		const [decision] = await t.db.select().from(decisions).where(eq(decisions.agendaItemId, row.id));
		// The item's link applies to its decision.
		expect(await t.db.select().from(decisionOffers).where(eq(decisionOffers.decisionId, decision.id))).toEqual([
			// From the minutes, not added in the product: republishing may rewrite it.
			{ decisionId: decision.id, offerId: kildebo.id, note: `Note ${marker}`, addedInProduct: false }
		]);

		const page = await getMeetingForViewer(t.db, id, null);
		const item = page!.items.find((i) => i.number === '8');
		expect(item).toEqual({ restricted: true, id: row.id, number: '8', title: 'Personsag' });
		expect(JSON.stringify(page)).not.toContain(marker);
	});
});

describe('renumbering a draft agenda', () => {
	it('moves, deletes and adds items under the unique number and position keys', async () => {
		const sg = await meetingsOf(t.db, 'styregruppen');
		const meetingId = sg[sg.length - 2].id;
		const name = meetingDocumentName(meetingId);
		let economy = '';
		await collab.change(name, (doc) => {
			economy = addItem(doc, { title: 'Økonomi', kind: 'decision', attachments: [{ title: 'Bilag 1', url: null }] }, 2);
			addItem(doc, { title: 'Orientering A', kind: 'orientation', sub: true }, 3);
			addItem(doc, { title: 'Orientering B', kind: 'orientation', sub: true }, 4);
		});
		await write(meetingId, false);
		const first = await snapshot(meetingId);
		expect(first.items.map((i) => `${i.number} ${i.title}`)).toEqual([
			'0 Præsentation af nye medlemmer',
			'1 Godkendelse af dagsorden',
			'2 Økonomi',
			'3A Orientering A',
			'3B Orientering B',
			'4 Evt.',
			'5 Næste møde'
		]);
		expect(first.atts).toEqual([{ item: first.items[2].id, title: 'Bilag 1' }]);
		const economyRow = first.items[2].id;

		// Move Økonomi after the orientation items, delete "Præsentation", add an item first.
		await collab.change(name, (doc) => {
			moveItem(doc, economy, 4);
			const presentation = orderedItems(doc).find((o) => text(o.item, 'title').toString().startsWith('Præsentation'))!;
			deleteItem(doc, presentation.id);
			addItem(doc, { title: 'Velkomst' }, 0);
		});
		await write(meetingId, false);
		const second = await snapshot(meetingId);
		expect(second.items.map((i) => `${i.number} ${i.title}`)).toEqual([
			'0 Velkomst',
			'1 Godkendelse af dagsorden',
			'2A Orientering A',
			'2B Orientering B',
			'3 Økonomi',
			'4 Evt.',
			'5 Næste møde'
		]);
		// The same row, renumbered; the deleted item's row is gone.
		expect(second.items.find((i) => i.title === 'Økonomi')!.id).toBe(economyRow);
		expect(second.items.some((i) => i.title.startsWith('Præsentation'))).toBe(false);
		expect(second.atts).toEqual([{ item: economyRow, title: 'Bilag 1' }]);
		expect(await collab.read(name, (doc) => itemsOf(doc).size)).toBe(7);
	});
});

describe('decisionsMarkdown', () => {
	it('is the decision bullets as a Markdown list', () => {
		expect(decisionsMarkdown([{ text: 'Godkendt.' }, { text: 'Linje 1\nLinje 2' }, { text: ' ' }])).toBe(
			'- Godkendt.\n- Linje 1\n  Linje 2'
		);
	});
});
