// Every change to an agenda document goes through these functions, in the browser and on the server alike, so
// both write the same shape. Each runs in one Yjs transaction.
import * as Y from 'yjs';
import { generateKeyBetween, generateNKeysBetween } from 'fractional-indexing';
import {
	itemsOf,
	orderedItems,
	position,
	TEXT_FIELDS,
	type DecisionKind,
	type ItemKind,
	type ItemMap,
	type TextField,
	decisionsOf,
	attachmentsOf,
	linksOf
} from './model';

export function newId(): string {
	const bytes = new Uint8Array(9);
	crypto.getRandomValues(bytes);
	return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export interface NewItem {
	title?: string;
	kind?: ItemKind;
	sub?: boolean;
	closed?: boolean;
	closedReason?: string;
	caseId?: number | null;
	/** Markdown for the other text fields. */
	fields?: Partial<Record<TextField, string>>;
	links?: Record<string, string>;
	attachments?: { title: string; url: string | null }[];
	decisions?: NewDecision[];
	/** The relational agenda item this document item was written from (the seeded meeting). */
	rowId?: number | null;
}

export interface NewDecision {
	id?: string;
	kind: DecisionKind;
	text: string;
	links?: Record<string, string>;
	actions?: NewAction[];
	rowId?: number | null;
}

export interface NewAction {
	id?: string;
	what: string;
	owner: string;
	dueOn: string | null;
}

function ytext(value = '') {
	const t = new Y.Text();
	if (value) t.insert(0, value);
	return t;
}

function buildItem(id: string, pos: string, input: NewItem): ItemMap {
	const item = new Y.Map<unknown>();
	item.set('id', id);
	item.set('position', pos);
	item.set('sub', input.sub ?? false);
	item.set('kind', input.kind ?? 'other');
	item.set('closed', input.closed ?? false);
	item.set('caseId', input.caseId ?? null);
	item.set('rowId', input.rowId ?? null);
	for (const field of TEXT_FIELDS) {
		const value = field === 'title' ? input.title : field === 'closedReason' ? input.closedReason : input.fields?.[field];
		item.set(field, ytext(value ?? input.fields?.[field] ?? ''));
	}
	const links = new Y.Map<string>();
	for (const [key, note] of Object.entries(input.links ?? {})) links.set(key, note);
	item.set('links', links);
	const attachments = new Y.Array<Y.Map<string | null>>();
	attachments.push((input.attachments ?? []).map((a) => attachmentMap(a.title, a.url)));
	item.set('attachments', attachments);
	const decisions = new Y.Array<Y.Map<unknown>>();
	decisions.push((input.decisions ?? []).map(decisionMap));
	item.set('decisions', decisions);
	return item;
}

function attachmentMap(title: string, url: string | null) {
	const a = new Y.Map<string | null>();
	a.set('id', newId());
	a.set('title', title);
	a.set('url', url);
	return a;
}

function decisionMap(input: NewDecision) {
	const d = new Y.Map<unknown>();
	d.set('id', input.id ?? newId());
	d.set('kind', input.kind);
	d.set('text', ytext(input.text));
	d.set('rowId', input.rowId ?? null);
	const links = new Y.Map<string>();
	for (const [key, note] of Object.entries(input.links ?? {})) links.set(key, note);
	d.set('links', links);
	const actions = new Y.Array<Y.Map<unknown>>();
	actions.push((input.actions ?? []).map(actionMap));
	d.set('actions', actions);
	return d;
}

function actionMap(input: NewAction) {
	const a = new Y.Map<unknown>();
	a.set('id', input.id ?? newId());
	a.set('what', ytext(input.what));
	a.set('owner', input.owner);
	a.set('dueOn', input.dueOn);
	return a;
}

/** Position key for an item placed at `index` of the current order (0 = first; past the end = last). */
function keyAt(doc: Y.Doc, index: number, exceptId?: string): string {
	// An item can be momentarily without a position: a move by another editor arrived as "old key deleted" while
	// the new key still waits for an update it depends on (Yjs applies deletions at once). Place around the others.
	const order = orderedItems(doc).filter((o) => o.id !== exceptId && position(o.item) !== '');
	const clamped = Math.max(0, Math.min(index, order.length));
	const before = clamped > 0 ? position(order[clamped - 1].item) : null;
	const after = clamped < order.length ? position(order[clamped].item) : null;
	if (before !== null && after !== null && before >= after) {
		// Equal neighbours (two editors inserted at the same spot at once): give the tied items after `index` fresh
		// keys above the new one, so the new item lands exactly where asked. Must run inside the caller's transaction.
		let end = clamped;
		while (end < order.length && position(order[end].item) <= before) end++;
		const upper = end < order.length ? position(order[end].item) : null;
		const keys = generateNKeysBetween(before, upper, end - clamped + 1);
		order.slice(clamped, end).forEach((o, k) => o.item.set('position', keys[k + 1]));
		return keys[0];
	}
	return generateKeyBetween(before, after);
}

/** Adds an item at `index` (default: last) and returns its id. */
export function addItem(doc: Y.Doc, input: NewItem = {}, index = Number.MAX_SAFE_INTEGER, origin?: unknown): string {
	const id = newId();
	doc.transact(() => {
		itemsOf(doc).set(id, buildItem(id, keyAt(doc, index), input));
	}, origin);
	return id;
}

/** Adds several items after the current last one, in order (a standard frame, the seeded meeting). */
export function appendItems(doc: Y.Doc, inputs: NewItem[], origin?: unknown): string[] {
	const ids: string[] = [];
	doc.transact(() => {
		const order = orderedItems(doc);
		let previous = order.length ? position(order[order.length - 1].item) : null;
		for (const input of inputs) {
			const id = newId();
			previous = generateKeyBetween(previous, null);
			itemsOf(doc).set(id, buildItem(id, previous, input));
			ids.push(id);
		}
	}, origin);
	return ids;
}

export function deleteItem(doc: Y.Doc, id: string, origin?: unknown) {
	doc.transact(() => itemsOf(doc).delete(id), origin);
}

/** Moves an item to `index` of the order without it: only its position key changes. */
export function moveItem(doc: Y.Doc, id: string, index: number, origin?: unknown) {
	const item = itemsOf(doc).get(id);
	if (!item) return;
	doc.transact(() => item.set('position', keyAt(doc, index, id)), origin);
}

export function setItemProps(
	doc: Y.Doc,
	id: string,
	props: Partial<{ kind: ItemKind; sub: boolean; closed: boolean; caseId: number | null }>,
	origin?: unknown
) {
	const item = itemsOf(doc).get(id);
	if (!item) return;
	doc.transact(() => {
		for (const [key, value] of Object.entries(props)) item.set(key, value);
	}, origin);
}

export function setLink(map: Y.Map<string>, key: string, note: string | null, doc: Y.Doc, origin?: unknown) {
	doc.transact(() => (note === null ? map.delete(key) : map.set(key, note)), origin);
}

export function addAttachment(doc: Y.Doc, itemId: string, title: string, url: string | null, origin?: unknown) {
	const item = itemsOf(doc).get(itemId);
	if (!item) return;
	doc.transact(() => attachmentsOf(item).push([attachmentMap(title, url)]), origin);
}

export function removeAt<T>(array: Y.Array<T>, index: number, doc: Y.Doc, origin?: unknown) {
	doc.transact(() => array.delete(index, 1), origin);
}

export function addDecision(doc: Y.Doc, itemId: string, input: NewDecision, origin?: unknown): string | null {
	const item = itemsOf(doc).get(itemId);
	if (!item) return null;
	const map = decisionMap(input);
	doc.transact(() => decisionsOf(item).push([map]), origin);
	return map.get('id') as string;
}

export function addAction(doc: Y.Doc, decision: Y.Map<unknown>, input: NewAction, origin?: unknown) {
	doc.transact(() => (decision.get('actions') as Y.Array<Y.Map<unknown>>).push([actionMap(input)]), origin);
}

export function setDecisionKind(doc: Y.Doc, decision: Y.Map<unknown>, kind: DecisionKind, origin?: unknown) {
	doc.transact(() => decision.set('kind', kind), origin);
}

/** Owner and due date of a follow-up action (its text, `what`, is a Y.Text edited in place). */
export function setActionProps(
	doc: Y.Doc,
	action: Y.Map<unknown>,
	props: Partial<{ owner: string; dueOn: string | null }>,
	origin?: unknown
) {
	doc.transact(() => {
		for (const [key, value] of Object.entries(props)) action.set(key, value);
	}, origin);
}

export { linksOf };
