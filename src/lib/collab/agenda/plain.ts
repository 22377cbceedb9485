// A plain, JSON-safe copy of an agenda document: what a sent version stores, what the relational rows are written
// from, what the diff and the Word export read.
import type * as Y from 'yjs';
import {
	orderedItems,
	kindOf,
	isSub,
	isClosed,
	caseIdOf,
	text,
	linksOf,
	attachmentsOf,
	decisionsOf,
	AGENDA_FIELDS,
	MINUTES_FIELDS,
	type DecisionKind,
	type ItemKind
} from './model';

export interface PlainAction {
	id: string;
	what: string;
	owner: string;
	dueOn: string | null;
}

export interface PlainDecision {
	id: string;
	rowId: number | null;
	kind: DecisionKind;
	text: string;
	links: Record<string, string>;
	actions: PlainAction[];
}

export interface PlainItem {
	id: string;
	rowId: number | null;
	number: string;
	sub: boolean;
	kind: ItemKind;
	closed: boolean;
	closedReason: string;
	caseId: number | null;
	title: string;
	beslutningstema: string;
	baggrund: string;
	sagsfremstilling: string;
	indstilling: string;
	droftelse: string;
	links: Record<string, string>;
	attachments: { title: string; url: string | null }[];
	decisions: PlainDecision[];
}

export interface PlainAgenda {
	items: PlainItem[];
}

export function toPlain(doc: Y.Doc): PlainAgenda {
	return {
		items: orderedItems(doc).map(({ id, item, number }) => {
			const fields = Object.fromEntries(
				[...AGENDA_FIELDS, ...MINUTES_FIELDS].map((f) => [f, text(item, f).toString()])
			) as Record<(typeof AGENDA_FIELDS)[number] | (typeof MINUTES_FIELDS)[number], string>;
			return {
				id,
				rowId: (item.get('rowId') as number | null) ?? null,
				number,
				sub: isSub(item),
				kind: kindOf(item),
				closed: isClosed(item),
				closedReason: text(item, 'closedReason').toString(),
				caseId: caseIdOf(item),
				title: text(item, 'title').toString(),
				...fields,
				links: linksOf(item).toJSON() as Record<string, string>,
				attachments: attachmentsOf(item)
					.toArray()
					.map((a) => ({ title: String(a.get('title') ?? ''), url: (a.get('url') as string | null) ?? null })),
				decisions: decisionsOf(item)
					.toArray()
					.map((d) => ({
						id: d.get('id') as string,
						rowId: (d.get('rowId') as number | null) ?? null,
						kind: d.get('kind') as DecisionKind,
						text: (d.get('text') as Y.Text).toString(),
						links: (d.get('links') as Y.Map<string>).toJSON() as Record<string, string>,
						actions: (d.get('actions') as Y.Array<Y.Map<unknown>>).toArray().map((a) => ({
							id: a.get('id') as string,
							what: (a.get('what') as Y.Text).toString(),
							owner: String(a.get('owner') ?? ''),
							dueOn: (a.get('dueOn') as string | null) ?? null
						}))
					}))
			};
		})
	};
}
