// What changed between two sent versions of an agenda, item by item, word by word: items added, removed or moved,
// and each changed field as runs of kept, inserted and deleted text (rendered as <ins>/<del>).
import { diffArrays, diffWords } from 'diff';
import type { PlainAgenda, PlainItem } from '$lib/collab/agenda/plain';
import { labels } from '$lib/format/labels';
import { m } from '$lib/paraglide/messages';

export interface Span {
	kind: 'same' | 'ins' | 'del';
	text: string;
}

export const DIFF_FIELDS = [
	'title',
	'kind',
	'closed',
	'beslutningstema',
	'baggrund',
	'sagsfremstilling',
	'indstilling',
	'attachments',
	'droftelse',
	'decisions'
] as const;
export type DiffField = (typeof DIFF_FIELDS)[number];

export interface FieldChange {
	field: DiffField;
	spans: Span[];
}

export interface ItemChange {
	id: string;
	/** The number in the newer version (the older one for a removed item). */
	number: string;
	/** The number in the older version, when the item was there and its number changed. */
	previousNumber: string | null;
	title: string;
	change: 'added' | 'removed' | 'changed';
	/** The item changed place relative to the items around it. */
	moved: boolean;
	fields: FieldChange[];
}

/** A readable text for each compared field of an item; closed items may arrive stripped (number and title only). */
function fieldTexts(item: PlainItem): Record<DiffField, string> {
	return {
		title: item.title,
		kind: item.kind ? labels.itemKind(item.kind) : '',
		closed: item.closed
			? [m.agenda_diff_closed(), item.closedReason].filter(Boolean).join(': ')
			: m.agenda_diff_open(),
		beslutningstema: item.beslutningstema ?? '',
		baggrund: item.baggrund ?? '',
		sagsfremstilling: item.sagsfremstilling ?? '',
		indstilling: item.indstilling ?? '',
		attachments: (item.attachments ?? []).map((a) => (a.url ? `${a.title} (${a.url})` : a.title)).join('\n'),
		droftelse: item.droftelse ?? '',
		decisions: (item.decisions ?? [])
			.map((d) =>
				[
					`${labels.decisionKind(d.kind)}: ${d.text}`,
					...d.actions.map((a) =>
						m.agenda_diff_action({ what: a.what, owner: a.owner, due: a.dueOn ?? '–' })
					)
				].join('\n')
			)
			.join('\n')
	};
}

/** Word-level spans from one text to another (`diff`'s diffWords). */
export function wordSpans(before: string, after: string): Span[] {
	return diffWords(before, after).map((c) => ({
		kind: c.added ? 'ins' : c.removed ? 'del' : 'same',
		text: c.value
	}));
}

/** The items that changed from `before` to `after`, in the newer agenda's order, removed items last. */
export function diffAgendas(before: PlainAgenda, after: PlainAgenda): ItemChange[] {
	const old = new Map(before.items.map((i) => [i.id, i]));
	const now = new Set(after.items.map((i) => i.id));
	// Moved: items in both versions outside the longest common order of the items both hold.
	const commonBefore = before.items.filter((i) => now.has(i.id)).map((i) => i.id);
	const commonAfter = after.items.filter((i) => old.has(i.id)).map((i) => i.id);
	const moved = new Set(
		diffArrays(commonBefore, commonAfter)
			.filter((c) => c.added)
			.flatMap((c) => c.value)
	);

	const changes: ItemChange[] = [];
	for (const item of after.items) {
		const previous = old.get(item.id);
		const texts = fieldTexts(item);
		if (!previous) {
			changes.push({
				id: item.id,
				number: item.number,
				previousNumber: null,
				title: item.title,
				change: 'added',
				moved: false,
				fields: DIFF_FIELDS.filter((f) => f !== 'closed' || item.closed)
					.filter((f) => texts[f])
					.map((field) => ({ field, spans: [{ kind: 'ins', text: texts[field] }] }))
			});
			continue;
		}
		const was = fieldTexts(previous);
		const fields = DIFF_FIELDS.filter((f) => was[f] !== texts[f]).map((field) => ({
			field,
			spans: wordSpans(was[field], texts[field])
		}));
		if (fields.length === 0 && !moved.has(item.id)) continue;
		changes.push({
			id: item.id,
			number: item.number,
			previousNumber: previous.number !== item.number ? previous.number : null,
			title: item.title,
			change: 'changed',
			moved: moved.has(item.id),
			fields
		});
	}
	for (const item of before.items) {
		if (now.has(item.id)) continue;
		changes.push({
			id: item.id,
			number: item.number,
			previousNumber: null,
			title: item.title,
			change: 'removed',
			moved: false,
			fields: []
		});
	}
	return changes;
}
