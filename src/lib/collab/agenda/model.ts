// The shape of a meeting's agenda document (a Y.Doc), shared by the browser editor and the server.
//
//   doc.getMap('items'): item id → Y.Map with the fields below. Items are keyed by id, never kept in an array, so
//   a move changes one position key (fractional index) and concurrent moves can never duplicate an item.
//   Order = (position, id): two clients that insert at the same spot may pick the same key; the id breaks the tie
//   the same way everywhere.
import * as Y from 'yjs';

export const ITEM_KINDS = ['formal', 'decision', 'discussion', 'orientation', 'other'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

export const DECISION_KINDS = ['noted', 'discussed', 'approved', 'recommended', 'postponed', 'rejected'] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];

/** The agenda's Markdown fields, in the order the agenda prints them. */
export const AGENDA_FIELDS = ['beslutningstema', 'baggrund', 'sagsfremstilling', 'indstilling'] as const;
/**
 * Written after the meeting, in the minutes. The decision (beslutning) is not free text: it is the item's list of
 * decision bullets, each with its kind, links and follow-up actions, so publishing can turn them into records.
 */
export const MINUTES_FIELDS = ['droftelse'] as const;
export const TEXT_FIELDS = ['title', ...AGENDA_FIELDS, ...MINUTES_FIELDS, 'closedReason'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

/** What an item or a decision may link to. The key in a links map is `${type}:${id}`, the value a note. */
export const LINK_TYPES = ['offer', 'tariffRule', 'focusArea', 'networkGroup', 'municipality'] as const;
export type LinkType = (typeof LINK_TYPES)[number];
export const linkKey = (type: LinkType, id: number) => `${type}:${id}`;
export function parseLinkKey(key: string): { type: LinkType; id: number } | null {
	const [type, raw] = key.split(':');
	const id = Number(raw);
	if (!(LINK_TYPES as readonly string[]).includes(type) || !Number.isSafeInteger(id) || id < 1) return null;
	return { type: type as LinkType, id };
}

export type ItemMap = Y.Map<unknown>;

export const itemsOf = (doc: Y.Doc) => doc.getMap<ItemMap>('items');

export function text(item: ItemMap, field: TextField): Y.Text {
	return item.get(field) as Y.Text;
}

export const position = (item: ItemMap) => (item.get('position') as string) ?? '';
export const isSub = (item: ItemMap) => item.get('sub') === true;
export const kindOf = (item: ItemMap) => (item.get('kind') as ItemKind) ?? 'other';
export const isClosed = (item: ItemMap) => item.get('closed') === true;
export const caseIdOf = (item: ItemMap) => (item.get('caseId') as number | null | undefined) ?? null;
export const linksOf = (item: ItemMap) => item.get('links') as Y.Map<string>;
export const attachmentsOf = (item: ItemMap) => item.get('attachments') as Y.Array<Y.Map<string | null>>;
export const decisionsOf = (item: ItemMap) => item.get('decisions') as Y.Array<Y.Map<unknown>>;

export interface OrderedItem {
	id: string;
	item: ItemMap;
	number: string;
}

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/**
 * Items in agenda order with their printed numbers. The agenda starts at 0 (presentation of new members); a run
 * of sub-items shares the next number and is lettered A, B, C … ("6A", "6B"), as the 12/8-2022 agenda does.
 */
export function orderedItems(doc: Y.Doc): OrderedItem[] {
	const entries = [...itemsOf(doc).entries()].sort(([aId, a], [bId, b]) => {
		const pa = position(a);
		const pb = position(b);
		if (pa !== pb) return pa < pb ? -1 : 1;
		return aId < bId ? -1 : aId > bId ? 1 : 0;
	});
	const result: OrderedItem[] = [];
	let number = -1;
	let letter = 0;
	let previousSub = false;
	for (const [id, item] of entries) {
		if (isSub(item)) {
			if (!previousSub) {
				number++;
				letter = 0;
			}
			const suffix = letter < LETTERS.length ? LETTERS[letter] : `${LETTERS[LETTERS.length - 1]}${letter}`;
			result.push({ id, item, number: `${number}${suffix}` });
			letter++;
			previousSub = true;
		} else {
			number++;
			result.push({ id, item, number: String(number) });
			previousSub = false;
		}
	}
	return result;
}
