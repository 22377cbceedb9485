import pino from 'pino';

/** Structured logs. Never log tokens, passwords or session cookies; redact the usual suspects anyway. */
export const logger = pino({
	level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'warn' : 'info'),
	redact: {
		paths: ['password', '*.password', 'token', '*.token', 'cookie', '*.cookie', 'headers.cookie', 'secret'],
		censor: '[skjult]'
	}
});

/**
 * A request path fit for the logs: the secret some addresses carry (a personal calendar feed's token, a password
 * link's token) is replaced, so an error on such a request does not write a working credential to the log.
 */
export function loggablePath(pathname: string): string {
	return pathname
		.replace(/^\/kalender\/personlig\/[^/]+/, '/kalender/personlig/[skjult]')
		.replace(/^\/adgangskode\/[^/]+/, '/adgangskode/[skjult]');
}
