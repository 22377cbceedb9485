// The survey's draft text as an orientation item on a coming steering-group agenda (agenda/orientation.ts).
import type { Db } from '../db/types';
import type { SessionUser } from '../auth/session';
import type { CollabServer } from '../collab/server';
import { can } from '../auth/policy';
import { addOrientationItem } from '../agenda/orientation';
import { aggregate } from './aggregate';
import { draftText } from './draft-text';
import { surveyOfYear, type Result } from './surveys';
import { m } from '$lib/paraglide/messages';

const da = { locale: 'da' as const };

/** Inserts the year's draft text into the meeting's agenda; 409 when that meeting's agenda takes no items. */
export async function putDraftOnAgenda(
	db: Db,
	collab: CollabServer,
	actor: SessionUser,
	year: number,
	meetingId: number
): Promise<Result<{ itemId: string }>> {
	if (!can(actor, 'survey.manage')) return { ok: false, status: 403, errors: { form: m.error_forbidden() } };
	const survey = await surveyOfYear(db, year);
	if (!survey) return { ok: false, status: 404, errors: { form: m.survey_error_missing() } };
	// The section's own heading becomes the item's title.
	const body = draftText(await aggregate(db, survey)).replace(/^## .*\n+/, '');
	const itemId = await addOrientationItem(db, collab, meetingId, {
		title: m.survey_agenda_title({ year }, da),
		beslutningstema: body,
		indstilling: m.survey_agenda_indstilling({}, da)
	});
	if (!itemId) return { ok: false, status: 409, errors: { meetingId: m.survey_error_meeting() } };
	return { ok: true, itemId };
}
