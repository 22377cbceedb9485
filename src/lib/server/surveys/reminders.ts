// E-mail reminders to the contacts of municipalities that have not submitted the year's survey: from some days
// before the deadline up to the deadline day itself (the last day to answer), and once after it while the
// secretariat has reopened the survey (before that a late municipality cannot answer, so a reminder would only
// frustrate). Exactly once, as the follow-up reminders (follow-up/reminders.ts): the claim row (survey,
// municipality, kind, deadline) is inserted, the mail sent and the row marked sent in ONE transaction; a second
// process meets the row and sends nothing, a failed send rolls the row back so the next run tries again.
import { and, eq, gte, isNotNull, isNull, lt, lte, sql } from 'drizzle-orm';
import { municipalities, surveyAnswers, surveyReminders, surveys, users } from '../db/schema';
import type { Db } from '../db/types';
import type { MailSettings } from '../mail/mailer';
import { sendClaimed, type ReminderRun } from '../mail/claimed-reminders';
import { addDays, daysBetween } from '../tariffs/calculators/dates';
import { reminderDays, type ReminderKind } from '../follow-up/reminders';
import { formatDate, isoDateInCopenhagen } from '$lib/format/date';
import { m } from '$lib/paraglide/messages';

const da = { locale: 'da' as const };

export interface DueSurveyReminder {
	surveyId: number;
	year: number;
	municipalityId: number;
	municipality: string;
	kind: ReminderKind;
	dueOn: string;
}

/** Municipalities that have not submitted a survey whose reminder is due today and not yet sent for its deadline. */
export async function dueSurveyReminders(db: Db, today: string, daysBefore: number, surveyId?: number): Promise<DueSurveyReminder[]> {
	const open = await db
		.select({ id: surveys.id, year: surveys.year, deadline: sql<string>`${surveys.deadline}` })
		.from(surveys)
		.where(
			and(
				surveyId === undefined ? undefined : eq(surveys.id, surveyId),
				sql`(${and(gte(surveys.deadline, today), lte(surveys.deadline, addDays(today, daysBefore)))}
					or ${and(lt(surveys.deadline, today), gte(surveys.deadline, addDays(today, -366)), isNotNull(surveys.reopenedAt))})`
			)
		);
	const out: DueSurveyReminder[] = [];
	for (const s of open) {
		const kind: ReminderKind = s.deadline < today ? 'overdue' : 'before';
		const towns = await db
			.select({ municipalityId: municipalities.id, municipality: municipalities.name })
			.from(municipalities)
			.where(
				and(
					eq(municipalities.kind, 'kommune'),
					sql`not exists (select 1 from ${surveyAnswers} a where a.survey_id = ${s.id} and a.municipality_id = ${municipalities.id} and a.status = 'submitted')`,
					sql`not exists (select 1 from ${surveyReminders} r where r.survey_id = ${s.id} and r.municipality_id = ${municipalities.id} and r.kind = ${kind} and r.due_on = ${s.deadline})`
				)
			);
		for (const t of towns) out.push({ surveyId: s.id, year: s.year, ...t, kind, dueOn: s.deadline });
	}
	return out;
}

/** The municipality's contacts who can sign in. */
async function contacts(db: Db, municipalityId: number): Promise<string[]> {
	const rows = await db
		.select({ email: users.email })
		.from(users)
		.where(and(isNull(users.disabledAt), eq(users.role, 'municipal_contact'), eq(users.municipalityId, municipalityId)));
	return rows.map((r) => r.email);
}

function reminderMail(r: DueSurveyReminder, origin: string) {
	const deadline = formatDate(r.dueOn, 'da');
	const link = `${origin}/undersoegelse/${r.year}/svar`;
	const values = { year: r.year, deadline, municipality: r.municipality };
	const subject = r.kind === 'before' ? m.survey_mail_before_subject(values, da) : m.survey_mail_overdue_subject(values, da);
	const text = [
		r.kind === 'before' ? m.survey_mail_before_text(values, da) : m.survey_mail_overdue_text(values, da),
		'',
		m.survey_mail_action({ link }, da),
		'',
		m.mail_automatic({}, da)
	].join('\n');
	return { subject, text };
}

export type SurveyReminderRun = ReminderRun;

/**
 * Sends the survey reminders that are due; safe to run from several processes at once and again after a restart.
 * `surveyId` limits the run to one survey (the secretariat's "send now"); `daysBefore` defaults to
 * FOLLOW_UP_REMINDER_DAYS (7).
 */
export async function sendSurveyReminders(
	db: Db,
	options: { origin: string; daysBefore?: number; now?: Date; settings?: MailSettings | null; surveyId?: number }
): Promise<SurveyReminderRun> {
	return sendClaimed(
		db,
		options,
		(today) => dueSurveyReminders(db, today, options.daysBefore ?? reminderDays(), options.surveyId),
		async (tx, reminder) => {
			// The survey row is locked (answers take a share lock on it) and the answer read again: a municipality
			// that submitted meanwhile gets no reminder, and one closed again after its deadline neither.
			const [survey] = await tx
				.select({ deadline: sql<string>`${surveys.deadline}`, reopenedAt: surveys.reopenedAt })
				.from(surveys)
				.where(eq(surveys.id, reminder.surveyId))
				.for('update');
			if (!survey || survey.deadline !== reminder.dueOn) return null;
			if (reminder.kind === 'overdue' && survey.reopenedAt === null) return null;
			const [answer] = await tx
				.select({ status: surveyAnswers.status })
				.from(surveyAnswers)
				.where(and(eq(surveyAnswers.surveyId, reminder.surveyId), eq(surveyAnswers.municipalityId, reminder.municipalityId)));
			if (answer?.status === 'submitted') return null;
			const to = await contacts(tx, reminder.municipalityId);
			if (to.length === 0) return null;
			const [claim] = await tx
				.insert(surveyReminders)
				.values({ surveyId: reminder.surveyId, municipalityId: reminder.municipalityId, kind: reminder.kind, dueOn: reminder.dueOn, recipients: to })
				.onConflictDoNothing()
				.returning({ id: surveyReminders.id });
			if (!claim) return null;
			return {
				to,
				mail: reminderMail(reminder, options.origin),
				markSent: () => tx.update(surveyReminders).set({ sentAt: new Date() }).where(eq(surveyReminders.id, claim.id))
			};
		},
		(r) => ({ surveyId: r.surveyId, municipalityId: r.municipalityId, kind: r.kind }),
		'spørgeskema'
	);
}

/**
 * The window for the secretariat's "send reminders now": every municipality that has not submitted is reminded today,
 * however far the deadline is (the "before" reminder for that deadline is then used up: it is sent once).
 */
export function manualReminderDays(deadline: string, now: Date = new Date()): number {
	return Math.max(0, daysBetween(isoDateInCopenhagen(now), deadline));
}
