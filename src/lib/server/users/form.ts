// Helpers for the user-administration routes: reading posted forms and presenting a new password link.
import { formatMeetingTime, type DateLocale } from '$lib/format/date';
import type { LinkDelivery } from './password-links-mail';

/** The named fields of a posted form as strings ('' when missing or a file), ready for the zod schemas. */
export function formFields<K extends string>(form: FormData, names: readonly K[]): Record<K, string> {
	const values = {} as Record<K, string>;
	for (const name of names) {
		const value = form.get(name);
		values[name] = typeof value === 'string' ? value : '';
	}
	return values;
}

/** The link a user sets a password with; e-mailed to the user, or shown once to the admin who made it. */
export const passwordLinkUrl = (origin: string, token: string) => `${origin}/adgangskode/${token}`;

/** What the admin page shows about a new link: sent to whom, or the link to copy (and whether mailing failed). */
export type LinkDeliveryView =
	| { sent: true; email: string; purpose: 'invite' | 'reset'; expires: string }
	| { sent: false; email: string; purpose: 'invite' | 'reset'; expires: string; link: string; mailFailed: boolean };

export function linkDeliveryView(delivery: LinkDelivery, locale: DateLocale): LinkDeliveryView {
	const { email, purpose } = delivery;
	const expires = formatMeetingTime(delivery.expiresAt, null, locale);
	if (delivery.sent) return { sent: true, email, purpose, expires };
	return { sent: false, email, purpose, expires, link: delivery.link, mailFailed: delivery.mailFailed };
}
