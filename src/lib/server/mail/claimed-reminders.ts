// Sending reminders exactly once: each due reminder gets one transaction in which the caller locks and re-reads
// what it is about, inserts its claim row (unique per thing, kind and due date) and names the mail; the mail is sent
// and the claim marked sent before the commit. A second process meets the claim and sends nothing; a failed send
// rolls the claim back, so the next run tries again. Only a crash between the SMTP server's acceptance and the commit
// can send one twice. Used by the follow-up, annual-report, survey and indicator reminders and the subscription
// mails (subscriptions/send.ts).
import type { Db } from '../db/types';
import { logger } from '../log';
import { mailSettings, sendMail, type MailSettings, type OutgoingMail } from './mailer';
import { isoDateInCopenhagen } from '$lib/format/date';

const log = logger.child({ part: 'reminders' });

export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export interface Claimed {
	to: string[];
	mail: Omit<OutgoingMail, 'to'>;
	/** Marks the claim row sent (in the same transaction). */
	markSent(): Promise<unknown>;
}

export interface ReminderRun {
	sent: number;
	skipped: number;
}

/** When and how a run sends: `now` (default the clock) and the mail server (default SMTP_URL; null = none). */
export interface RunOptions {
	now?: Date;
	settings?: MailSettings | null;
}

/**
 * Finds the reminders due today (Copenhagen) and tries each in its own transaction. Without a mail server nothing
 * is claimed, so nothing is lost. `claim` returns null when the reminder is no longer due (closed, submitted,
 * reported meanwhile), has nobody to go to, or is claimed already.
 */
export async function sendClaimed<R>(
	db: Db,
	options: RunOptions,
	findDue: (today: string) => Promise<R[]>,
	claim: (tx: Tx, reminder: R) => Promise<Claimed | null>,
	describe: (reminder: R) => Record<string, unknown>,
	what: string
): Promise<ReminderRun> {
	const settings = options.settings === undefined ? mailSettings() : options.settings;
	if (!settings) return { sent: 0, skipped: 0 };
	const due = await findDue(isoDateInCopenhagen(options.now ?? new Date()));
	let sent = 0;
	let skipped = 0;
	for (const reminder of due) {
		try {
			const done = await db.transaction(async (tx) => {
				const claimed = await claim(tx, reminder);
				if (!claimed) return false;
				for (const address of claimed.to) await sendMail({ to: address, ...claimed.mail }, settings);
				await claimed.markSent();
				return true;
			});
			if (done) sent++;
			else skipped++;
		} catch (err) {
			// Rolled back: the next run tries again.
			log.warn({ err, ...describe(reminder) }, `påmindelse (${what}) kunne ikke sendes`);
			skipped++;
		}
	}
	if (sent) log.info({ sent }, `påmindelser (${what}) sendt`);
	return { sent, skipped };
}
