import type { RequestHandler } from './$types';
import { authorize } from '$lib/server/auth/policy';
import { database } from '$lib/server/db';
import { publicOrigin } from '$lib/server/http/public-origin';
import { oparl } from '$lib/server/oparl/api';
import { CORS_HEADERS, oparlResponse } from '$lib/server/oparl/response';

// The OParl 1.1 API (docs/api.md): read-only, public content only, the same answer for everyone.
export const GET: RequestHandler = async ({ locals, params, url }) => {
	authorize(locals, 'portal.read');
	return oparlResponse(await oparl(database(), publicOrigin(), params.path, url.searchParams));
};

/** CORS preflight: any origin may read. */
export const OPTIONS: RequestHandler = async ({ locals }) => {
	authorize(locals, 'portal.read');
	return new Response(null, { status: 204, headers: CORS_HEADERS });
};
