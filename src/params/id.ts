// `[id=id]` in a route folder: only a row id in the database's range matches, anything else is a 404 before any
// load runs (src/lib/id.ts).
import type { ParamMatcher } from '@sveltejs/kit';
import { parseId } from '$lib/id';

export const match = ((param: string) => parseId(param) !== null) satisfies ParamMatcher;
