import { env } from '$env/dynamic/private';

/**
 * The app's address for links that leave it (e-mails). Never taken from the request: a forged Host header would
 * otherwise put an attacker's address into a password-reset mail. ORIGIN in production; locally the address
 * `npm start` prints.
 */
export function publicOrigin(): string {
	return (env.ORIGIN ?? `http://localhost:${env.PORT ?? 3000}`).replace(/\/$/, '');
}
