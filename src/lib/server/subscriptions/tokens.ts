// The links in subscription mails. The confirmation link carries a random token; the database keeps only its
// SHA-256. The unsubscribe link must stand in every later mail too, so its token is derived (HMAC-SHA-256 of the
// subscription's id under a server secret) rather than kept: the database still holds only its SHA-256, so a copy of
// the database can neither confirm nor cancel anyone's subscription.
import { createHash, createHmac, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';

/** A confirmation link works this long. */
export const CONFIRM_LIFETIME_MS = 48 * 60 * 60 * 1000;

/** What a token in a link may look like (base32, lower case); anything else is not looked up. */
export const TOKEN_PATTERN = /^[a-z2-7]{32,64}$/;

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export function randomToken(): string {
	return encodeBase32LowerCaseNoPadding(randomBytes(20)); // 160 bits
}

export function unsubscribeToken(subscriptionId: number, secret: string): string {
	return encodeBase32LowerCaseNoPadding(createHmac('sha256', secret).update(`afmeld:${subscriptionId}`).digest()).slice(0, 52);
}

type Env = Record<string, string | undefined>;

let cached: { key: string; secret: string } | undefined;

/**
 * The secret behind unsubscribe links: SUBSCRIPTION_SECRET, or else a random one kept in
 * `data/subscription.secret` (made at first use, readable by the app's user only). Several app processes on
 * several machines must share SUBSCRIPTION_SECRET. A changed secret makes older mails' unsubscribe links stop working;
 * the next mail to each subscriber carries a working one (send.ts stores the new hash).
 */
export function subscriptionSecret(env: Env = process.env): string {
	const fromEnv = env.SUBSCRIPTION_SECRET?.trim();
	if (fromEnv) return fromEnv;
	const file = path.join('data', 'subscription.secret');
	if (cached?.key === file) return cached.secret;
	if (!existsSync(file)) {
		mkdirSync(path.dirname(file), { recursive: true });
		try {
			writeFileSync(file, `${randomBytes(32).toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
		} catch (err) {
			// Another process made it first: read theirs.
			if ((err as { code?: string }).code !== 'EEXIST') throw err;
		}
	}
	cached = { key: file, secret: readFileSync(file, 'utf8').trim() };
	return cached.secret;
}
