import { describe, expect, it } from 'vitest';
import { accessibilityContact, DEFAULT_ACCESSIBILITY_CONTACT, LAST_AUTOMATED_CHECK, parseContact } from './statement';

describe('accessibility statement', () => {
	it('takes the contact from ACCESSIBILITY_CONTACT: an e-mail address or a contact form', () => {
		expect(accessibilityContact({ ACCESSIBILITY_CONTACT: ' tilgaengelighed@roskilde.dk ' })).toEqual({
			kind: 'email',
			text: 'tilgaengelighed@roskilde.dk',
			href: 'mailto:tilgaengelighed@roskilde.dk'
		});
		expect(accessibilityContact({ ACCESSIBILITY_CONTACT: 'https://kommune.example.dk/kontakt' })).toEqual({
			kind: 'web',
			text: 'https://kommune.example.dk/kontakt',
			href: 'https://kommune.example.dk/kontakt'
		});
	});

	it('falls back to the default when unset or unusable', () => {
		const fallback = { kind: 'email', text: DEFAULT_ACCESSIBILITY_CONTACT, href: `mailto:${DEFAULT_ACCESSIBILITY_CONTACT}` };
		expect(accessibilityContact({})).toEqual(fallback);
		expect(accessibilityContact({ ACCESSIBILITY_CONTACT: '  ' })).toEqual(fallback);
		expect(accessibilityContact({ ACCESSIBILITY_CONTACT: 'javascript:alert(1)' })).toEqual(fallback);
		expect(parseContact('skriv til os')).toBeNull();
	});

	it('dates the last automated check as a real day that has passed', () => {
		expect(LAST_AUTOMATED_CHECK).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		const day = new Date(`${LAST_AUTOMATED_CHECK}T00:00:00Z`);
		expect(day.toISOString().slice(0, 10)).toBe(LAST_AUTOMATED_CHECK);
		expect(day.getTime()).toBeLessThanOrEqual(Date.now());
	});
});
