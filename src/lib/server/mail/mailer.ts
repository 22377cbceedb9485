// Outgoing e-mail over SMTP (nodemailer). Configured by SMTP_URL and MAIL_FROM, read at every call, so a test can
// point the module at its own SMTP sink. Without SMTP_URL the app sends nothing, and the admin copies links instead.
// The logs name the recipient and the message id, never the content: a mail may carry a one-time link.
import nodemailer from 'nodemailer';
import { logger } from '../log';

export const DEFAULT_MAIL_FROM = 'Rammeaftalesekretariatet <noreply@localhost>';

/** Where mail goes out: an SMTP URL such as `smtp://user:pass@host:587` or `smtps://…:465`, and the sender. */
export interface MailSettings {
	url: string;
	from: string;
}

export interface OutgoingMail {
	to: string;
	subject: string;
	text: string;
	html?: string;
	/** Extra headers, e.g. List-Unsubscribe and List-Unsubscribe-Post on subscription mails. */
	headers?: Record<string, string>;
}

type Env = Record<string, string | undefined>;

const log = logger.child({ part: 'mail' });

/** The mail settings from the environment, or null when no SMTP server is configured. */
export function mailSettings(env: Env = process.env): MailSettings | null {
	const url = env.SMTP_URL?.trim();
	if (!url) return null;
	return { url, from: env.MAIL_FROM?.trim() || DEFAULT_MAIL_FROM };
}

/** True when SMTP_URL is set: links are then sent by e-mail instead of shown to the admin. */
export const mailConfigured = (env: Env = process.env): boolean => mailSettings(env) !== null;

/** A mail that could not be handed to the SMTP server. The message names the recipient and the reason only. */
export class MailError extends Error {
	constructor(
		readonly to: string,
		cause: unknown
	) {
		super(`E-mail til ${to} kunne ikke sendes: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
		this.name = 'MailError';
	}
}

/** `smtp:`/`smtps:` with a host; anything else is a configuration mistake, reported without the URL (it may hold a password). */
function checkedUrl(url: string): string {
	let parsed: URL;
	try {
		parsed = new URL(url);
	} catch {
		throw new Error('SMTP_URL er ikke en gyldig adresse (forventet fx smtp://bruger:adgangskode@mail.example.dk:587)');
	}
	if ((parsed.protocol !== 'smtp:' && parsed.protocol !== 'smtps:') || !parsed.hostname) {
		throw new Error('SMTP_URL skal begynde med smtp:// eller smtps:// og nævne en server');
	}
	return url;
}

/**
 * Hands one mail to the SMTP server and resolves with its message id once the server accepted it. Throws a
 * MailError when mail is not configured, the server cannot be reached, or it refuses the mail or the recipient.
 */
export async function sendMail(mail: OutgoingMail, settings: MailSettings | null = mailSettings()): Promise<{ messageId: string }> {
	try {
		if (!settings) throw new Error('der er ikke sat en mailserver op (SMTP_URL)');
		// A transport per mail: without pooling nodemailer opens a connection per mail anyway, and the settings are
		// read afresh. The timeouts keep an admin's request from hanging on an unreachable server.
		const transport = nodemailer.createTransport({
			url: checkedUrl(settings.url),
			connectionTimeout: 10_000,
			greetingTimeout: 10_000,
			socketTimeout: 30_000
		});
		try {
			const info = await transport.sendMail({
				from: settings.from,
				to: mail.to,
				subject: mail.subject,
				text: mail.text,
				...(mail.html === undefined ? {} : { html: mail.html }),
				...(mail.headers === undefined ? {} : { headers: mail.headers })
			});
			log.info({ to: mail.to, messageId: info.messageId }, 'e-mail sendt');
			return { messageId: info.messageId };
		} finally {
			transport.close();
		}
	} catch (error) {
		const code = (error as { code?: unknown }).code;
		const responseCode = (error as { responseCode?: unknown }).responseCode;
		log.warn({ to: mail.to, code, responseCode, reason: error instanceof Error ? error.message : String(error) }, 'e-mail kunne ikke sendes');
		throw new MailError(mail.to, error);
	}
}
