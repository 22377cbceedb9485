// E-mail reminders of follow-up actions: one some days before the due date, one once it is overdue. Each goes out
// once: the reminder row (action, kind, due date) is inserted, the mail sent and the row marked sent in ONE
// transaction. A second process or a run after a restart meets the row (the unique key waits for the first
// transaction) and sends nothing; a failed send rolls the row back, so the next run tries again. Only a crash
// after the SMTP server accepted the mail and before the commit can send a reminder twice.
import { and, eq, gte, isNull, lt, lte, sql } from 'drizzle-orm';
import { agendaItems, bodies, decisions, followUpActions, followUpReminders, meetings, users } from '../db/schema';
import type { Db } from '../db/types';
import type { MailSettings } from '../mail/mailer';
import { sendClaimed, type ReminderRun } from '../mail/claimed-reminders';
import { addDays } from '../tariffs/calculators/dates';
import { formatDate } from '$lib/format/date';
import { m } from '$lib/paraglide/messages';

export type ReminderKind = 'before' | 'overdue';

/** Days before the due date that the first reminder goes out: FOLLOW_UP_REMINDER_DAYS, default 7. */
export function reminderDays(env: Record<string, string | undefined> = process.env): number {
	const raw = env.FOLLOW_UP_REMINDER_DAYS?.trim();
	if (!raw) return 7;
	if (!/^\d{1,3}$/.test(raw) || Number(raw) < 1)
		throw new Error(`FOLLOW_UP_REMINDER_DAYS skal være et helt antal dage fra 1 til 999, ikke »${raw}«`);
	return Number(raw);
}

export interface DueReminder {
	actionId: number;
	kind: ReminderKind;
	dueOn: string;
}

/** Open actions whose reminder is due today (Copenhagen) and not yet sent for this due date. */
export async function dueReminders(db: Db, today: string, daysBefore: number): Promise<DueReminder[]> {
	const notSent = (kind: ReminderKind) =>
		sql`not exists (select 1 from ${followUpReminders} r where r.action_id = ${followUpActions.id} and r.kind = ${kind} and r.due_on = ${followUpActions.dueOn})`;
	const base = () =>
		db.select({ actionId: followUpActions.id, dueOn: sql<string>`${followUpActions.dueOn}` }).from(followUpActions);
	const [before, overdue] = await Promise.all([
		base().where(
			and(
				eq(followUpActions.status, 'open'),
				gte(followUpActions.dueOn, today),
				lte(followUpActions.dueOn, addDays(today, daysBefore)),
				notSent('before')
			)
		),
		base().where(and(eq(followUpActions.status, 'open'), lt(followUpActions.dueOn, today), notSent('overdue')))
	]);
	return [
		...before.filter((r) => r.dueOn !== today).map((r) => ({ ...r, kind: 'before' as const })),
		...overdue.map((r) => ({ ...r, kind: 'overdue' as const }))
	];
}

/** Whom a reminder reaches: the person, the municipality's contacts, or the secretariat's users. */
async function recipients(db: Db, action: { ownerKind: string | null; ownerUserId: number | null; ownerMunicipalityId: number | null }) {
	const active = isNull(users.disabledAt);
	const rows =
		action.ownerKind === 'person' && action.ownerUserId
			? await db.select({ email: users.email }).from(users).where(and(active, eq(users.id, action.ownerUserId)))
			: action.ownerKind === 'municipality' && action.ownerMunicipalityId
				? await db
						.select({ email: users.email })
						.from(users)
						.where(and(active, eq(users.role, 'municipal_contact'), eq(users.municipalityId, action.ownerMunicipalityId)))
				: action.ownerKind === 'secretariat'
					? await db.select({ email: users.email }).from(users).where(and(active, eq(users.role, 'secretariat')))
					: [];
	return rows.map((r) => r.email);
}

/** The mail is Danish whatever the language of the person who set the action up. */
const da = { locale: 'da' as const };

function reminderMail(kind: ReminderKind, a: { id: number; what: string; dueOn: string; body: string; startsAt: Date; itemNumber: string }, origin: string) {
	const link = `${origin}/opfoelgning/${a.id}`;
	const due = formatDate(a.dueOn);
	const subject = kind === 'before' ? m.followup_mail_before_subject({ due }, da) : m.followup_mail_overdue_subject({ due }, da);
	const text = [
		kind === 'before' ? m.followup_mail_before_text({ due }, da) : m.followup_mail_overdue_text({ due }, da),
		'',
		a.what,
		'',
		m.followup_mail_decision({ body: a.body, date: formatDate(a.startsAt), number: a.itemNumber }, da),
		m.followup_mail_action({ link }, da),
		'',
		m.mail_automatic({}, da)
	].join('\n');
	return { subject, text };
}

export type { ReminderRun };

/** Sends the reminders that are due; safe to run from several processes at once and again after a restart. */
export async function sendDueReminders(
	db: Db,
	options: { now?: Date; daysBefore?: number; settings?: MailSettings | null; origin: string }
): Promise<ReminderRun> {
	return sendClaimed(
		db,
		options,
		(today) => dueReminders(db, today, options.daysBefore ?? reminderDays()),
		async (tx, reminder) => {
			// The action row is locked and read again: an action closed meanwhile gets no reminder.
			const [action] = await tx
				.select({
					id: followUpActions.id,
					what: followUpActions.what,
					status: followUpActions.status,
					dueOn: followUpActions.dueOn,
					ownerKind: followUpActions.ownerKind,
					ownerUserId: followUpActions.ownerUserId,
					ownerMunicipalityId: followUpActions.ownerMunicipalityId,
					body: sql<string>`coalesce(${bodies.shortName}, ${bodies.name})`,
					startsAt: meetings.startsAt,
					itemNumber: agendaItems.number
				})
				.from(followUpActions)
				.innerJoin(decisions, eq(decisions.id, followUpActions.decisionId))
				.innerJoin(agendaItems, eq(agendaItems.id, decisions.agendaItemId))
				.innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
				.innerJoin(bodies, eq(bodies.id, meetings.bodyId))
				.where(eq(followUpActions.id, reminder.actionId))
				.for('update', { of: followUpActions });
			if (!action || action.status !== 'open' || action.dueOn !== reminder.dueOn) return null;
			const to = await recipients(tx, action);
			if (to.length === 0) return null;
			const [claim] = await tx
				.insert(followUpReminders)
				.values({ actionId: action.id, kind: reminder.kind, dueOn: reminder.dueOn, recipients: to })
				.onConflictDoNothing()
				.returning({ id: followUpReminders.id });
			if (!claim) return null;
			return {
				to,
				mail: reminderMail(reminder.kind, { ...action, dueOn: reminder.dueOn }, options.origin),
				markSent: () => tx.update(followUpReminders).set({ sentAt: new Date() }).where(eq(followUpReminders.id, claim.id))
			};
		},
		(r) => ({ actionId: r.actionId, kind: r.kind }),
		'opfølgning'
	);
}
