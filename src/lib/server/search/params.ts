// The search's address (`/soeg?q=takst&type=beslutning&organ=styregruppen&aar=2023&sortering=dato&side=2`): read
// and checked here, so a malformed value is named in Danish and answered with 400 rather than ignored.
import { m } from '$lib/paraglide/messages';

/** What can be found, by its name in the address. */
export const SEARCH_TYPES = ['moedepunkt', 'beslutning', 'tilbud', 'takstregel', 'fokusomraade', 'initiativ', 'aarsrapport'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];
export const SORTS = ['relevans', 'dato'] as const;
export type SearchSort = (typeof SORTS)[number];

export const MAX_TEXT = 200;
export const SEARCH_PAGE_SIZE = 20;

export interface SearchParams {
	q: string;
	type: SearchType | null;
	/** A body's slug. */
	organ: string | null;
	aar: number | null;
	/** An offer's slug. */
	tilbud: string | null;
	sortering: SearchSort;
	side: number;
}

export type ParsedSearch = { ok: true; params: SearchParams } | { ok: false; field: keyof SearchParams; message: string };

/** Reads the address; slugs are checked against the database by the search itself (unknown → 400 there). */
export function parseSearch(query: URLSearchParams): ParsedSearch {
	const get = (name: string) => query.get(name)?.trim() || null;
	const q = (query.get('q') ?? '').replace(/\s+/g, ' ').trimStart();
	if (q.length > MAX_TEXT) return { ok: false, field: 'q', message: m.search_error_long({ max: MAX_TEXT, length: q.length }) };
	const typeRaw = get('type');
	const type = SEARCH_TYPES.find((t) => t === typeRaw) ?? null;
	if (typeRaw && !type) return { ok: false, field: 'type', message: m.search_error_unknown({ name: m.search_facet_type(), value: typeRaw.slice(0, 40) }) };
	const sortRaw = get('sortering');
	const sortering = sortRaw === null ? 'relevans' : (SORTS.find((s) => s === sortRaw) ?? null);
	if (!sortering) return { ok: false, field: 'sortering', message: m.search_error_unknown({ name: m.search_sort_label(), value: sortRaw!.slice(0, 40) }) };
	const yearRaw = get('aar');
	const aar = yearRaw === null ? null : /^\d{4}$/.test(yearRaw) ? Number(yearRaw) : NaN;
	if (Number.isNaN(aar)) return { ok: false, field: 'aar', message: m.search_error_year({ value: yearRaw!.slice(0, 20) }) };
	const sideRaw = get('side');
	const side = sideRaw === null ? 1 : /^\d{1,5}$/.test(sideRaw) && Number(sideRaw) >= 1 ? Number(sideRaw) : null;
	if (side === null) return { ok: false, field: 'side', message: m.register_error_page({ value: sideRaw!.slice(0, 20) }) };
	const slug = (name: string) => {
		const value = get(name);
		return value && value.length <= 120 ? value : value ? '\u0000' : null;
	};
	return {
		ok: true,
		params: { q: q.trimEnd() === '' ? '' : q.slice(0, MAX_TEXT), type, organ: slug('organ'), aar, tilbud: slug('tilbud'), sortering, side }
	};
}

/** The address of a search with some parameters changed (`undefined` keeps, `null` removes); page 1 unless given. */
export function searchHref(params: SearchParams, change: Partial<Record<keyof SearchParams, string | number | null>> = {}): string {
	const merged: Record<string, string | number | null> = { ...params, side: null, ...change };
	const query = new URLSearchParams();
	for (const key of ['q', 'type', 'organ', 'aar', 'tilbud', 'sortering', 'side'] as const) {
		const value = merged[key];
		if (value === null || value === '' || (key === 'sortering' && value === 'relevans') || (key === 'side' && value === 1)) continue;
		query.set(key, String(value));
	}
	const text = query.toString();
	return text ? `/soeg?${text}` : '/soeg';
}
