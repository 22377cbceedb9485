import type { RequestHandler } from './$types';
import { authorize } from '$lib/server/auth/policy';
import { database } from '$lib/server/db';
import { meetingDocxResponse } from '$lib/server/agenda/export-response';

/** The meeting's published minutes as a Word document, as the viewer may read it (closed items by number and title only). */
export const GET: RequestHandler = async ({ locals, params, url }) => {
	const viewer = authorize(locals, 'portal.read');
	return meetingDocxResponse(database(), params.id, viewer, 'minutes', url.origin);
};
