// The durable job queue (pg-boss, its schema `pgboss` in the app's own database). It runs the reminder job on a
// schedule, once per tick across all app processes (pg-boss' cron lock), and retries a failed run. The job itself
// is idempotent (reminders.ts), so a run repeated after a crash sends nothing twice.
import { PgBoss } from 'pg-boss';
import type { Db } from '../db/types';
import { logger } from '../log';
import { reminderDays, sendDueReminders } from './reminders';
import { sendReportReminders } from '../reports/reminders';
import { sendSurveyReminders } from '../surveys/reminders';
import { sendIndicatorReminders } from '../indicators/reminders';
import { sendSubscriptionMails } from '../subscriptions/send';
import { rebuildSearchTerms } from '../search/terms';

const log = logger.child({ part: 'jobs' });

export const REMINDER_QUEUE = 'follow-up-reminders';
/** Every 15 minutes, so a reminder is at most that late after midnight; the job sends only what is due. */
export const REMINDER_CRON = '*/15 * * * *';

export interface JobQueue {
	boss: PgBoss;
	/** Runs the reminder job now (through the queue, as the schedule would). */
	runRemindersNow(): Promise<string | null>;
	stop(): Promise<void>;
}

export async function startJobQueue(
	connectionString: string,
	db: Db,
	options: { origin: () => string; env?: Record<string, string | undefined> } = { origin: () => 'http://localhost:3000' }
): Promise<JobQueue> {
	const daysBefore = reminderDays(options.env);
	const boss = new PgBoss({ connectionString, schema: 'pgboss', max: 2 });
	boss.on('error', (err) => log.error({ err }, 'jobkøen fejlede'));
	await boss.start();
	await boss.createQueue(REMINDER_QUEUE, { retryLimit: 3, retryDelay: 60, expireInSeconds: 300 });
	await boss.schedule(REMINDER_QUEUE, REMINDER_CRON, null, { tz: 'Europe/Copenhagen' });
	// One job for every reminder the product sends: follow-up actions, the network groups' annual reports, the
	// municipalities' survey answers and their indicator values.
	await boss.work(REMINDER_QUEUE, async () => {
		await sendDueReminders(db, { daysBefore, origin: options.origin() });
		await sendReportReminders(db, { daysBefore, origin: options.origin() });
		await sendSurveyReminders(db, { daysBefore, origin: options.origin() });
		await sendIndicatorReminders(db, { daysBefore, origin: options.origin() });
		// New published decisions to the e-mail subscribers (instant mails, the daily digests), and unconfirmed
		// subscriptions past their link's expiry deleted.
		await sendSubscriptionMails(db, { origin: options.origin() });
		// Not a reminder, but due on the same schedule: the search's "did you mean" word list (search/terms.ts).
		await rebuildSearchTerms(db);
	});
	return {
		boss,
		runRemindersNow: () => boss.send(REMINDER_QUEUE, null),
		stop: () => boss.stop({ graceful: true, timeout: 10_000 })
	};
}
