// The one Markdown renderer for portal, preview and exports. `html: false` escapes raw HTML in the source, and
// markdown-it's default link validation drops javascript:, vbscript:, file: and non-image data: URLs, so the
// output is safe to insert with {@html} without a sanitiser.
import MarkdownIt from 'markdown-it';

const md = new MarkdownIt({ html: false, linkify: true, typographer: false });

/** Renders Markdown to HTML that is safe to insert with `{@html}`. */
export function renderMarkdown(source: string): string {
	return md.render(source ?? '');
}

/**
 * The token stream of the same renderer (same options, same link validation), for outputs that are not HTML: the
 * Word export walks these tokens instead of parsing Markdown a second way.
 */
export function markdownTokens(source: string) {
	return md.parse(source ?? '', {});
}
