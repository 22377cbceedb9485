// A list's query: the spec's filters (created_since, created_until, modified_since, modified_until), the page and
// its size (`limit`, or the spec's `elementsPerPage`). Anything malformed is refused with a Danish 400, so a
// harvester never silently gets a list it did not ask for.
import { m } from '$lib/paraglide/messages';
import { badRequest } from './errors';

export const DEFAULT_LIMIT = 100;
export const MAX_LIMIT = 500;
/** Far beyond any real list; keeps `offset` a safe integer for the database. */
const MAX_PAGE = 1_000_000;

export interface ListFilters {
	createdSince?: Date;
	createdUntil?: Date;
	modifiedSince?: Date;
	modifiedUntil?: Date;
}

export interface ListQuery {
	filters: ListFilters;
	page: number;
	limit: number;
}

const FILTERS = [
	['created_since', 'createdSince'],
	['created_until', 'createdUntil'],
	['modified_since', 'modifiedSince'],
	['modified_until', 'modifiedUntil']
] as const;

/** A full date-time with its offset (the spec's `date-time`), or a plain date meaning midnight UTC. */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}(?:[Tt ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:[Zz]|[+-]\d{2}:?\d{2}))?$/;

function parseDateTime(name: string, value: string): Date {
	const date = DATE_TIME.test(value) ? new Date(value.length === 10 ? `${value}T00:00:00Z` : value) : null;
	if (!date || Number.isNaN(date.getTime())) throw badRequest(m.oparl_error_bad_date({ name }));
	return date;
}

function parseWhole(value: string | null, max: number, message: () => string): number | null {
	if (value === null) return null;
	if (!/^\d{1,7}$/.test(value.trim())) throw badRequest(message());
	const n = Number(value.trim());
	if (n < 1 || n > max) throw badRequest(message());
	return n;
}

export function parseListQuery(params: URLSearchParams): ListQuery {
	const filters: ListFilters = {};
	for (const [name, key] of FILTERS) {
		const value = params.get(name);
		if (value !== null) filters[key] = parseDateTime(name, value.trim());
	}
	for (const [since, until] of [
		['created_since', 'created_until'],
		['modified_since', 'modified_until']
	] as const) {
		const a = filters[since === 'created_since' ? 'createdSince' : 'modifiedSince'];
		const b = filters[until === 'created_until' ? 'createdUntil' : 'modifiedUntil'];
		if (a && b && a > b) throw badRequest(m.oparl_error_bad_range({ since, until }));
	}
	const limitMessage = () => m.oparl_error_bad_limit({ max: MAX_LIMIT });
	const limit =
		parseWhole(params.get('limit'), MAX_LIMIT, limitMessage) ??
		parseWhole(params.get('elementsPerPage'), MAX_LIMIT, limitMessage) ??
		DEFAULT_LIMIT;
	const page = parseWhole(params.get('page'), MAX_PAGE, () => m.oparl_error_bad_page()) ?? 1;
	return { filters, page, limit };
}

/** Whether a row's timestamps pass the filters (for the small lists filtered in memory). */
export function passes(filters: ListFilters, created: Date, modified: Date): boolean {
	return (
		(!filters.createdSince || created >= filters.createdSince) &&
		(!filters.createdUntil || created <= filters.createdUntil) &&
		(!filters.modifiedSince || modified >= filters.modifiedSince) &&
		(!filters.modifiedUntil || modified <= filters.modifiedUntil)
	);
}
