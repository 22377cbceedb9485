// Tests of the Word export (export-docx.ts): the 12/8-2022 minutes as a .docx, opened and read back; closed items;
// Markdown through the portal's renderer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDb, type TestDb } from '../db/test-db';
import { agendaItems, meetings } from '../db/schema';
import { getMeetingForViewer } from '../meetings/meeting-page';
import { CLOSED_TITLE, plantClosedItem, plantHiddenAndPlannedMeetings, sgMeeting, viewer } from '../meetings/test-fixtures';
import {
	attachmentDisposition,
	buildMeetingDocx,
	exportMeetingDocx,
	meetingDocumentFileName,
	meetingDocuments
} from './export-docx';
import { docxParagraphs, unzip, type DocxParagraph } from './test-docx';
import { renderMarkdown } from '$lib/markdown';

let t: TestDb;
let sg: { id: number; bodyId: number };
let plannedId: number;
let hiddenId: number;
const marker = `LUKKET-${crypto.randomUUID()}`;

beforeAll(async () => {
	t = await createTestDb({ seeded: true });
	sg = await sgMeeting(t.db);
	await plantClosedItem(t.db, sg.id, marker);
	({ plannedId, hiddenId } = await plantHiddenAndPlannedMeetings(t.db, sg.bodyId));
});

afterAll(async () => {
	await t?.close();
});

async function paragraphs(kind: 'agenda' | 'minutes', who: Parameters<typeof exportMeetingDocx>[2]) {
	const result = await exportMeetingDocx(t.db, sg.id, who, kind, { origin: 'https://portal.example' });
	if (!result) throw new Error(`no ${kind} export`);
	return { ...result, paragraphs: docxParagraphs(result.body) };
}

const texts = (list: DocxParagraph[]) => list.map((p) => p.text);
const headings = (list: DocxParagraph[], style: string) => list.filter((p) => p.style === style).map((p) => p.text);

/** The paragraphs of one item: from its heading to the next item's heading. */
function itemParagraphs(list: DocxParagraph[], number: string): DocxParagraph[] {
	const start = list.findIndex((p) => p.style === 'Heading1' && p.text.startsWith(`${number}. `));
	if (start < 0) throw new Error(`no heading for item ${number}`);
	const next = list.findIndex((p, i) => i > start && p.style === 'Heading1');
	return list.slice(start, next < 0 ? undefined : next);
}

describe('the minutes of 12/8-2022 as a Word document', () => {
	it('has the meeting, then every item as "<number>. <title>" in the agenda order', async () => {
		const { paragraphs: list, fileName } = await paragraphs('minutes', null);
		expect(fileName).toBe('Styregruppen for Rammeaftale Sjælland 2022-08-12 referat.docx');
		expect(list[0]).toMatchObject({ style: 'Title', text: 'Referat af møde i Styregruppen for Rammeaftale Sjælland' });
		expect(texts(list)).toContain('Tidspunkt: fredag 12. august 2022 kl. 9.00–12.00');
		const itemHeadings = headings(list, 'Heading1').filter((h) => /^\d/.test(h));
		expect(itemHeadings.map((h) => h.split('. ')[0])).toEqual(['0', '1', '2', '3', '4', '5', '6A', '6B', '6C', '7', '99']);
		expect(itemHeadings[2]).toBe('2. Rammeaftale 2023-24 – behandling af rammeaftale 2023-24');
	});

	it('gives item 2 its sections in the minutes\' order and its decision bullets in their order and wording', async () => {
		const { paragraphs: list } = await paragraphs('minutes', null);
		const item2 = itemParagraphs(list, '2');
		expect(headings(item2, 'Heading2')).toEqual(['Beslutningstema', 'Baggrund', 'Sagsfremstilling', 'Indstilling', 'Beslutning', 'Bilag']);
		const meeting = await getMeetingForViewer(t.db, sg.id, null);
		const source = meeting?.items.find((i) => i.number === '2');
		if (!source || source.restricted) throw new Error('item 2 missing');
		const afterDecisionHeading = item2.slice(item2.findIndex((p) => p.text === 'Beslutning') + 1);
		const bullets = afterDecisionHeading.filter((p) => p.listed && p.style !== 'Heading2');
		// Each decision's text, in order, each one a list paragraph (the minutes' bullets).
		let from = 0;
		for (const decision of source.decisions) {
			const at = bullets.findIndex((p, i) => i >= from && p.text === decision.text.trim());
			expect(at, decision.text).toBeGreaterThanOrEqual(from);
			from = at + 1;
		}
		expect(source.decisions.length).toBeGreaterThan(2);
		expect(bullets[0].text).toBe('Styregruppen tog orienteringen til efterretning');
	});

	it('turns the Markdown of the fields into paragraphs and bullets, and lists attachments with their address', async () => {
		const { paragraphs: list } = await paragraphs('minutes', null);
		const item2 = itemParagraphs(list, '2');
		const indstilling = item2.slice(
			item2.findIndex((p) => p.text === 'Indstilling') + 1,
			item2.findIndex((p) => p.text === 'Beslutning')
		);
		expect(indstilling.some((p) => p.listed && p.text === 'At styregruppen tager orienteringen til efterretning')).toBe(true);
		expect(indstilling.every((p) => !p.text.includes('- '))).toBe(true);
		expect(texts(item2)).toContain('Rammeaftalebekendtgørelse: https://www.retsinformation.dk/eli/lta/2020/1298');
	});

	it('leaves the discussion and the decisions out of the agenda', async () => {
		const { paragraphs: list, fileName } = await paragraphs('agenda', null);
		expect(fileName).toBe('Styregruppen for Rammeaftale Sjælland 2022-08-12 dagsorden.docx');
		expect(list[0].text).toBe('Dagsorden til møde i Styregruppen for Rammeaftale Sjælland');
		const item2 = itemParagraphs(list, '2');
		expect(headings(item2, 'Heading2')).toEqual(['Beslutningstema', 'Baggrund', 'Sagsfremstilling', 'Indstilling', 'Bilag']);
		expect(texts(list)).not.toContain('Styregruppen tog orienteringen til efterretning');
	});
});

describe('closed items in the Word document', () => {
	it('gives an anonymous reader the number and title of a closed item and nothing else of it', async () => {
		for (const kind of ['agenda', 'minutes'] as const) {
			const { paragraphs: list, body } = await paragraphs(kind, null);
			expect(itemParagraphs(list, '99').map((p) => p.text)).toEqual([`99. ${CLOSED_TITLE} (lukket punkt)`]);
			expect(texts(list)).toContain(`99. ${CLOSED_TITLE} (lukket punkt)`);
			expect(texts(list).join('\n')).not.toContain(marker);
			expect(body.includes(Buffer.from(marker))).toBe(false);
		}
	});

	it('gives a member of another body nothing of the closed item either', async () => {
		const { paragraphs: list } = await paragraphs('minutes', viewer('member', [sg.bodyId + 1000]));
		expect(texts(list).join('\n')).not.toContain(marker);
	});

	it('gives the secretariat and the body\'s members the closed item in full', async () => {
		for (const who of [viewer('secretariat'), viewer('member', [sg.bodyId])]) {
			const { paragraphs: list } = await paragraphs('minutes', who);
			const item = texts(itemParagraphs(list, '99'));
			expect(item[0]).toBe(`99. ${CLOSED_TITLE} (lukket punkt)`);
			expect(item).toContain(`Lukket punkt: Personoplysninger ${marker}`);
			expect(item).toContain(`Beslutningstema ${marker}`);
			expect(item).toContain(`Drøftelse ${marker}`);
			expect(item).toContain(`Besluttet ${marker}`);
			expect(item).toContain(`Bilag ${marker}`);
		}
	});
});

describe('which documents exist', () => {
	it('has no export for a meeting the reader may not open, nor for one without agenda or published minutes', async () => {
		expect(await exportMeetingDocx(t.db, hiddenId, null, 'minutes')).toBeNull();
		expect(await exportMeetingDocx(t.db, plannedId, viewer('secretariat'), 'agenda')).toBeNull();
		expect(await exportMeetingDocx(t.db, 2_000_000_000, null, 'agenda')).toBeNull();
		expect(meetingDocuments({ items: [], status: 'minutes_published' })).toEqual({ agenda: false, minutes: false });
	});

	it('has the agenda of a meeting with agenda rows but no minutes until they are published', async () => {
		await t.db.insert(agendaItems).values({ meetingId: plannedId, number: '1', position: 10, kind: 'formal', title: 'Godkendelse af dagsorden' });
		await t.db.update(meetings).set({ status: 'agenda_published' }).where(eq(meetings.id, plannedId));
		expect(await exportMeetingDocx(t.db, plannedId, null, 'minutes')).toBeNull();
		const agenda = await exportMeetingDocx(t.db, plannedId, null, 'agenda');
		expect(agenda && docxParagraphs(agenda.body).map((p) => p.text)).toContain('1. Godkendelse af dagsorden');
	});
});

describe('Markdown in the export', () => {
	it('uses the portal renderer: raw HTML stays text, unsafe links are no links, bold, italics and links come through', async () => {
		const meeting = await getMeetingForViewer(t.db, sg.id, viewer('secretariat'));
		if (!meeting) throw new Error('no meeting');
		const item = meeting.items.find((i) => i.number === '1');
		if (!item || item.restricted) throw new Error('item 1 missing');
		const planted = {
			...meeting,
			items: [
				{
					...item,
					beslutningstema:
						'Se <b>ikke fed</b> og **fed** og *kursiv*.\n\n[farlig](javascript:alert(1)) og [tilbud](/tilbud/kildebo)\n\n1. første\n2. anden\n   - under',
					decisions: []
				}
			]
		};
		const body = await buildMeetingDocx(planted, 'agenda', { origin: 'https://portal.example' });
		const list = docxParagraphs(body);
		expect(texts(list)).toContain('Se <b>ikke fed</b> og fed og kursiv.');
		// As on the portal: a link markdown-it refuses stays literal text, a site link points into the portal.
		expect(texts(list)).toContain('[farlig](javascript:alert(1)) og tilbud');
		expect(renderMarkdown('[farlig](javascript:alert(1))')).not.toContain('href');
		const rels = unzip(body).get('word/_rels/document.xml.rels')?.toString('utf8') ?? '';
		expect(rels).toContain('Target="https://portal.example/tilbud/kildebo"');
		expect(rels).not.toContain('javascript:');
		const xml = unzip(body).get('word/document.xml')?.toString('utf8') ?? '';
		expect(xml).toMatch(/<w:r><w:rPr><w:b\/>(?:(?!<\/w:r>)[^])*<w:t[^>]*>fed<\/w:t>/);
		expect(xml).toMatch(/<w:r><w:rPr><w:i\/>(?:(?!<\/w:r>)[^])*<w:t[^>]*>kursiv<\/w:t>/);
		expect(list.filter((p) => p.listed).map((p) => p.text)).toEqual(['første', 'anden', 'under']);
	});

	it('names the file in UTF-8 with an ASCII fallback', () => {
		const name = meetingDocumentFileName({ body: { id: 1, slug: 'kkr', name: 'KKR Sjælland', shortName: 'KKR' }, startsAt: new Date('2022-09-07T08:00:00Z') }, 'minutes');
		expect(name).toBe('KKR Sjælland 2022-09-07 referat.docx');
		expect(attachmentDisposition(name)).toBe(
			`attachment; filename="KKR Sjaelland 2022-09-07 referat.docx"; filename*=UTF-8''KKR%20Sj%C3%A6lland%202022-09-07%20referat.docx`
		);
	});
});
