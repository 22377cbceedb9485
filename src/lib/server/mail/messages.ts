// The e-mails the app sends, as plain text in Danish (the texts are in messages/*.json under `mail_`). Danish
// whatever language the sender's page is in: the recipient has not chosen a language yet.
import { formatMeetingTime } from '$lib/format/date';
import { m } from '$lib/paraglide/messages';
import type { OutgoingMail } from './mailer';

const locale = 'da' as const;
const da = { locale };

export interface PasswordLinkMailInput {
	/** An invitation (no password yet) or a link to choose a new password. */
	purpose: 'invite' | 'reset';
	to: { name: string; email: string };
	/** The full one-time link, e.g. https://…/adgangskode/<token>. */
	link: string;
	expiresAt: Date;
	/** The name of the admin who made the link, or null when the user asked for it through "Glemt adgangskode?". */
	by: string | null;
}

const paragraphs = (...parts: string[]) => parts.join('\n\n') + '\n';

/** The invitation or reset e-mail with the link, who made it and when it expires (Copenhagen time). */
export function passwordLinkMail({ purpose, to, link, expiresAt, by }: PasswordLinkMailInput): OutgoingMail {
	const expires = formatMeetingTime(expiresAt, null, locale);
	const signature = `${m.mail_regards({}, da)}\n${m.mail_sender_name({}, da)}`;
	if (purpose === 'invite') {
		return {
			to: to.email,
			subject: m.mail_invite_subject({}, da),
			text: paragraphs(
				m.mail_greeting({ name: to.name }, da),
				m.mail_invite_by({ by: by ?? m.mail_sender_name({}, da) }, da),
				`${m.mail_invite_action({}, da)}\n${link}`,
				m.mail_link_expiry({ expires }, da),
				m.mail_invite_after({ email: to.email }, da),
				m.mail_invite_ignore({}, da),
				signature,
				m.mail_automatic({}, da)
			)
		};
	}
	return {
		to: to.email,
		subject: m.mail_reset_subject({}, da),
		text: paragraphs(
			m.mail_greeting({ name: to.name }, da),
			by === null ? m.mail_reset_requested({ email: to.email }, da) : m.mail_reset_by({ by, email: to.email }, da),
			`${m.mail_reset_action({}, da)}\n${link}`,
			m.mail_link_expiry({ expires }, da),
			m.mail_reset_ignore({}, da),
			signature,
			m.mail_automatic({}, da)
		)
	};
}
