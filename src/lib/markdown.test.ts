import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './markdown';

describe('renderMarkdown', () => {
	it('renders paragraphs, emphasis and lists', () => {
		const html = renderMarkdown('Det indstilles:\n\n- at styregruppen **godkender** oplægget\n- at *sekretariatet* følger op');
		expect(html).toContain('<p>Det indstilles:</p>');
		expect(html).toContain('<li>at styregruppen <strong>godkender</strong> oplægget</li>');
		expect(html).toContain('<em>sekretariatet</em>');
	});

	it('escapes raw HTML instead of passing it through', () => {
		const html = renderMarkdown('<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>');
		expect(html).not.toContain('<script>');
		expect(html).not.toContain('<img');
		expect(html).toContain('&lt;script&gt;');
	});

	it('drops javascript: and data: links', () => {
		const html = renderMarkdown('[klik](javascript:alert(1)) og [data](data:text/html;base64,PHNjcmlwdD4=)');
		expect(html).not.toMatch(/href="javascript:/i);
		expect(html).not.toMatch(/href="data:/i);
	});

	it('linkifies plain URLs', () => {
		const html = renderMarkdown('Se https://www.rammeaftale-sjaelland.dk for mere.');
		expect(html).toContain('<a href="https://www.rammeaftale-sjaelland.dk">');
	});

	it('returns an empty string for empty input', () => {
		expect(renderMarkdown('')).toBe('');
	});
});
