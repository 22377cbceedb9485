import { error, fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '$lib/server/auth/policy';
import { database } from '$lib/server/db';
import { collab } from '$lib/server/collab/app';
import { mailConfigured } from '$lib/server/mail/mailer';
import { comingSteeringGroupMeetings } from '$lib/server/agenda/orientation';
import { closeAgain, parseYear, reopenSurvey, surveyOfYear, takesAnswers } from '$lib/server/surveys/surveys';
import { answerStatus } from '$lib/server/surveys/status';
import { aggregate } from '$lib/server/surveys/aggregate';
import { draftText } from '$lib/server/surveys/draft-text';
import { manualReminderDays } from '$lib/server/surveys/reminders';
import { sendSurveyReminders } from '$lib/server/surveys/reminders';
import { putDraftOnAgenda } from '$lib/server/surveys/agenda';
import { isoDateInCopenhagen } from '$lib/format/date';
import { m } from '$lib/paraglide/messages';

async function surveyFor(param: string) {
	const year = parseYear(param);
	const survey = year === null ? null : await surveyOfYear(database(), year);
	if (!survey) error(404, m.survey_error_missing());
	return survey;
}

export const load: PageServerLoad = async ({ locals, params, url }) => {
	requireUser(locals, 'survey.manage', undefined, url);
	const db = database();
	const survey = await surveyFor(params.year);
	const [status, summary, meetings] = await Promise.all([answerStatus(db, survey.id), aggregate(db, survey), comingSteeringGroupMeetings(db)]);
	return {
		survey,
		today: isoDateInCopenhagen(new Date()),
		open: takesAnswers(survey),
		status,
		aggregate: summary,
		draft: draftText(summary),
		meetings,
		mail: mailConfigured()
	};
};

export const actions: Actions = {
	remind: async ({ locals, params, url }) => {
		requireUser(locals, 'survey.manage', undefined, url);
		const survey = await surveyFor(params.year);
		if (!mailConfigured()) return fail(409, { action: 'remind', errors: { form: m.survey_remind_no_mail() } });
		const run = await sendSurveyReminders(database(), {
			origin: url.origin,
			surveyId: survey.id,
			daysBefore: manualReminderDays(survey.deadline)
		});
		return { action: 'remind', message: run.sent ? m.survey_remind_sent({ count: run.sent }) : m.survey_remind_none() };
	},
	reopen: async ({ locals, params, url }) => {
		const me = requireUser(locals, 'survey.manage', undefined, url);
		const survey = await surveyFor(params.year);
		const result = await reopenSurvey(database(), me, survey.year);
		if (!result.ok) return fail(result.status, { action: 'reopen', errors: result.errors });
		return { action: 'reopen', message: m.survey_reopened() };
	},
	close: async ({ locals, params, url }) => {
		const me = requireUser(locals, 'survey.manage', undefined, url);
		const survey = await surveyFor(params.year);
		const result = await closeAgain(database(), me, survey.year);
		if (!result.ok) return fail(result.status, { action: 'close', errors: result.errors });
		return { action: 'close', message: m.survey_closed_again() };
	},
	agenda: async ({ locals, params, request, url }) => {
		const me = requireUser(locals, 'survey.manage', undefined, url);
		const survey = await surveyFor(params.year);
		const raw = String((await request.formData()).get('meetingId') ?? '');
		if (!/^[1-9]\d{0,8}$/.test(raw)) return fail(400, { action: 'agenda', errors: { meetingId: m.survey_error_meeting_choose() } });
		const result = await putDraftOnAgenda(database(), collab(), me, survey.year, Number(raw));
		if (!result.ok) return fail(result.status, { action: 'agenda', errors: result.errors });
		return { action: 'agenda', message: m.survey_agenda_done(), meetingId: Number(raw) };
	}
};
