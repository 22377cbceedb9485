// What the editor renders of an agenda document: items in agenda order with their numbers and plain values, and the
// Y.Text of every text field for CodeMirror to bind to. Rebuilt when the document's structure changes (an item
// added, moved, deleted, a kind or a link changed, a title typed), not on every keystroke in a Markdown field.
import * as Y from 'yjs';
import {
	attachmentsOf,
	caseIdOf,
	decisionsOf,
	isClosed,
	isSub,
	itemsOf,
	kindOf,
	linksOf,
	orderedItems,
	text,
	TEXT_FIELDS,
	type DecisionKind,
	type ItemKind,
	type ItemMap,
	type TextField
} from './model';

export interface AttachmentView {
	index: number;
	id: string;
	title: string;
	url: string | null;
}

export interface ActionView {
	index: number;
	id: string;
	map: Y.Map<unknown>;
	what: Y.Text;
	owner: string;
	dueOn: string | null;
}

export interface DecisionView {
	index: number;
	id: string;
	map: Y.Map<unknown>;
	kind: DecisionKind;
	text: Y.Text;
	links: Y.Map<string>;
	linkKeys: string[];
	actions: Y.Array<Y.Map<unknown>>;
	actionViews: ActionView[];
}

export interface ItemView {
	id: string;
	index: number;
	number: string;
	item: ItemMap;
	title: string;
	kind: ItemKind;
	sub: boolean;
	closed: boolean;
	caseId: number | null;
	texts: Record<TextField, Y.Text>;
	links: Y.Map<string>;
	linkKeys: string[];
	attachments: Y.Array<Y.Map<string | null>>;
	attachmentViews: AttachmentView[];
	decisions: Y.Array<Y.Map<unknown>>;
	decisionViews: DecisionView[];
}

export function itemViews(doc: Y.Doc): ItemView[] {
	return orderedItems(doc).map(({ id, item, number }, index) => {
		const texts = Object.fromEntries(TEXT_FIELDS.map((f) => [f, text(item, f)])) as Record<TextField, Y.Text>;
		const links = linksOf(item);
		const attachments = attachmentsOf(item);
		const decisions = decisionsOf(item);
		return {
			id,
			index,
			number,
			item,
			title: texts.title.toString(),
			kind: kindOf(item),
			sub: isSub(item),
			closed: isClosed(item),
			caseId: caseIdOf(item),
			texts,
			links,
			linkKeys: [...links.keys()].sort(),
			attachments,
			attachmentViews: attachments.toArray().map((a, i) => ({
				index: i,
				id: (a.get('id') as string) ?? String(i),
				title: (a.get('title') as string) ?? '',
				url: (a.get('url') as string | null) ?? null
			})),
			decisions,
			decisionViews: decisions.toArray().map((d, i) => {
				const dLinks = d.get('links') as Y.Map<string>;
				const actions = d.get('actions') as Y.Array<Y.Map<unknown>>;
				return {
					index: i,
					id: d.get('id') as string,
					map: d,
					kind: d.get('kind') as DecisionKind,
					text: d.get('text') as Y.Text,
					links: dLinks,
					linkKeys: [...dLinks.keys()].sort(),
					actions,
					actionViews: actions.toArray().map((a, j) => ({
						index: j,
						id: a.get('id') as string,
						map: a,
						what: a.get('what') as Y.Text,
						owner: (a.get('owner') as string) ?? '',
						dueOn: (a.get('dueOn') as string | null) ?? null
					}))
				};
			})
		};
	});
}

/**
 * Whether a batch of deep events on the items map changes what the item list shows: anything but typing in a text,
 * except the title (headings and labels show it).
 */
export function changesStructure(events: Y.YEvent<Y.AbstractType<unknown>>[]): boolean {
	return events.some((e) => !(e.target instanceof Y.Text) || (e.path.length === 2 && e.path[1] === 'title'));
}

/** Calls `onChange` after each transaction that changes the item list (see `changesStructure`). */
export function observeStructure(doc: Y.Doc, onChange: () => void): () => void {
	const items = itemsOf(doc);
	const handler = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
		if (changesStructure(events)) onChange();
	};
	items.observeDeep(handler);
	return () => items.unobserveDeep(handler);
}
