import type { Handle } from '@sveltejs/kit';
import { database } from '$lib/server/db';
import { validateSessionToken } from '$lib/server/auth/session';
import { sessionCookieName, setSessionCookie, deleteSessionCookie } from '$lib/server/auth/cookie';

/** Reads the session cookie into `locals.user`; renews the cookie's lifetime as the session slides. */
export const session: Handle = async ({ event, resolve }) => {
	const name = sessionCookieName(event.url);
	const token = event.cookies.get(name);
	event.locals.user = null;
	event.locals.sessionId = null;
	if (token) {
		const result = await validateSessionToken(database(), token);
		if (result) {
			event.locals.user = result.user;
			event.locals.sessionId = result.sessionId;
			setSessionCookie(event, token);
		} else {
			deleteSessionCookie(event);
		}
	}
	return resolve(event);
};
