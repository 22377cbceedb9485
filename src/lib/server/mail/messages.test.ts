// The texts of the invitation and reset e-mails: Danish, with the link, who made it and the expiry in Copenhagen time.
import { describe, expect, it } from 'vitest';
import { passwordLinkMail } from './messages';
import { overwriteGetLocale, getLocale } from '$lib/paraglide/runtime';

const link = 'https://rammeaftale.example/adgangskode/abcdefghijklmnopqrstuvwxyz234567';
const to = { name: 'Bente Bruger', email: 'bente@kommune.example' };

describe('password link e-mails', () => {
	it('an invitation names the admin, the link and the expiry (summer time)', () => {
		const mail = passwordLinkMail({
			purpose: 'invite',
			to,
			link,
			expiresAt: new Date('2025-03-31T08:00:00Z'),
			by: 'Anne Admin'
		});
		expect(mail.to).toBe('bente@kommune.example');
		expect(mail.subject).toBe('Invitation til Rammeaftale Sjælland');
		expect(mail.text).toMatch(/^Hej Bente Bruger\n\nAnne Admin har oprettet en bruger til dig i Rammeaftale Sjælland/);
		expect(mail.text).toContain(`Vælg din adgangskode her:\n${link}\n`);
		// 08:00 UTC is 10.00 in Copenhagen on the first Monday of summer time.
		expect(mail.text).toContain('Linket kan bruges én gang og virker indtil mandag 31. marts 2025 kl. 10.00.');
		expect(mail.text).toContain('bente@kommune.example');
		expect(mail.text).toContain('Venlig hilsen\nSekretariatet for Rammeaftale Sjælland');
		expect(mail.html).toBeUndefined();
	});

	it('a reset made by an admin names the admin; one asked for by the user says so', () => {
		const expiresAt = new Date('2025-01-10T23:30:00Z'); // already Saturday in Copenhagen
		const byAdmin = passwordLinkMail({ purpose: 'reset', to, link, expiresAt, by: 'Anne Admin' });
		expect(byAdmin.subject).toBe('Nulstil din adgangskode til Rammeaftale Sjælland');
		expect(byAdmin.text).toContain('Anne Admin har lavet et link, så du kan vælge en ny adgangskode');
		expect(byAdmin.text).toContain(`Vælg en ny adgangskode her:\n${link}\n`);
		expect(byAdmin.text).toContain('virker indtil lørdag 11. januar 2025 kl. 0.30.');

		const requested = passwordLinkMail({ purpose: 'reset', to, link, expiresAt, by: null });
		expect(requested.text).toContain('Vi har fået en anmodning om at nulstille adgangskoden til din bruger (bente@kommune.example)');
		expect(requested.text).toContain('Har du ikke bedt om en ny adgangskode, kan du se bort fra denne e-mail.');
		expect(requested.text).not.toContain('Anne Admin');
	});

	it('is in Danish even when the admin uses the English pages', () => {
		const before = getLocale;
		overwriteGetLocale(() => 'en');
		try {
			const mail = passwordLinkMail({ purpose: 'invite', to, link, expiresAt: new Date('2025-06-02T10:00:00Z'), by: 'Anne Admin' });
			expect(mail.subject).toBe('Invitation til Rammeaftale Sjælland');
			expect(mail.text).toContain('mandag 2. juni 2025 kl. 12.00');
		} finally {
			overwriteGetLocale(before);
		}
	});
});
