// The HTTP answer of /moeder/[id]/dagsorden.docx and /moeder/[id]/referat.docx: the file, or 404 when the viewer may
// not open the meeting or the document is not there yet (the meeting page's rule, see export-docx.ts).
import { error } from '@sveltejs/kit';
import type { Db } from '../db/types';
import type { SessionUser } from '../auth/session';
import { parseId } from '$lib/id';
import { m } from '$lib/paraglide/messages';
import { DOCX_CONTENT_TYPE, attachmentDisposition, exportMeetingDocx, type MeetingDocumentKind } from './export-docx';

export async function meetingDocxResponse(
	db: Db,
	idParam: string,
	viewer: SessionUser | null,
	kind: MeetingDocumentKind,
	origin: string
): Promise<Response> {
	const id = parseId(idParam);
	const file = id === null ? null : await exportMeetingDocx(db, id, viewer, kind, { origin });
	if (!file) error(404, m.error_not_found());
	return new Response(new Uint8Array(file.body), {
		headers: {
			'Content-Type': DOCX_CONTENT_TYPE,
			'Content-Disposition': attachmentDisposition(file.fileName),
			'Content-Length': String(file.body.length),
			// What a reader gets depends on who they are (closed items): never from a shared cache.
			'Cache-Control': 'private, no-store'
		}
	});
}
