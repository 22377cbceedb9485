// Markdown fields as Word paragraphs: walks the token stream of the portal's own renderer (src/lib/markdown.ts,
// `html: false`, the same link validation), so a field reads the same on the portal and on paper. Raw HTML stays
// literal text; links markdown-it refuses (javascript: and the like) stay text without a link.
import {
	AlignmentType,
	BorderStyle,
	ExternalHyperlink,
	LevelFormat,
	Paragraph,
	Table,
	TableCell,
	TableRow,
	TextRun,
	WidthType,
	type ILevelsOptions,
	type INumberingOptions,
	type ParagraphChild
} from 'docx';
import { markdownTokens } from '$lib/markdown';

type Token = ReturnType<typeof markdownTokens>[number];

/** Twips per list level (0.5 inch, Word's default step). */
const STEP = 720;
const BULLETS = ['•', '◦', '▪'];
const MONO = 'Consolas';

/**
 * The lists of one Word document: one bullet list definition, and one numbered definition per first number used
 * (a Markdown list may start at 3). Each Markdown list is its own instance, so numbering restarts per list.
 */
export class DocxLists {
	private instances = 0;
	private readonly starts = new Set<number>([1]);

	nextInstance(): number {
		return ++this.instances;
	}

	orderedReference(start: number): string {
		this.starts.add(start);
		return `ordered-${start}`;
	}

	numbering(): INumberingOptions {
		const levels = (format: 'bullet' | 'decimal', start: number): ILevelsOptions[] =>
			Array.from({ length: 9 }, (_, level) => ({
				level,
				format: format === 'bullet' ? LevelFormat.BULLET : LevelFormat.DECIMAL,
				text: format === 'bullet' ? BULLETS[level % BULLETS.length] : `%${level + 1}.`,
				start: level === 0 ? start : 1,
				alignment: AlignmentType.LEFT,
				style: { paragraph: { indent: { left: STEP * (level + 1), hanging: 360 } } }
			}));
		return {
			config: [
				{ reference: 'bullets', levels: levels('bullet', 1) },
				...[...this.starts].map((start) => ({ reference: `ordered-${start}`, levels: levels('decimal', start) }))
			]
		};
	}
}

export interface MarkdownDocxOptions {
	lists: DocxLists;
	/** Site-relative links ("/tilbud/kildebo") are made absolute against this; without it they stay text. */
	origin?: string;
	/**
	 * Render the whole text as one bullet of a list at level 0 (a decision bullet): its first paragraph carries the
	 * bullet, the rest are indented under it, and its own lists nest one level deeper.
	 */
	asListItem?: { instance: number };
}

interface ListFrame {
	reference: string;
	instance: number;
	/** Whether the current item already has its numbered/bulleted first paragraph. */
	itemStarted: boolean;
}

interface InlineState {
	bold: number;
	italics: number;
	strike: number;
}

/** A link target for Word: http(s) and mailto as they are, site-relative paths against `origin`, else null. */
export function absoluteHref(href: string | null | undefined, origin?: string): string | null {
	if (!href) return null;
	try {
		const url = origin ? new URL(href, origin) : new URL(href);
		return ['http:', 'https:', 'mailto:'].includes(url.protocol) ? url.href : null;
	} catch {
		return null;
	}
}

/** Inline tokens (a paragraph's children) as Word runs: bold, italics, strikethrough, code, links, line breaks. */
export function inlineRuns(
	children: Token[] | null,
	origin?: string,
	initial: Partial<InlineState> = {}
): ParagraphChild[] {
	const out: ParagraphChild[] = [];
	const state: InlineState = { bold: 0, italics: 0, strike: 0, ...initial };
	let link: { href: string | null; runs: TextRun[] } | null = null;
	// Only what is on: an explicit "off" would override the paragraph's style (a bold table header, a heading).
	const style = () => ({
		...(state.bold > 0 ? { bold: true } : {}),
		...(state.italics > 0 ? { italics: true } : {}),
		...(state.strike > 0 ? { strike: true } : {})
	});
	const push = (run: TextRun) => {
		if (link) link.runs.push(run);
		else out.push(run);
	};
	const text = (value: string, extra: Partial<{ font: string }> = {}) => {
		if (value === '') return;
		push(new TextRun({ text: value, ...style(), ...extra, ...(link?.href ? { style: 'Hyperlink' } : {}) }));
	};
	for (const token of children ?? []) {
		switch (token.type) {
			case 'text':
				text(token.content);
				break;
			case 'code_inline':
				text(token.content, { font: MONO });
				break;
			case 'softbreak':
				// As in the browser: a line break inside a paragraph is a space.
				text(' ');
				break;
			case 'hardbreak':
				push(new TextRun({ break: 1 }));
				break;
			case 'strong_open':
				state.bold++;
				break;
			case 'strong_close':
				state.bold--;
				break;
			case 'em_open':
				state.italics++;
				break;
			case 'em_close':
				state.italics--;
				break;
			case 's_open':
				state.strike++;
				break;
			case 's_close':
				state.strike--;
				break;
			case 'link_open':
				link = { href: absoluteHref(String(token.attrGet('href') ?? ''), origin), runs: [] };
				break;
			case 'link_close':
				if (link) {
					const { href, runs } = link;
					link = null;
					if (href) out.push(new ExternalHyperlink({ link: href, children: runs }));
					else out.push(...runs);
				}
				break;
			case 'image':
				// No images in the document: the alternative text stands in its place.
				text(token.content);
				break;
			default:
				if (token.content) text(token.content);
		}
	}
	if (link) out.push(...link.runs);
	return out;
}

/** A Markdown field as Word paragraphs (and tables). */
export function markdownToDocx(source: string, options: MarkdownDocxOptions): (Paragraph | Table)[] {
	const tokens = markdownTokens(source);
	const out: (Paragraph | Table)[] = [];
	const lists: ListFrame[] = options.asListItem
		? [{ reference: 'bullets', instance: options.asListItem.instance, itemStarted: false }]
		: [];
	let quote = 0;
	let heading = false;
	let table: { rows: TableCell[][]; headerCell: boolean } | null = null;

	/** Paragraph options for where we are: the item's first paragraph gets the bullet, later ones its indent. */
	const place = () => {
		const frame = lists.at(-1);
		const quoteIndent = quote * STEP;
		if (!frame) return quote ? { indent: { left: quoteIndent } } : {};
		const level = lists.length - 1;
		if (!frame.itemStarted) {
			frame.itemStarted = true;
			return { numbering: { reference: frame.reference, level, instance: frame.instance } };
		}
		return { indent: { left: STEP * (level + 1) + quoteIndent } };
	};

	const paragraph = (children: ParagraphChild[], extra: { keepNext?: boolean } = {}) =>
		new Paragraph({ children, ...place(), ...extra });

	for (let i = 0; i < tokens.length; i++) {
		const token = tokens[i];
		switch (token.type) {
			case 'bullet_list_open':
				lists.push({ reference: 'bullets', instance: options.lists.nextInstance(), itemStarted: true });
				break;
			case 'ordered_list_open': {
				const start = Number(token.attrGet('start') ?? 1);
				lists.push({
					reference: options.lists.orderedReference(Number.isInteger(start) && start > 0 ? start : 1),
					instance: options.lists.nextInstance(),
					itemStarted: true
				});
				break;
			}
			case 'list_item_open': {
				const frame = lists.at(-1);
				if (frame) frame.itemStarted = false;
				break;
			}
			case 'bullet_list_close':
			case 'ordered_list_close':
				lists.pop();
				break;
			case 'blockquote_open':
				quote++;
				break;
			case 'blockquote_close':
				quote--;
				break;
			case 'heading_open':
				heading = true;
				break;
			case 'heading_close':
				heading = false;
				break;
			case 'inline': {
				if (table) {
					const runs = inlineRuns(token.children, options.origin, table.headerCell ? { bold: 1 } : {});
					table.rows.at(-1)?.push(
						new TableCell({ children: [new Paragraph({ children: runs })], width: { size: 0, type: WidthType.AUTO } })
					);
					break;
				}
				// A heading inside a field: bold and kept with what follows, but not a Word heading, so the
				// document's outline stays items and their sections.
				if (heading) out.push(paragraph(inlineRuns(token.children, options.origin, { bold: 1 }), { keepNext: true }));
				else out.push(paragraph(inlineRuns(token.children, options.origin)));
				break;
			}
			case 'fence':
			case 'code_block': {
				const lines = token.content.replace(/\n$/, '').split('\n');
				out.push(
					paragraph(lines.map((line, n) => new TextRun({ text: line, font: MONO, break: n === 0 ? 0 : 1 })))
				);
				break;
			}
			case 'hr':
				out.push(
					new Paragraph({
						children: [],
						border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: 'auto', space: 1 } }
					})
				);
				break;
			case 'table_open':
				table = { rows: [], headerCell: false };
				break;
			case 'th_open':
			case 'td_open':
				if (table) table.headerCell = token.type === 'th_open';
				break;
			case 'tr_open':
				table?.rows.push([]);
				break;
			case 'table_close':
				if (table && table.rows.length) {
					out.push(
						new Table({
							rows: table.rows.map((cells, n) => new TableRow({ children: cells, tableHeader: n === 0 })),
							width: { size: 100, type: WidthType.PERCENTAGE }
						})
					);
				}
				table = null;
				break;
		}
	}
	return out;
}
