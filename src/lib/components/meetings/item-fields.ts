// The text fields of an agenda item in the order the minutes give them. The minutes' "Beslutning" text is left out
// when the item's decisions are recorded one by one: those (in the minutes' order and wording, with what each
// decision affects) are the one authoritative form, shown in its place.
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';
import type { FullItem } from '$lib/server/meetings/meeting-page';

export interface ItemField {
	key: 'beslutningstema' | 'baggrund' | 'sagsfremstilling' | 'indstilling' | 'droftelse' | 'beslutning';
	label: string;
	text: string;
}

/** `locale`: the labels' language, the reader's by default (the Word export is always Danish). */
export function itemFields(item: FullItem, locale?: Locale): ItemField[] {
	const o = { locale };
	const fields: ItemField[] = [
		{ key: 'beslutningstema', label: m.meeting_field_beslutningstema({}, o), text: item.beslutningstema },
		{ key: 'baggrund', label: m.meeting_field_baggrund({}, o), text: item.baggrund },
		{ key: 'sagsfremstilling', label: m.meeting_field_sagsfremstilling({}, o), text: item.sagsfremstilling },
		{ key: 'indstilling', label: m.meeting_field_indstilling({}, o), text: item.indstilling },
		{ key: 'droftelse', label: m.meeting_field_droftelse({}, o), text: item.droftelse },
		{ key: 'beslutning', label: m.meeting_field_beslutning({}, o), text: item.beslutning }
	];
	return fields.filter((f) => f.text.trim() !== '' && !(f.key === 'beslutning' && item.decisions.length > 0));
}
