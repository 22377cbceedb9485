import pino from 'pino';

/** Structured logs. Never log tokens, passwords or session cookies; redact the usual suspects anyway. */
export const logger = pino({
	level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'warn' : 'info'),
	redact: {
		paths: ['password', '*.password', 'token', '*.token', 'cookie', '*.cookie', 'headers.cookie', 'secret'],
		censor: '[skjult]'
	}
});
