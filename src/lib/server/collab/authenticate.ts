// Who is on the other end of a WebSocket upgrade: the session cookie and the Origin header, read before upgrading.
import type { IncomingMessage } from 'node:http';
import type { TLSSocket } from 'node:tls';
import type { Db } from '../db/types';
import { validateSessionToken } from '../auth/session';
import type { Authenticated } from './server';

function cookies(req: IncomingMessage): Map<string, string> {
	const map = new Map<string, string>();
	for (const part of (req.headers.cookie ?? '').split(';')) {
		const eq = part.indexOf('=');
		if (eq < 1) continue;
		const name = part.slice(0, eq).trim();
		try {
			map.set(name, decodeURIComponent(part.slice(eq + 1).trim()));
		} catch {
			// a malformed cookie is no session
		}
	}
	return map;
}

/** The session from the cookie the sign-in set (`__Host-session` under HTTPS, `session` over local http). */
export function cookieAuthenticator(db: Db) {
	return async (req: IncomingMessage): Promise<Authenticated | null> => {
		const jar = cookies(req);
		const token = jar.get('__Host-session') ?? jar.get('session');
		if (!token) return null;
		const result = await validateSessionToken(db, token);
		if (!result) return null;
		return {
			user: result.user,
			sessionId: result.sessionId,
			stillValid: async () => (await validateSessionToken(db, token))?.user ?? null
		};
	};
}

/**
 * The upgrade must come from the app's own pages: ORIGIN when configured (behind a proxy), else the address the
 * request was made to. Browsers always send Origin on a WebSocket; a request without it is refused.
 */
export function originChecker(configured: string | undefined, protocolHeader?: string) {
	const fixed = configured?.replace(/\/$/, '');
	return (req: IncomingMessage): boolean => {
		const origin = req.headers.origin;
		if (!origin) return false;
		if (fixed) return origin === fixed;
		const forwarded = protocolHeader ? req.headers[protocolHeader.toLowerCase()] : undefined;
		const protocol =
			typeof forwarded === 'string' ? forwarded : (req.socket as TLSSocket).encrypted ? 'https' : 'http';
		return origin === `${protocol}://${req.headers.host}`;
	};
}
