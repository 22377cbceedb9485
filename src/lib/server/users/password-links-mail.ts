// Invitation and reset links by e-mail: the admin's "create user" / "new link", and the public "Glemt adgangskode?".
// Without a mail server (SMTP_URL unset) the admin gets the link to copy instead, and self-service sends nothing.
// The link and its token are never logged; the mail module logs recipient and message id only.
import { eq, sql } from 'drizzle-orm';
import { users } from '../db/schema';
import type { Db } from '../db/types';
import { takeRateLimit } from '../auth/rate-limit';
import { logger } from '../log';
import { mailSettings, sendMail } from '../mail/mailer';
import { passwordLinkMail } from '../mail/messages';
import { emailField } from '$lib/schemas/auth';
import { createPasswordLink } from './password-tokens';
import { passwordLinkUrl } from './form';
import { ok, type Outcome } from './outcome';

const log = logger.child({ part: 'users' });

const HOUR_MS = 60 * 60 * 1000;

/** "Glemt adgangskode?": at most this many reset mails per account, and requests per address, per hour. */
export const RESET_LIMITS = {
	perAccount: { max: 3, windowMs: HOUR_MS },
	perAddress: { max: 10, windowMs: HOUR_MS }
} as const;

interface LinkFacts {
	/** The user's e-mail, where the link went or should go. */
	email: string;
	purpose: 'invite' | 'reset';
	expiresAt: Date;
}

/**
 * What became of a new link: sent by e-mail, or (no mail server, or sending failed) the link for the admin to copy,
 * shown once. `mailFailed` says the mail server refused the mail or could not be reached (rather than not configured).
 */
export type LinkDelivery = (LinkFacts & { sent: true }) | (LinkFacts & { sent: false; link: string; mailFailed: boolean });

/**
 * Makes a new invitation (no password yet) or reset link for the user and e-mails it when mail is configured.
 * `by` is the acting admin, named in the mail; `origin` the app's address the link starts with. A failed mail
 * is not a failed outcome: the link stays valid and comes back for the admin to copy, with a message.
 */
export async function sendPasswordLink(
	db: Db,
	userId: number,
	{ by, origin }: { by: number; origin: string },
	now = new Date()
): Promise<Outcome<LinkDelivery>> {
	const created = await createPasswordLink(db, userId, now);
	if (!created.ok) return created;
	const { token, purpose, expiresAt } = created.value;
	const [user] = await db.select({ name: users.name, email: users.email }).from(users).where(eq(users.id, userId));
	const link = passwordLinkUrl(origin, token);
	const facts = { email: user.email, purpose, expiresAt };
	const settings = mailSettings();
	if (!settings) return ok({ ...facts, sent: false, link, mailFailed: false });
	const [admin] = await db.select({ name: users.name }).from(users).where(eq(users.id, by));
	try {
		await sendMail(passwordLinkMail({ purpose, to: user, link, expiresAt, by: admin?.name ?? null }), settings);
		log.info({ userId, purpose, by }, 'adgangskodelink sendt på e-mail');
		return ok({ ...facts, sent: true });
	} catch {
		// sendMail logged the reason. The admin copies the link instead.
		return ok({ ...facts, sent: false, link, mailFailed: true });
	}
}

export type ResetRequestStatus =
	/** A link was made and its mail is on its way (see `delivery`). */
	| 'sending'
	/** No user has the e-mail (or it is not an e-mail at all). */
	| 'unknown'
	| 'disabled'
	/** Too many requests for the account or from the address within the hour. */
	| 'throttled'
	/** No mail server: nothing can be sent. */
	| 'mail-off';

export interface ResetRequest {
	status: ResetRequestStatus;
	/**
	 * Settles when the mail was handed to the SMTP server ('sent') or given up on ('failed'); 'none' when nothing
	 * was to be sent. Never rejects. Routes don't wait for it, so the answer comes as fast for an unknown address as
	 * for a known one; tests do.
	 */
	delivery: Promise<'sent' | 'failed' | 'none'>;
}

const nothing = (status: ResetRequestStatus): ResetRequest => ({ status, delivery: Promise.resolve('none') });

/**
 * "Glemt adgangskode?": sends a link to choose a new password to an existing, enabled user, at most
 * RESET_LIMITS.perAccount times per hour per account and RESET_LIMITS.perAddress requests per hour from one
 * address. The caller answers the same whatever the status, so nobody learns which e-mails have a user.
 */
export async function requestPasswordReset(
	db: Db,
	email: string,
	{ address, origin }: { address: string; origin: string },
	now = new Date()
): Promise<ResetRequest> {
	const parsed = emailField().safeParse(email);
	if (!parsed.success) return nothing('unknown');
	const settings = mailSettings();
	if (!settings) return nothing('mail-off');
	const { perAccount, perAddress } = RESET_LIMITS;
	if (!(await takeRateLimit(db, { key: `reset-address:${address}`, ...perAddress }, now))) {
		log.warn({ address }, 'for mange anmodninger om ny adgangskode fra adressen');
		return nothing('throttled');
	}
	const [user] = await db
		.select({ id: users.id, name: users.name, email: users.email, disabledAt: users.disabledAt })
		.from(users)
		.where(eq(sql`lower(${users.email})`, parsed.data.toLowerCase()));
	if (!user) return nothing('unknown');
	if (user.disabledAt) {
		log.info({ userId: user.id }, 'anmodning om ny adgangskode til en deaktiveret bruger');
		return nothing('disabled');
	}
	if (!(await takeRateLimit(db, { key: `reset-account:${user.id}`, ...perAccount }, now))) {
		log.warn({ userId: user.id }, 'for mange anmodninger om ny adgangskode til brugeren');
		return nothing('throttled');
	}
	const created = await createPasswordLink(db, user.id, now);
	if (!created.ok) return nothing('disabled'); // disabled in the meantime
	const { token, purpose, expiresAt } = created.value;
	const mail = passwordLinkMail({ purpose, to: user, link: passwordLinkUrl(origin, token), expiresAt, by: null });
	log.info({ userId: user.id, purpose }, 'link til ny adgangskode bestilt');
	const delivery = sendMail(mail, settings).then(
		() => 'sent' as const,
		() => 'failed' as const // sendMail logged the reason
	);
	return { status: 'sending', delivery };
}
