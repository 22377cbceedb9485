import { redirect } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { authorize } from '$lib/server/auth/policy';
import { database } from '$lib/server/db';
import { invalidateSession } from '$lib/server/auth/session';
import { deleteSessionCookie } from '$lib/server/auth/cookie';

export const POST: RequestHandler = async (event) => {
	authorize(event.locals, 'portal.read');
	if (event.locals.sessionId) await invalidateSession(database(), event.locals.sessionId);
	deleteSessionCookie(event);
	redirect(303, '/');
};
