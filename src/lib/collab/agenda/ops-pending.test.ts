// A move by another editor can arrive as "old position deleted" before its new position (which waits for an
// update it depends on): for that moment the item has no position. Adding and moving still work.
import { expect, it } from 'vitest';
import * as Y from 'yjs';
import { itemsOf, orderedItems } from './model';
import { addItem, appendItems, moveItem } from './ops';

it('adds and moves items while another item momentarily has no position', () => {
	const doc = new Y.Doc();
	const [a, b, c] = appendItems(doc, [{ title: 'A' }, { title: 'B' }, { title: 'C' }]);
	itemsOf(doc).get(b)!.delete('position');
	const d = addItem(doc, { title: 'D' }, 1);
	moveItem(doc, c, 0);
	const positioned = orderedItems(doc).filter((o) => o.item.get('position'));
	expect(positioned.map((o) => o.id)).toEqual([c, a, d]);
});
