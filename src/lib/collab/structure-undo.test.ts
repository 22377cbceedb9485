// The editor's structural undo: a deleted item comes back whole, a move is one position key, other origins (typing,
// another editor) are never undone. Two Y.Docs synced by hand stand in for two browsers.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { itemsOf, orderedItems, text } from './agenda/model';
import { addDecision, addItem, appendItems, deleteItem, moveItem, setActionProps, setDecisionKind, addAction } from './agenda/ops';
import { toPlain } from './agenda/plain';
import { createStructureUndo, STRUCTURE } from './structure-undo';

function sync(a: Y.Doc, b: Y.Doc) {
	Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
	Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

const titles = (doc: Y.Doc) => orderedItems(doc).map((o) => `${o.number} ${text(o.item, 'title')}`);

describe('structure undo', () => {
	it('brings a deleted item back with its id, place, texts, links and decisions, for the other editor too', () => {
		const a = new Y.Doc();
		const b = new Y.Doc();
		const [, middle] = appendItems(a, [
			{ title: 'Første' },
			{ title: 'Midt', fields: { indstilling: 'Det indstilles, at…' }, links: { 'offer:3': '' } },
			{ title: 'Sidste' }
		]);
		addDecision(a, middle, { kind: 'approved', text: 'Godkendt', actions: [{ what: 'Følg op', owner: 'KKR', dueOn: '2023-01-01' }] });
		sync(a, b);
		const before = toPlain(a);
		const undo = createStructureUndo(a);

		deleteItem(a, middle, STRUCTURE);
		sync(a, b);
		expect(titles(b)).toEqual(['0 Første', '1 Sidste']);

		undo.undo();
		sync(a, b);
		expect(toPlain(a)).toEqual(before);
		expect(toPlain(b)).toEqual(before);
		expect(itemsOf(b).has(middle)).toBe(true);
	});

	it('undoes a move by restoring the position key, and leaves typing and other editors alone', () => {
		const a = new Y.Doc();
		const b = new Y.Doc();
		const [first, second] = appendItems(a, [{ title: 'A' }, { title: 'B' }]);
		sync(a, b);
		const undo = createStructureUndo(a);

		text(itemsOf(a).get(first)!, 'title').insert(1, ' skrevet'); // typing: another origin
		moveItem(a, second, 0, STRUCTURE);
		addItem(b, { title: 'Fra B' }); // the other editor
		sync(a, b);
		expect(titles(a)).toEqual(['0 B', '1 A skrevet', '2 Fra B']);

		undo.undo();
		sync(a, b);
		expect(titles(a)).toEqual(['0 A skrevet', '1 B', '2 Fra B']);
		expect(titles(b)).toEqual(titles(a));
		// Nothing else to undo: the typing and B's item are not this manager's.
		expect(undo.undo()).toBeNull();
		expect(titles(a)).toEqual(['0 A skrevet', '1 B', '2 Fra B']);
	});

	it('sets a decision kind and an action owner and due date as one undoable step each', () => {
		const doc = new Y.Doc();
		const [id] = appendItems(doc, [{ title: 'Punkt' }]);
		const undo = createStructureUndo(doc);
		addDecision(doc, id, { kind: 'noted', text: 'Taget til efterretning' }, STRUCTURE);
		const decision = (itemsOf(doc).get(id)!.get('decisions') as Y.Array<Y.Map<unknown>>).get(0);
		setDecisionKind(doc, decision, 'approved', STRUCTURE);
		addAction(doc, decision, { what: 'Send videre', owner: '', dueOn: null }, STRUCTURE);
		const action = (decision.get('actions') as Y.Array<Y.Map<unknown>>).get(0);
		setActionProps(doc, action, { owner: 'Sekretariatet', dueOn: '2023-03-01' }, STRUCTURE);

		const plain = () => toPlain(doc).items[0].decisions[0];
		expect(plain().kind).toBe('approved');
		expect(plain().actions[0]).toMatchObject({ what: 'Send videre', owner: 'Sekretariatet', dueOn: '2023-03-01' });
		undo.undo();
		expect(plain().actions[0]).toMatchObject({ owner: '', dueOn: null });
		undo.undo();
		expect(plain().actions).toEqual([]);
		undo.undo();
		expect(plain().kind).toBe('noted');
	});
});
