import { describe, expect, it } from 'vitest';
import { loggablePath } from './log';

describe('loggablePath', () => {
	it('hides the token of a personal calendar feed and of a password link', () => {
		const token = 'a'.repeat(52);
		expect(loggablePath(`/kalender/personlig/${token}.ics`)).toBe('/kalender/personlig/[skjult]');
		expect(loggablePath(`/adgangskode/${token}`)).toBe('/adgangskode/[skjult]');
		expect(loggablePath(`/adgangskode/${token}/__data.json`)).toBe('/adgangskode/[skjult]/__data.json');
	});

	it('leaves other paths as they are', () => {
		expect(loggablePath('/kalender/styregruppen.ics')).toBe('/kalender/styregruppen.ics');
		expect(loggablePath('/moeder/12')).toBe('/moeder/12');
	});
});
