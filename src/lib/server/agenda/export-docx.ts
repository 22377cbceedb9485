// A meeting's agenda (dagsorden) and minutes (referat) as Word documents, in the layout of the 12/8-2022 minutes:
// the meeting (body, time, place), the list of items, then per item "<number>. <title>" with its sections
// (Beslutningstema, Baggrund, Sagsfremstilling, Indstilling; in the minutes also Drøftelse and Beslutning, the
// decision bullets) and its attachments.
//
// Built from the relational rows through the meeting page's loader (`getMeetingForViewer`): what was sent or
// published, never a live draft, and a closed item the reader may not read arrives as number and title only, so
// nothing else of it can reach the file. The document is Danish whatever the reader's interface language: it is
// the body's record, forwarded as it is.
import {
	Document,
	ExternalHyperlink,
	HeadingLevel,
	Packer,
	Paragraph,
	TextRun,
	type Table,
	type ParagraphChild
} from 'docx';
import type { Db } from '../db/types';
import type { SessionUser } from '../auth/session';
import {
	getMeetingForViewer,
	type AgendaItemView,
	type DecisionView,
	type FullItem,
	type MeetingDetail
} from '../meetings/meeting-page';
import { itemFields, type ItemField } from '$lib/components/meetings/item-fields';
import { m } from '$lib/paraglide/messages';
import { formatDate, formatMeetingTime, formatWeekdayDate, isoDateInCopenhagen } from '$lib/format/date';
import { DocxLists, absoluteHref, markdownToDocx } from './markdown-docx';

export type MeetingDocumentKind = 'agenda' | 'minutes';

export const DOCX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The export's language: Danish, the language of the agenda and the minutes. */
const da = { locale: 'da' } as const;

/** The agenda's fields; the minutes add Drøftelse and Beslutning. */
const AGENDA_FIELDS: ReadonlySet<ItemField['key']> = new Set(['beslutningstema', 'baggrund', 'sagsfremstilling', 'indstilling']);

/**
 * Which of a meeting's documents exist: the agenda once the meeting has agenda rows (written when a version is
 * sent), the minutes once they are published.
 */
export function meetingDocuments(meeting: Pick<MeetingDetail, 'items' | 'status'>): Record<MeetingDocumentKind, boolean> {
	const hasAgenda = meeting.items.length > 0;
	return { agenda: hasAgenda, minutes: hasAgenda && meeting.status === 'minutes_published' };
}

/** "Styregruppen 2022-08-12 referat.docx". */
export function meetingDocumentFileName(meeting: Pick<MeetingDetail, 'body' | 'startsAt'>, kind: MeetingDocumentKind): string {
	const what = kind === 'agenda' ? m.export_file_agenda({}, da) : m.export_file_minutes({}, da);
	const name = meeting.body.name.replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ').trim();
	return `${name} ${isoDateInCopenhagen(meeting.startsAt)} ${what}.docx`;
}

/**
 * `Content-Disposition` for a download: the Danish name in UTF-8 (RFC 6266/5987), with an ASCII fallback for
 * clients that read only `filename`.
 */
export function attachmentDisposition(fileName: string): string {
	const ascii = fileName
		.replace(/æ/g, 'ae')
		.replace(/Æ/g, 'Ae')
		.replace(/ø/g, 'oe')
		.replace(/Ø/g, 'Oe')
		.replace(/å/g, 'aa')
		.replace(/Å/g, 'Aa')
		.normalize('NFKD')
		.replace(/[^\x20-\x7e]/g, '')
		.replace(/["\\]/g, '');
	return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

export interface DocxOptions {
	/** The site's origin: site-relative links in the texts become absolute links in the document. */
	origin?: string;
}

/** The Word document of a meeting as the viewer may read it (see `getMeetingForViewer`). */
export async function buildMeetingDocx(
	meeting: MeetingDetail,
	kind: MeetingDocumentKind,
	options: DocxOptions = {}
): Promise<Buffer> {
	const lists = new DocxLists();
	const title =
		kind === 'agenda'
			? m.export_agenda_title({ body: meeting.body.name }, da)
			: m.export_minutes_title({ body: meeting.body.name }, da);
	const children: (Paragraph | Table)[] = [
		new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(title)] }),
		...facts(meeting),
		heading(m.meeting_agenda_heading({}, da), HeadingLevel.HEADING_1),
		...meeting.items.map((item) => new Paragraph({ children: [new TextRun(itemHeading(item))] })),
		...meeting.items.flatMap((item) => itemSection(item, kind, lists, options))
	];
	const document = new Document({
		title: `${title} ${formatDate(meeting.startsAt, 'da')}`,
		creator: m.site_name({}, da),
		styles: { default: { document: { run: { language: { value: 'da-DK' } } } } },
		numbering: lists.numbering(),
		sections: [{ children }]
	});
	return Packer.toBuffer(document);
}

/**
 * The meeting's document for the viewer, or null when the viewer may not open the meeting or the document is not
 * there yet (no agenda rows; minutes not published).
 */
export async function exportMeetingDocx(
	db: Db,
	meetingId: number,
	viewer: SessionUser | null,
	kind: MeetingDocumentKind,
	options: DocxOptions = {}
): Promise<{ fileName: string; body: Buffer } | null> {
	const meeting = await getMeetingForViewer(db, meetingId, viewer);
	if (!meeting || !meetingDocuments(meeting)[kind]) return null;
	return { fileName: meetingDocumentFileName(meeting, kind), body: await buildMeetingDocx(meeting, kind, options) };
}

function heading(text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]): Paragraph {
	return new Paragraph({ heading: level, keepNext: true, keepLines: true, children: [new TextRun(text)] });
}

/** "2. Rammeaftale 2023-24 …", and "(lukket punkt)" after a closed item's title. */
function itemHeading(item: AgendaItemView): string {
	const closed = item.restricted || item.isClosed;
	return `${item.number}. ${item.title}${closed ? ` ${m.export_closed_suffix({}, da)}` : ''}`;
}

function labelled(label: string, value: ParagraphChild[]): Paragraph {
	return new Paragraph({ children: [new TextRun({ text: `${label}: `, bold: true }), ...value] });
}

function facts(meeting: MeetingDetail): Paragraph[] {
	const time = meeting.timeKnown
		? formatMeetingTime(meeting.startsAt, meeting.endsAt, 'da')
		: formatWeekdayDate(meeting.startsAt, 'da');
	const place = meeting.isVirtual
		? [m.meetings_virtual({}, da), meeting.place].filter(Boolean).join(', ')
		: meeting.place || m.meeting_place_unknown({}, da);
	return [
		labelled(m.meeting_fact_body({}, da), [new TextRun(meeting.body.name)]),
		labelled(m.meeting_fact_time({}, da), [new TextRun(time)]),
		labelled(m.meeting_fact_place({}, da), [new TextRun(place)])
	];
}

function itemSection(
	item: AgendaItemView,
	kind: MeetingDocumentKind,
	lists: DocxLists,
	options: DocxOptions
): (Paragraph | Table)[] {
	const out: (Paragraph | Table)[] = [heading(itemHeading(item), HeadingLevel.HEADING_1)];
	if (item.restricted) return out;
	if (item.isClosed && item.closedReason) {
		out.push(labelled(m.meeting_closed_item({}, da), [new TextRun(item.closedReason)]));
	}
	const fields = itemFields(item, 'da').filter((field) => kind === 'minutes' || AGENDA_FIELDS.has(field.key));
	for (const field of fields) {
		out.push(heading(field.label, HeadingLevel.HEADING_2));
		out.push(...markdownToDocx(field.text, { lists, origin: options.origin }));
	}
	if (kind === 'minutes' && item.decisions.length > 0) {
		out.push(heading(m.meeting_decisions_heading({}, da), HeadingLevel.HEADING_2));
		const instance = lists.nextInstance();
		for (const decision of item.decisions) out.push(...decisionBullet(decision, instance, lists, options));
	}
	out.push(...attachmentList(item, lists, options));
	return out;
}

/** One decision bullet, with what it affects and its follow-up actions as bullets under it. */
function decisionBullet(
	decision: DecisionView,
	instance: number,
	lists: DocxLists,
	options: DocxOptions
): (Paragraph | Table)[] {
	const out = markdownToDocx(decision.text, { lists, origin: options.origin, asListItem: { instance } });
	const sub = (children: ParagraphChild[]) =>
		new Paragraph({ children, numbering: { reference: 'bullets', level: 1, instance } });
	const affects = [
		[m.meeting_affects_offers({}, da), decision.offers],
		[m.meeting_affects_tariffs({}, da), decision.tariffRules],
		[m.meeting_affects_focus_areas({}, da), decision.focusAreas],
		[m.meeting_affects_network_groups({}, da), decision.networkGroups],
		[m.meeting_affects_municipalities({}, da), decision.municipalities]
	] as const;
	for (const [label, refs] of affects) {
		if (refs.length === 0) continue;
		const text = refs.map((ref) => (ref.note ? `${ref.label} (${ref.note})` : ref.label)).join(', ');
		out.push(sub([new TextRun({ text: `${label}: `, bold: true }), new TextRun(text)]));
	}
	for (const action of decision.actions) {
		const meta = [
			m.meeting_action_owner({ owner: action.owner }, da),
			...(action.dueOn ? [m.meeting_action_due({ date: formatDate(action.dueOn, 'da') }, da)] : [])
		].join(', ');
		out.push(
			sub([
				new TextRun({ text: `${m.meeting_actions_heading({}, da)}: `, bold: true }),
				new TextRun(`${action.what} (${meta})`)
			])
		);
	}
	return out;
}

/** "Bilag": each attachment's title, and its address as a link, so it can be found from paper too. */
function attachmentList(item: FullItem, lists: DocxLists, options: DocxOptions): Paragraph[] {
	if (item.attachments.length === 0) return [];
	const instance = lists.nextInstance();
	return [
		heading(m.meeting_attachments_heading({}, da), HeadingLevel.HEADING_2),
		...item.attachments.map((attachment) => {
			const href = absoluteHref(attachment.url, options.origin);
			const children: ParagraphChild[] = [new TextRun(attachment.title)];
			if (href) {
				children.push(
					new TextRun(': '),
					new ExternalHyperlink({ link: href, children: [new TextRun({ text: href, style: 'Hyperlink' })] })
				);
			}
			return new Paragraph({ children, numbering: { reference: 'bullets', level: 0, instance } });
		})
	];
}
