// Follow-up reminders on the real database and a real SMTP server: each reminder goes out once, whether two
// processes run at the same time or the app restarts between runs (pg-boss, started and stopped as the app does);
// an action closed before its time gets none; a moved due date earns a new one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asc, eq } from 'drizzle-orm';
import { createTestDb, type TestDb } from '../db/test-db';
import { decisions, followUpActions, followUpReminders, users } from '../db/schema';
import { startSmtpSink, type SmtpSink } from '../mail/test-smtp';
import { addDays } from '../tariffs/calculators/dates';
import { dueReminders, reminderDays, sendDueReminders } from './reminders';
import { startJobQueue } from './queue';
import { isoDateInCopenhagen } from '$lib/format/date';

let t: TestDb;
let sink: SmtpSink;
let decisionId: number;
let personId: number;
let personEmail: string;
const today = isoDateInCopenhagen(new Date());
const settings = () => ({ url: sink.url, from: 'Sekretariatet <test@localhost>' });
const origin = 'http://localhost:3000';

beforeAll(async () => {
	[t, sink] = await Promise.all([createTestDb({ seeded: true }), startSmtpSink()]);
	[{ id: decisionId }] = await t.db.select({ id: decisions.id }).from(decisions).orderBy(asc(decisions.id)).limit(1);
	[{ id: personId, email: personEmail }] = await t.db
		.select({ id: users.id, email: users.email })
		.from(users)
		.where(eq(users.email, 'medlem@rammeaftale.example'));
});
afterAll(async () => {
	await Promise.all([t?.close(), sink?.close()]);
});

async function action(what: string, dueOn: string, status: 'open' | 'done' = 'open') {
	const [row] = await t.db
		.insert(followUpActions)
		.values({ decisionId, what, owner: 'Medlem', ownerKind: 'person', ownerUserId: personId, dueOn, status })
		.returning({ id: followUpActions.id });
	return row.id;
}
const mailsAbout = (what: string) => sink.messages.filter((m) => m.text?.includes(what));

describe('which reminders are due', () => {
	it('sends "before" from N days before the due date, none on the day itself, "overdue" from the day after', async () => {
		const ids = {
			edge: await action('Kant: frist om 7 dage', addDays(today, 7)),
			far: await action('Langt ude: frist om 8 dage', addDays(today, 8)),
			dayOf: await action('Frist i dag', today),
			late: await action('Frist i går', addDays(today, -1)),
			closed: await action('Lukket før tid', addDays(today, -1), 'done')
		};
		const due = await dueReminders(t.db, today, 7);
		const kinds = new Map(due.map((d) => [d.actionId, d.kind]));
		expect(kinds.get(ids.edge)).toBe('before');
		expect(kinds.has(ids.far)).toBe(false);
		expect(kinds.has(ids.dayOf)).toBe(false);
		expect(kinds.get(ids.late)).toBe('overdue');
		expect(kinds.has(ids.closed)).toBe(false);
	});

	it('reads FOLLOW_UP_REMINDER_DAYS and refuses a value it cannot use', () => {
		expect(reminderDays({})).toBe(7);
		expect(reminderDays({ FOLLOW_UP_REMINDER_DAYS: '3' })).toBe(3);
		expect(() => reminderDays({ FOLLOW_UP_REMINDER_DAYS: 'tre' })).toThrow('FOLLOW_UP_REMINDER_DAYS');
		expect(() => reminderDays({ FOLLOW_UP_REMINDER_DAYS: '0' })).toThrow('FOLLOW_UP_REMINDER_DAYS');
	});
});

describe('sending', () => {
	it('sends one reminder when two processes run at the same time', async () => {
		const what = `Samtidig ${crypto.randomUUID()}`;
		const id = await action(what, addDays(today, 2));
		const runs = await Promise.all([1, 2, 3].map(() => sendDueReminders(t.db, { daysBefore: 7, settings: settings(), origin })));
		expect(runs.reduce((a, r) => a + r.sent, 0)).toBeGreaterThanOrEqual(1);
		await sink.waitFor(personEmail);
		expect(mailsAbout(what)).toHaveLength(1);
		expect(mailsAbout(what)[0].text).toContain(`${origin}/opfoelgning/${id}`);
		const rows = await t.db.select().from(followUpReminders).where(eq(followUpReminders.actionId, id));
		expect(rows).toHaveLength(1);
		expect(rows[0].sentAt).not.toBeNull();
	});

	it('sends one reminder across a restart of the job queue (pg-boss in the same database)', async () => {
		const what = `Genstart ${crypto.randomUUID()}`;
		await action(what, addDays(today, -3));
		for (let round = 0; round < 2; round++) {
			const queue = await startJobQueue(t.url, t.db, { origin: () => origin, env: {} });
			const saved = process.env.SMTP_URL;
			process.env.SMTP_URL = sink.url;
			try {
				const jobId = await queue.runRemindersNow();
				expect(jobId).toBeTruthy();
				// Wait (bounded) until the worker has finished this run: the job's state is the condition.
				let state: string | undefined;
				for (let i = 0; i < 200 && state !== 'completed'; i++) {
					state = (await queue.boss.getJobById('follow-up-reminders', jobId!))?.state;
					if (state === 'failed') throw new Error('reminder job failed');
					if (state !== 'completed') await new Promise((r) => setTimeout(r, 50));
				}
				expect(state, 'the reminder job to complete').toBe('completed');
			} finally {
				await queue.stop();
				if (saved === undefined) delete process.env.SMTP_URL;
				else process.env.SMTP_URL = saved;
			}
			expect(mailsAbout(what), `after run ${round + 1}`).toHaveLength(1);
		}
		expect(mailsAbout(what)[0].subject).toMatch(/^Overskredet frist/);
	});

	it('sends nothing for an action closed before its time, and again for a moved due date', async () => {
		const closed = `Lukket ${crypto.randomUUID()}`;
		const closedId = await action(closed, addDays(today, 1));
		await t.db.update(followUpActions).set({ status: 'done' }).where(eq(followUpActions.id, closedId));
		const moved = `Flyttet ${crypto.randomUUID()}`;
		const movedId = await action(moved, addDays(today, 1));
		await sendDueReminders(t.db, { daysBefore: 7, settings: settings(), origin });
		await sink.waitFor(personEmail);
		await t.db.update(followUpActions).set({ dueOn: addDays(today, 5) }).where(eq(followUpActions.id, movedId));
		await sendDueReminders(t.db, { daysBefore: 7, settings: settings(), origin });
		await sendDueReminders(t.db, { daysBefore: 7, settings: settings(), origin });
		expect(mailsAbout(closed)).toHaveLength(0);
		expect(mailsAbout(moved)).toHaveLength(2);
	});

	it('claims nothing while no mail server is set up', async () => {
		const what = `Uden mail ${crypto.randomUUID()}`;
		const id = await action(what, addDays(today, 1));
		expect(await sendDueReminders(t.db, { daysBefore: 7, settings: null, origin })).toEqual({ sent: 0, skipped: 0 });
		expect(await t.db.select().from(followUpReminders).where(eq(followUpReminders.actionId, id))).toEqual([]);
	});
});
