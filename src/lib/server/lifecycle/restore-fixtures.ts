// For backup.test.ts only: a co-edited agenda stored the way the co-editing server stores it, and what the portal's
// pages show, so the restored cluster can be compared with the original through the same code.
import * as Y from 'yjs';
import type { Db } from '../db/types';
import { UpdateStore, docFromStored } from '../collab/persistence';
import { meetingDocumentName, seedMeetingDocument } from '../agenda/document';
import { orderedItems, text, TEXT_FIELDS, type TextField } from '$lib/collab/agenda/model';
import { getMeetingForViewer } from '../meetings/meeting-page';
import { filterOptions, parseFilters, registerPage } from '../decisions/register';
import { parseSearch } from '../search/params';
import { searchPortal } from '../search/search';

/** The agenda as readers see it: items in order with their numbers and every text field. */
export function agendaJson(doc: Y.Doc): ({ number: string } & Record<TextField, string>)[] {
	return orderedItems(doc).map(({ number, item }) => ({
		number,
		...(Object.fromEntries(TEXT_FIELDS.map((field) => [field, text(item, field).toString()])) as Record<TextField, string>)
	}));
}

/**
 * Seeds the meeting's document and lets two editors edit it concurrently, each storing its own updates through the
 * UpdateStore (group commit), with a compaction halfway so the restore must bring back a snapshot and later rows.
 * Returns the document's name and the content both editors converged on.
 */
export async function coEditAgenda(db: Db, meetingId: number) {
	const store = new UpdateStore(db);
	const name = meetingDocumentName(meetingId);
	await store.seedIfEmpty(name, () => seedMeetingDocument(db, meetingId));
	const editors = [docFromStored(await store.load(name)), docFromStored(await store.load(name))];
	const stored: Promise<void>[] = [];
	// Each editor's updates reach the other only at the end of a round, so the edits within a round are concurrent.
	const outboxes: Uint8Array[][] = [[], []];
	editors.forEach((doc, i) =>
		doc.on('update', (update: Uint8Array, origin: unknown) => {
			if (origin === 'remote') return;
			stored.push(store.append(name, update));
			outboxes[i].push(update);
		})
	);
	const items = orderedItems(editors[0]);
	if (items.length < 2) throw new Error(`meeting ${meetingId} has too few agenda items to co-edit`);
	for (let round = 0; round < 20; round++) {
		if (round === 10) {
			await Promise.all(stored);
			await store.compact(name);
		}
		const [a, b] = [orderedItems(editors[0]), orderedItems(editors[1])];
		// Both edit the same item's discussion and each its own title, in the same round.
		text(a[1].item, 'droftelse').insert(0, `A${round} `);
		text(b[1].item, 'droftelse').insert(text(b[1].item, 'droftelse').length, ` B${round}`);
		if (round === 0) text(a[0].item, 'title').insert(0, 'Redigeret: ');
		text(b[items.length - 1].item, 'sagsfremstilling').insert(0, `æøå ${round} `);
		editors.forEach((doc, i) => {
			for (const update of outboxes[1 - i].splice(0)) Y.applyUpdate(doc, update, 'remote');
		});
	}
	await Promise.all(stored);
	await store.flushed();
	const expected = agendaJson(editors[0]);
	if (JSON.stringify(agendaJson(editors[1])) !== JSON.stringify(expected)) throw new Error('the two editors did not converge');
	for (const doc of editors) doc.destroy();
	return { name, expected };
}

/** The agenda as the co-editing server would load it from `db`. */
export async function loadAgenda(db: Db, name: string) {
	const doc = docFromStored(await new UpdateStore(db).load(name));
	const json = agendaJson(doc);
	doc.destroy();
	return json;
}

/** What the public portal's meeting page, decisions register and search return for a few fixed addresses. */
export async function portalSnapshot(db: Db, meetingId: number) {
	const now = new Date('2026-01-01T12:00:00Z');
	const options = await filterOptions(db);
	const register = async (query: string) => {
		const parsed = parseFilters(new URLSearchParams(query), options);
		if (!parsed.ok) throw new Error(parsed.message);
		return registerPage(db, null, parsed.filters, options);
	};
	const search = async (query: string) => {
		const parsed = parseSearch(new URLSearchParams(query));
		if (!parsed.ok) throw new Error(parsed.message);
		return searchPortal(db, null, parsed.params);
	};
	return {
		meeting: await getMeetingForViewer(db, meetingId, null, now),
		options,
		register: [await register(''), await register('organ=styregruppen&side=2'), await register('q=takst'), await register('type=postponed')],
		search: [await search('q=takst'), await search('q=tilbud&sortering=dato'), await search('q=styregruppe&type=beslutning')]
	};
}
