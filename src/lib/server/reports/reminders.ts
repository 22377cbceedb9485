// E-mail reminders to the leads of network groups whose report for a year is not submitted: some days before the
// year's due date and once it has passed. Exactly once, as the follow-up reminders (follow-up/reminders.ts): the
// claim row (group, year, kind, due date) is inserted, the mail sent and the row marked in one transaction. The lead
// is the lead on the due date, so a change of lead during the year reaches the right person.
import { and, eq, gte, lte, sql } from 'drizzle-orm';
import { annualReportReminders, annualReports, bodies, networkGroups, networkReportDeadlines } from '../db/schema';
import type { Db } from '../db/types';
import type { MailSettings } from '../mail/mailer';
import { sendClaimed, type ReminderRun } from '../mail/claimed-reminders';
import { addDays } from '../tariffs/calculators/dates';
import { reminderDays, type ReminderKind } from '../follow-up/reminders';
import { formatDate } from '$lib/format/date';
import { m } from '$lib/paraglide/messages';
import { leadAddressesOn } from './members';


interface Due {
	groupId: number;
	bodyId: number;
	name: string;
	slug: string;
	year: number;
	dueOn: string;
	kind: ReminderKind;
}

/** Groups whose report of a year with a due date is not yet submitted, and whose reminder is due today. */
export async function dueReportReminders(db: Db, today: string, daysBefore: number): Promise<Due[]> {
	const years = await db
		.select({ year: networkReportDeadlines.year, dueOn: sql<string>`${networkReportDeadlines.dueOn}` })
		.from(networkReportDeadlines)
		.where(and(gte(networkReportDeadlines.dueOn, addDays(today, -366)), lte(networkReportDeadlines.dueOn, addDays(today, daysBefore))));
	const out: Due[] = [];
	for (const { year, dueOn } of years) {
		const kind: ReminderKind | null = dueOn < today ? 'overdue' : dueOn > today ? 'before' : null;
		if (!kind) continue;
		const groups = await db
			.select({ groupId: networkGroups.id, bodyId: networkGroups.bodyId, name: bodies.name, slug: bodies.slug })
			.from(networkGroups)
			.innerJoin(bodies, eq(bodies.id, networkGroups.bodyId))
			.where(
				and(
					sql`not exists (select 1 from ${annualReports} r where r.network_group_id = ${networkGroups.id} and r.year = ${year} and r.status not in ('draft', 'sent_back'))`,
					sql`not exists (select 1 from ${annualReportReminders} x where x.network_group_id = ${networkGroups.id} and x.year = ${year} and x.kind = ${kind} and x.due_on = ${dueOn})`
				)
			);
		for (const g of groups) out.push({ ...g, year, dueOn, kind });
	}
	return out;
}

/** The mail is Danish whatever the language of anyone involved. */
const da = { locale: 'da' as const };

function reminderMail(r: Due, origin: string) {
	const values = { year: r.year, group: r.name, due: formatDate(r.dueOn) };
	const subject = r.kind === 'before' ? m.reports_mail_before_subject(values, da) : m.reports_mail_overdue_subject(values, da);
	const text = [
		r.kind === 'before' ? m.reports_mail_before_text(values, da) : m.reports_mail_overdue_text(values, da),
		'',
		m.reports_mail_action({ link: `${origin}/aarsrapporter?aar=${r.year}` }, da),
		'',
		m.mail_automatic({}, da)
	].join('\n');
	return { subject, text };
}

/** Sends the due report reminders; safe from several processes at once and after a restart. */
export async function sendReportReminders(
	db: Db,
	options: { now?: Date; daysBefore?: number; settings?: MailSettings | null; origin: string }
): Promise<ReminderRun> {
	return sendClaimed(
		db,
		options,
		(today) => dueReportReminders(db, today, options.daysBefore ?? reminderDays()),
		async (tx, reminder) => {
			// Read again under a lock on the group: a report submitted meanwhile gets no reminder.
			await tx.select({ id: networkGroups.id }).from(networkGroups).where(eq(networkGroups.id, reminder.groupId)).for('update');
			const [report] = await tx
				.select({ status: annualReports.status })
				.from(annualReports)
				.where(and(eq(annualReports.networkGroupId, reminder.groupId), eq(annualReports.year, reminder.year)));
			if (report && !['draft', 'sent_back'].includes(report.status)) return null;
			const to = await leadAddressesOn(tx, reminder.bodyId, reminder.dueOn);
			if (to.length === 0) return null;
			const [claim] = await tx
				.insert(annualReportReminders)
				.values({ networkGroupId: reminder.groupId, year: reminder.year, kind: reminder.kind, dueOn: reminder.dueOn, recipients: to })
				.onConflictDoNothing()
				.returning({ id: annualReportReminders.id });
			if (!claim) return null;
			return {
				to,
				mail: reminderMail(reminder, options.origin),
				markSent: () => tx.update(annualReportReminders).set({ sentAt: new Date() }).where(eq(annualReportReminders.id, claim.id))
			};
		},
		(r) => ({ groupId: r.groupId, year: r.year, kind: r.kind }),
		'årsrapporter'
	);
}
