// E-mail reminders to the contacts of municipalities that have not reported an indicator's latest ended period: some
// days before it is due and once after. Exactly once per indicator, municipality, period, kind and due date, by the
// claim row inserted, the mail sent and the row marked in one transaction (the pattern of follow-up/reminders.ts).
// Demo indicators never remind anyone.
import { and, eq, isNull, sql } from 'drizzle-orm';
import { indicatorReminders, indicators, measurements, municipalities, users } from '../db/schema';
import type { Db } from '../db/types';
import type { MailSettings } from '../mail/mailer';
import { sendClaimed, type ReminderRun } from '../mail/claimed-reminders';
import { addDays } from '../tariffs/calculators/dates';
import { reminderDays, type ReminderKind } from '../follow-up/reminders';
import { formatDate } from '$lib/format/date';
import { dueOn, endedPeriods, type Frequency } from './periods';
import { m } from '$lib/paraglide/messages';

const da = { locale: 'da' as const };

export interface DueIndicatorReminder {
	indicatorId: number;
	title: string;
	municipalityId: number;
	municipality: string;
	period: string;
	kind: ReminderKind;
	dueOn: string;
}

/**
 * Municipalities missing the latest ended period of a (real) indicator, whose reminder is due today: "before" from
 * `daysBefore` days ahead of the due date, "overdue" after it; `indicatorId` narrows to one indicator.
 */
export async function dueIndicatorReminders(db: Db, today: string, daysBefore: number, indicatorId?: number): Promise<DueIndicatorReminder[]> {
	const rows = await db
		.select()
		.from(indicators)
		.where(and(eq(indicators.isDemo, false), indicatorId === undefined ? undefined : eq(indicators.id, indicatorId)));
	const out: DueIndicatorReminder[] = [];
	for (const indicator of rows) {
		const [period] = endedPeriods(today, indicator.frequency as Frequency, 1);
		const due = dueOn(period);
		const kind: ReminderKind | null = due < today ? 'overdue' : due <= addDays(today, daysBefore) ? 'before' : null;
		if (!kind) continue;
		const towns = await db
			.select({ municipalityId: municipalities.id, municipality: municipalities.name })
			.from(municipalities)
			.where(
				and(
					eq(municipalities.kind, 'kommune'),
					sql`not exists (select 1 from ${measurements} v where v.indicator_id = ${indicator.id} and v.municipality_id = ${municipalities.id} and v.period = ${period.label})`,
					sql`not exists (select 1 from ${indicatorReminders} r where r.indicator_id = ${indicator.id} and r.municipality_id = ${municipalities.id} and r.period = ${period.label} and r.kind = ${kind} and r.due_on = ${due})`
				)
			);
		for (const t of towns) out.push({ indicatorId: indicator.id, title: indicator.title, ...t, period: period.label, kind, dueOn: due });
	}
	return out;
}

function reminderMail(r: DueIndicatorReminder, origin: string) {
	const values = { title: r.title, period: r.period, municipality: r.municipality, due: formatDate(r.dueOn) };
	return {
		subject: r.kind === 'before' ? m.indicator_mail_before_subject(values, da) : m.indicator_mail_overdue_subject(values, da),
		text: [
			r.kind === 'before' ? m.indicator_mail_before_text(values, da) : m.indicator_mail_overdue_text(values, da),
			'',
			m.indicator_mail_action({ link: `${origin}/indikatorer/indberet` }, da),
			'',
			m.mail_automatic({}, da)
		].join('\n')
	};
}

export async function sendIndicatorReminders(
	db: Db,
	options: { origin: string; daysBefore?: number; now?: Date; settings?: MailSettings | null; indicatorId?: number }
): Promise<ReminderRun> {
	return sendClaimed(
		db,
		options,
		(today) => dueIndicatorReminders(db, today, options.daysBefore ?? reminderDays(), options.indicatorId),
		async (tx, reminder) => {
			// Read again in the transaction: a value reported meanwhile means no reminder.
			const [reported] = await tx
				.select({ id: measurements.id })
				.from(measurements)
				.where(and(eq(measurements.indicatorId, reminder.indicatorId), eq(measurements.municipalityId, reminder.municipalityId), eq(measurements.period, reminder.period)));
			if (reported) return null;
			const to = (
				await tx
					.select({ email: users.email })
					.from(users)
					.where(and(isNull(users.disabledAt), eq(users.role, 'municipal_contact'), eq(users.municipalityId, reminder.municipalityId)))
			).map((u) => u.email);
			if (to.length === 0) return null;
			const [claim] = await tx
				.insert(indicatorReminders)
				.values({ indicatorId: reminder.indicatorId, municipalityId: reminder.municipalityId, period: reminder.period, kind: reminder.kind, dueOn: reminder.dueOn, recipients: to })
				.onConflictDoNothing()
				.returning({ id: indicatorReminders.id });
			if (!claim) return null;
			return {
				to,
				mail: reminderMail(reminder, options.origin),
				markSent: () => tx.update(indicatorReminders).set({ sentAt: new Date() }).where(eq(indicatorReminders.id, claim.id))
			};
		},
		(r) => ({ indicatorId: r.indicatorId, municipalityId: r.municipalityId, kind: r.kind }),
		'indikatorer'
	);
}
