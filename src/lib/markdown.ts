// The one Markdown renderer for portal, preview and exports. `html: false` escapes raw HTML in the source, and
// markdown-it's default link validation drops javascript:, vbscript:, file: and non-image data: URLs, so the
// output is safe to insert with {@html} without a sanitiser.
import MarkdownIt from 'markdown-it';

const md = new MarkdownIt({ html: false, linkify: true, typographer: false });

/** Renders Markdown to HTML that is safe to insert with `{@html}`. */
export function renderMarkdown(source: string): string {
	return md.render(source ?? '');
}
