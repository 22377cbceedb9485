import type { RequestEvent } from '@sveltejs/kit';
import { ABSOLUTE_LIFETIME_MS } from './session';

/** `__Host-` prefix under HTTPS pins the cookie to this host and path, with Secure. */
export const sessionCookieName = (url: URL) => (url.protocol === 'https:' ? '__Host-session' : 'session');

export function setSessionCookie(event: Pick<RequestEvent, 'cookies' | 'url'>, token: string) {
	event.cookies.set(sessionCookieName(event.url), token, {
		httpOnly: true,
		sameSite: 'lax',
		path: '/',
		secure: event.url.protocol === 'https:',
		maxAge: ABSOLUTE_LIFETIME_MS / 1000
	});
}

export function deleteSessionCookie(event: Pick<RequestEvent, 'cookies' | 'url'>) {
	event.cookies.delete(sessionCookieName(event.url), { path: '/', secure: event.url.protocol === 'https:' });
}
