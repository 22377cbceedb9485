// The word-level diff between two sent versions, and what a member reads of them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { toPlain, type PlainAgenda } from '$lib/collab/agenda/plain';
import { itemsOf, orderedItems, text } from '$lib/collab/agenda/model';
import { addItem, appendItems, deleteItem, moveItem } from '$lib/collab/agenda/ops';
import { diffAgendas, wordSpans } from './diff';
import { forReader, openSentAgenda } from './versions';
import { createTestDb, type TestDb } from '../db/test-db';
import type { CollabServer } from '../collab/server';
import { sendVersion } from './lifecycle';
import { meetingDocumentName } from './document';
import { bodyId, viewer } from '../meetings/test-fixtures';
import { createMeeting, testCollab, userId } from './test-setup';

function agenda(build: (doc: Y.Doc) => void): { doc: Y.Doc; plain: () => PlainAgenda } {
	const doc = new Y.Doc();
	build(doc);
	return { doc, plain: () => toPlain(doc) };
}

describe('diffAgendas', () => {
	it('reports added, removed and moved items and changed fields word by word', () => {
		const a = agenda((doc) =>
			appendItems(doc, [
				{ title: 'Godkendelse af dagsorden', kind: 'formal' },
				{ title: 'Økonomi', kind: 'decision', fields: { indstilling: 'at styregruppen godkender budgettet' } },
				{ title: 'Takster', kind: 'decision' },
				{ title: 'Evt.' }
			])
		);
		const v1 = a.plain();
		const byTitle = (title: string) => orderedItems(a.doc).find((o) => text(o.item, 'title').toString() === title)!;
		const economy = byTitle('Økonomi');
		text(economy.item, 'indstilling').delete(0, 'at styregruppen godkender'.length);
		text(economy.item, 'indstilling').insert(0, 'at styregruppen drøfter');
		moveItem(a.doc, byTitle('Takster').id, 0);
		deleteItem(a.doc, byTitle('Evt.').id);
		addItem(a.doc, { title: 'Næste møde', kind: 'orientation' });
		const v2 = a.plain();

		const changes = diffAgendas(v1, v2);
		expect(changes.map((c) => [c.title, c.change, c.moved, c.number, c.previousNumber])).toEqual([
			['Takster', 'changed', true, '0', '2'],
			['Økonomi', 'changed', false, '2', '1'],
			['Næste møde', 'added', false, '3', null],
			['Evt.', 'removed', false, '3', null]
		]);
		const indstilling = changes[1].fields.find((f) => f.field === 'indstilling')!;
		expect(indstilling.spans.filter((s) => s.kind !== 'same')).toEqual([
			{ kind: 'del', text: 'godkender' },
			{ kind: 'ins', text: 'drøfter' }
		]);
		expect(indstilling.spans.map((s) => s.text).join('')).toContain('budgettet');
		expect(changes[2].fields.map((f) => f.field)).toEqual(['title', 'kind']);
		// "Godkendelse af dagsorden" moved down a place only because Takster moved: not reported.
		expect(changes.some((c) => c.title === 'Godkendelse af dagsorden')).toBe(false);
	});

	it('finds nothing between equal agendas', () => {
		const a = agenda((doc) => appendItems(doc, [{ title: 'A' }, { title: 'B' }]));
		expect(diffAgendas(a.plain(), a.plain())).toEqual([]);
	});

	it('splits words, keeping spaces in the kept parts', () => {
		expect(wordSpans('at godkende planen', 'at godkende den nye plan')).toEqual([
			{ kind: 'same', text: 'at godkende ' },
			{ kind: 'del', text: 'planen' },
			{ kind: 'ins', text: 'den nye plan' }
		]);
	});

	it('shows a reader without access only that a closed item changed, never its content', () => {
		const a = agenda((doc) =>
			appendItems(doc, [{ title: 'Personsag', closed: true, closedReason: 'Personoplysninger', fields: { sagsfremstilling: 'CPR 010101' } }])
		);
		const v1 = a.plain();
		text(orderedItems(a.doc)[0].item, 'sagsfremstilling').insert(0, 'Borgeren X ');
		const v2 = a.plain();
		const stripped = diffAgendas(forReader(v1, false), forReader(v2, false));
		expect(stripped).toEqual([]);
		expect(JSON.stringify(forReader(v2, false))).not.toMatch(/CPR|Borgeren|Personoplysninger/);
		expect(diffAgendas(forReader(v1, true), forReader(v2, true))).toHaveLength(1);
	});
});

describe('openSentAgenda', () => {
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

	it('shows a member the latest version and what changed since the version they last opened', async () => {
		const meetingId = await createMeeting(t.db, 'styregruppen', '2031-05-09');
		const staff = await userId(t.db, 'sekretariat@rammeaftale.example');
		const sg = await bodyId(t.db, 'styregruppen');
		const member = { ...viewer('member', [sg]), id: await userId(t.db, 'medlem@rammeaftale.example') };
		const name = meetingDocumentName(meetingId);
		await collab.change(name, (doc) => {
			addItem(doc, { title: 'Økonomi', kind: 'decision', fields: { indstilling: 'at budgettet godkendes' } }, 2);
			addItem(doc, { title: 'Personsag', closed: true, fields: { baggrund: 'Fortroligt indhold' } }, 3);
		});
		expect(await openSentAgenda(t.db, meetingId, member)).toBeNull();
		await sendVersion(t.db, collab, meetingId, staff);

		const first = await openSentAgenda(t.db, meetingId, member);
		expect(first).toMatchObject({ version: { number: 1 }, lastRead: null, changes: null, mayReadClosed: true });

		await collab.change(name, (doc) => {
			const economy = [...itemsOf(doc).values()].find((i) => text(i, 'title').toString() === 'Økonomi')!;
			text(economy, 'indstilling').insert('at budgettet'.length, ' for 2032');
		});
		await sendVersion(t.db, collab, meetingId, staff);
		await collab.change(name, (doc) => addItem(doc, { title: 'Takster' }, 2));
		await sendVersion(t.db, collab, meetingId, staff);

		const third = await openSentAgenda(t.db, meetingId, member);
		expect(third?.version.number).toBe(3);
		expect(third?.lastRead).toBe(1);
		expect(third?.changes?.map((c) => [c.title, c.change])).toEqual([
			['Takster', 'added'],
			['Økonomi', 'changed']
		]);
		// Opened now: next time nothing is new.
		expect(await openSentAgenda(t.db, meetingId, member)).toMatchObject({ lastRead: null, changes: null });

		// A member of another body may not read closed items: the closed item is number and title only.
		const other = { ...viewer('member', [await bodyId(t.db, 'k17')]), id: staff };
		const stripped = await openSentAgenda(t.db, meetingId, other);
		expect(stripped?.mayReadClosed).toBe(false);
		expect(JSON.stringify(stripped)).not.toContain('Fortroligt indhold');
		expect(stripped?.version.agenda.items.find((i) => i.title === 'Personsag')).toMatchObject({ closed: true, baggrund: '' });
	});
});
