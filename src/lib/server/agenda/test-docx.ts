// For tests only (Vitest and Playwright): opens a .docx (a zip) with node:zlib and reads the paragraphs of
// word/document.xml as text with their style. No imports from $lib, so Playwright specs can use it too.
import { inflateRawSync } from 'node:zlib';

/** The files of a zip archive by name (stored and deflated entries, as every .docx writer uses). */
export function unzip(archive: Buffer): Map<string, Buffer> {
	const files = new Map<string, Buffer>();
	// End of central directory: the last record with its signature, at most 64 KiB of comment from the end.
	let end = -1;
	for (let i = archive.length - 22; i >= Math.max(0, archive.length - 22 - 0xffff); i--) {
		if (archive.readUInt32LE(i) === 0x06054b50) {
			end = i;
			break;
		}
	}
	if (end < 0) throw new Error('not a zip archive');
	const count = archive.readUInt16LE(end + 10);
	let at = archive.readUInt32LE(end + 16);
	for (let n = 0; n < count; n++) {
		if (archive.readUInt32LE(at) !== 0x02014b50) throw new Error('broken central directory');
		const method = archive.readUInt16LE(at + 10);
		const compressedSize = archive.readUInt32LE(at + 20);
		const nameLength = archive.readUInt16LE(at + 28);
		const extraLength = archive.readUInt16LE(at + 30);
		const commentLength = archive.readUInt16LE(at + 32);
		const local = archive.readUInt32LE(at + 42);
		const name = archive.toString('utf8', at + 46, at + 46 + nameLength);
		if (archive.readUInt32LE(local) !== 0x04034b50) throw new Error(`broken local header for ${name}`);
		const dataStart = local + 30 + archive.readUInt16LE(local + 26) + archive.readUInt16LE(local + 28);
		const data = archive.subarray(dataStart, dataStart + compressedSize);
		if (method === 0) files.set(name, Buffer.from(data));
		else if (method === 8) files.set(name, inflateRawSync(data));
		else throw new Error(`unsupported compression ${method} for ${name}`);
		at += 46 + nameLength + extraLength + commentLength;
	}
	return files;
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescapeXml = (text: string) =>
	text.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_, e: string) =>
		e.startsWith('#x') || e.startsWith('#X')
			? String.fromCodePoint(parseInt(e.slice(2), 16))
			: e.startsWith('#')
				? String.fromCodePoint(Number(e.slice(1)))
				: entities[e]
	);

export interface DocxParagraph {
	/** The paragraph style ("Title", "Heading1", "ListParagraph"…), or null. */
	style: string | null;
	/** Whether the paragraph is in a list (bullet or numbered). */
	listed: boolean;
	text: string;
}

/** The paragraphs of a .docx's body, in order, as plain text. */
export function docxParagraphs(docx: Buffer): DocxParagraph[] {
	const xml = unzip(docx).get('word/document.xml')?.toString('utf8');
	if (!xml) throw new Error('no word/document.xml');
	const paragraphs: DocxParagraph[] = [];
	for (const match of xml.matchAll(/<w:p[ >][^]*?<\/w:p>|<w:p\/>/g)) {
		const p = match[0];
		const style = /<w:pStyle w:val="([^"]+)"/.exec(p)?.[1] ?? null;
		const text = [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g)]
			.map((t) => (t[0].startsWith('<w:br') ? '\n' : unescapeXml(t[1])))
			.join('');
		paragraphs.push({ style, listed: p.includes('<w:numPr>'), text });
	}
	return paragraphs;
}
