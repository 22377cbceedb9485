// What the accessibility statement (/tilgaengelighed) says that is not fixed text: where to write, and when the
// portal was last checked automatically.
import { logger } from '../log';

type Env = Record<string, string | undefined>;

/** Used when ACCESSIBILITY_CONTACT is unset; an operator sets the secretariat's real address (README). */
export const DEFAULT_ACCESSIBILITY_CONTACT = 'sekretariat@rammeaftale.example';

/**
 * The date the statement's automated check last ran in full and passed: axe (WCAG 2.1 A and AA) on every portal page
 * at 1280 and 390 px, in Danish and English, plus keyboard and no-JavaScript use (test/e2e). Update it when the
 * statement is reviewed after such a run.
 */
export const LAST_AUTOMATED_CHECK = '2026-11-25';

export type AccessibilityContact = { kind: 'email' | 'web'; text: string; href: string };

const EMAIL = /^[^\s@<>()"']+@[^\s@<>()"']+\.[^\s@<>()"']+$/;

/** ACCESSIBILITY_CONTACT as a link: an e-mail address (mailto:) or an http(s) address of a contact form. */
export function parseContact(value: string): AccessibilityContact | null {
	const text = value.trim();
	if (EMAIL.test(text)) return { kind: 'email', text, href: `mailto:${text}` };
	try {
		const url = new URL(text);
		if (url.protocol === 'https:' || url.protocol === 'http:') return { kind: 'web', text, href: url.href };
	} catch {
		// neither an e-mail address nor a URL
	}
	return null;
}

/** Where to write about accessibility, from ACCESSIBILITY_CONTACT; an unusable value is logged and the default used. */
export function accessibilityContact(env: Env = process.env): AccessibilityContact {
	const configured = env.ACCESSIBILITY_CONTACT?.trim();
	if (configured) {
		const contact = parseContact(configured);
		if (contact) return contact;
		logger.warn({ value: configured }, 'ACCESSIBILITY_CONTACT er hverken en e-mailadresse eller en http(s)-adresse');
	}
	return { kind: 'email', text: DEFAULT_ACCESSIBILITY_CONTACT, href: `mailto:${DEFAULT_ACCESSIBILITY_CONTACT}` };
}
