// Row ids in URLs. Every table's id is a PostgreSQL `integer` (generated always as identity), so an id outside
// 1..2³¹−1 names no row: it must answer 404, not reach the database and fail there ("out of range for type integer").

/** The largest value of a PostgreSQL `integer`. */
export const MAX_ID = 2_147_483_647;

/** A row id as it appears in a URL: decimal digits without a leading zero, 1..MAX_ID. Null for anything else. */
export function parseId(value: string): number | null {
	if (!/^[1-9]\d{0,9}$/.test(value)) return null;
	const id = Number(value);
	return id <= MAX_ID ? id : null;
}

/** Whether a number can be a row id (for domain functions that take one as a number). */
export const isId = (id: number) => Number.isInteger(id) && id >= 1 && id <= MAX_ID;
