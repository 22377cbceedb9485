import { describe, expect, it } from 'vitest';
import { safeHref } from './url';

describe('safeHref', () => {
	it('keeps http(s), mailto and site-relative links', () => {
		expect(safeHref('https://www.rammeaftale-sjaelland.dk/bilag.pdf')).toBe('https://www.rammeaftale-sjaelland.dk/bilag.pdf');
		expect(safeHref('mailto:sekretariat@roskilde.dk')).toBe('mailto:sekretariat@roskilde.dk');
		expect(safeHref('/tilbud/kildebo')).toBe('/tilbud/kildebo');
	});
	it('drops scripts, data URLs, protocol-relative links and empty values', () => {
		expect(safeHref('javascript:alert(1)')).toBeNull();
		expect(safeHref(' JavaScript:alert(1)')).toBeNull();
		expect(safeHref('data:text/html,<script>')).toBeNull();
		expect(safeHref('//evil.example')).toBeNull();
		expect(safeHref('')).toBeNull();
		expect(safeHref(null)).toBeNull();
	});
});
