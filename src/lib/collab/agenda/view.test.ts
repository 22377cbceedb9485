// The editor's view of a document: agenda order, numbers and plain values; which changes rebuild the list.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { itemsOf, text } from './model';
import { addAttachment, appendItems, setItemProps } from './ops';
import { itemViews, observeStructure } from './view';

describe('itemViews', () => {
	it('lists items in order with numbers, values, link keys, attachments and the Y.Texts to bind', () => {
		const doc = new Y.Doc();
		const [a, b] = appendItems(doc, [
			{ title: 'Godkendelse', kind: 'formal' },
			{ title: 'Lukket', sub: true, closed: true, caseId: 4, links: { 'offer:2': '', 'focusArea:1': 'note' } }
		]);
		addAttachment(doc, b, 'Bilag 1', 'https://example.org/b1.pdf');
		const views = itemViews(doc);
		expect(views.map((v) => [v.id, v.number, v.title, v.kind, v.sub, v.closed, v.caseId])).toEqual([
			[a, '0', 'Godkendelse', 'formal', false, false, null],
			[b, '1A', 'Lukket', 'other', true, true, 4]
		]);
		expect(views[1].linkKeys).toEqual(['focusArea:1', 'offer:2']);
		expect(views[1].attachmentViews).toMatchObject([{ index: 0, title: 'Bilag 1', url: 'https://example.org/b1.pdf' }]);
		expect(views[0].texts.title).toBe(text(itemsOf(doc).get(a)!, 'title'));
	});
});

describe('observeStructure', () => {
	it('fires for structure and titles, not for typing in a Markdown field', () => {
		const doc = new Y.Doc();
		const [a] = appendItems(doc, [{ title: 'A' }]);
		let calls = 0;
		const stop = observeStructure(doc, () => calls++);
		text(itemsOf(doc).get(a)!, 'baggrund').insert(0, 'Tekst');
		expect(calls).toBe(0);
		text(itemsOf(doc).get(a)!, 'title').insert(1, 'B');
		expect(calls).toBe(1);
		setItemProps(doc, a, { kind: 'decision' });
		expect(calls).toBe(2);
		appendItems(doc, [{ title: 'C' }]);
		expect(calls).toBe(3);
		stop();
		appendItems(doc, [{ title: 'D' }]);
		expect(calls).toBe(3);
	});
});
