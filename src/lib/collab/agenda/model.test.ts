// The agenda document's order, numbering and moves, between Y.Docs synced by hand (no server needed).
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { orderedItems, text, itemsOf } from './model';
import { addItem, appendItems, deleteItem, moveItem, setItemProps } from './ops';
import { toPlain } from './plain';

const titles = (doc: Y.Doc) => orderedItems(doc).map((o) => `${o.number} ${text(o.item, 'title')}`);

function sync(a: Y.Doc, b: Y.Doc) {
	Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
	Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

describe('numbering', () => {
	it('numbers from 0 and letters a run of sub-items with one number, as the 12/8-2022 agenda does', () => {
		const doc = new Y.Doc();
		appendItems(doc, [
			{ title: 'Nye medlemmer' },
			{ title: 'Dagsorden' },
			{ title: 'Rammeaftale' },
			{ title: 'Netværk', sub: true },
			{ title: 'Kalender', sub: true },
			{ title: 'Evt.' }
		]);
		expect(titles(doc)).toEqual(['0 Nye medlemmer', '1 Dagsorden', '2 Rammeaftale', '3A Netværk', '3B Kalender', '4 Evt.']);
		const first = orderedItems(doc)[2].id;
		setItemProps(doc, first, { sub: true });
		expect(titles(doc)).toEqual(['0 Nye medlemmer', '1 Dagsorden', '2A Rammeaftale', '2B Netværk', '2C Kalender', '3 Evt.']);
	});

	it('renumbers after a move and a delete', () => {
		const doc = new Y.Doc();
		const [a, , c] = appendItems(doc, [{ title: 'A' }, { title: 'B' }, { title: 'C' }]);
		moveItem(doc, c, 0);
		expect(titles(doc)).toEqual(['0 C', '1 A', '2 B']);
		deleteItem(doc, a);
		expect(titles(doc)).toEqual(['0 C', '1 B']);
		const id = addItem(doc, { title: 'Midt' }, 1);
		expect(titles(doc)).toEqual(['0 C', '1 Midt', '2 B']);
		expect(toPlain(doc).items.map((i) => i.id)).toContain(id);
	});
});

describe('concurrency', () => {
	it('two editors moving the same item at once keep exactly one copy of it', () => {
		const a = new Y.Doc();
		const b = new Y.Doc();
		const [x, , z] = appendItems(a, [{ title: 'X' }, { title: 'Y' }, { title: 'Z' }]);
		sync(a, b);
		moveItem(a, x, 3);
		moveItem(b, x, 1);
		moveItem(b, z, 0);
		sync(a, b);
		expect(titles(a)).toEqual(titles(b));
		expect(itemsOf(a).size).toBe(3);
		expect(orderedItems(a).filter((o) => o.id === x)).toHaveLength(1);
	});

	it('two editors inserting at the same place get the same, stable order', () => {
		const a = new Y.Doc();
		const b = new Y.Doc();
		appendItems(a, [{ title: 'Første' }, { title: 'Sidste' }]);
		sync(a, b);
		addItem(a, { title: 'Fra A' }, 1);
		addItem(b, { title: 'Fra B' }, 1);
		sync(a, b);
		expect(titles(a)).toEqual(titles(b));
		expect(titles(a)).toHaveLength(4);
		// A later insert between the tied pair still lands between its neighbours.
		addItem(a, { title: 'Ny' }, 2);
		sync(a, b);
		expect(titles(a)).toEqual(titles(b));
		expect(titles(a)[2]).toBe('2 Ny');
	});

	it('a move concurrent with a delete leaves the item deleted, not resurrected twice', () => {
		const a = new Y.Doc();
		const b = new Y.Doc();
		const [x] = appendItems(a, [{ title: 'X' }, { title: 'Y' }]);
		sync(a, b);
		deleteItem(a, x);
		moveItem(b, x, 2);
		sync(a, b);
		expect(titles(a)).toEqual(titles(b));
		expect(itemsOf(a).size).toBeLessThanOrEqual(2);
	});
});
