// Annual-report reminders on the real database and a real SMTP server: to the lead of the group on the due date,
// once even when several processes run at the same time, and none for a report already submitted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import * as Y from 'yjs';
import { createTestDb, type TestDb } from '../db/test-db';
import { annualReportReminders, bodies, memberships, networkGroups, networkReportDeadlines, people, users } from '../db/schema';
import { startSmtpSink, type SmtpSink } from '../mail/test-smtp';
import { addDays } from '../tariffs/calculators/dates';
import { sessionUserOf } from '../auth/session';
import type { CollabServer } from '../collab/server';
import { testCollab } from '../agenda/test-setup';
import { isoDateInCopenhagen } from '$lib/format/date';
import { dueReportReminders, sendReportReminders } from './reminders';
import { leadAddressesOn } from './members';
import { startReport, submitReport } from './reports';
import { currentTemplate } from './template';
import { reportDocumentName, SECTIONS_MAP } from './document';

let t: TestDb;
let sink: SmtpSink;
let collab: CollabServer;
const today = isoDateInCopenhagen(new Date());
const settings = () => ({ url: sink.url, from: 'Sekretariatet <test@localhost>' });
const origin = 'http://localhost:3000';

async function groupOf(name: string) {
	const [g] = await t.db
		.select({ id: networkGroups.id, bodyId: networkGroups.bodyId })
		.from(networkGroups)
		.innerJoin(bodies, eq(bodies.id, networkGroups.bodyId))
		.where(eq(bodies.name, name));
	return g;
}

/** A user who leads the group for the given period. */
async function leadUser(bodyId: number, email: string, validFrom: string | null, validTo: string | null) {
	const [person] = await t.db.insert(people).values({ name: email, isDemo: true }).returning({ id: people.id });
	await t.db.insert(memberships).values({ bodyId, personId: person.id, role: 'lead', validFrom, validTo });
	await t.db.insert(users).values({ email, name: email, role: 'network_lead', personId: person.id });
}

beforeAll(async () => {
	[t, sink] = await Promise.all([createTestDb({ seeded: true }), startSmtpSink()]);
	collab = testCollab(t.db);
	// Only this test's year is due: the seeded deadlines lie in the past.
	await t.db.delete(networkReportDeadlines);
});
afterAll(async () => {
	await collab?.close();
	await Promise.all([t?.close(), sink?.close()]);
});

describe('annual-report reminders', () => {
	it('reach the lead on the due date, once across processes running at the same time, and not a group that submitted', async () => {
		const year = 2095;
		const dueOn = addDays(today, 3);
		await t.db.insert(networkReportDeadlines).values({ year, dueOn });
		const children = await groupOf('Netværksgruppen Børn og Unge');
		const adults = await groupOf('Netværksgruppen Voksne handicappede');
		// Børn og Unge: the lead changed before the due date; only the new one is reminded.
		await leadUser(children.bodyId, 'gammel-tovholder@kommune.example', null, addDays(today, -10));
		await leadUser(children.bodyId, 'ny-tovholder@kommune.example', addDays(today, -9), null);
		expect(await leadAddressesOn(t.db, children.bodyId, dueOn)).toContain('ny-tovholder@kommune.example');
		expect(await leadAddressesOn(t.db, children.bodyId, dueOn)).not.toContain('gammel-tovholder@kommune.example');
		// Voksne handicappede has submitted its report: no reminder.
		await leadUser(adults.bodyId, 'voksen-tovholder@kommune.example', null, null);
		const staffRow = (await t.db.select().from(users).where(eq(users.email, 'sekretariat@rammeaftale.example')))[0];
		const staff = await sessionUserOf(t.db, staffRow);
		const started = await startReport(t.db, staff, adults.id, year);
		if (!started.ok) throw new Error('not started');
		const template = await currentTemplate(t.db);
		await collab.change(reportDocumentName(started.value), (doc) => {
			const map = doc.getMap<Y.Text>(SECTIONS_MAP);
			for (const s of template.sections) map.get(s.key)!.insert(0, 'Tekst.');
		});
		expect(await submitReport(t.db, collab, staff, started.value)).toMatchObject({ ok: true });

		const due = await dueReportReminders(t.db, today, 7);
		expect(due.filter((d) => d.year === year).map((d) => [d.groupId, d.kind])).toContainEqual([children.id, 'before']);
		expect(due.some((d) => d.groupId === adults.id)).toBe(false);

		const runs = await Promise.all([1, 2, 3].map(() => sendReportReminders(t.db, { daysBefore: 7, settings: settings(), origin })));
		expect(runs.reduce((a, r) => a + r.sent, 0)).toBeGreaterThanOrEqual(1);
		await sink.waitFor('ny-tovholder@kommune.example');
		await sendReportReminders(t.db, { daysBefore: 7, settings: settings(), origin });
		const toNew = sink.messages.filter((m) => m.to.includes('ny-tovholder@kommune.example'));
		expect(toNew).toHaveLength(1);
		expect(toNew[0].subject).toContain(`årsrapport ${year} for Netværksgruppen Børn og Unge`);
		expect(sink.messages.some((m) => m.to.includes('gammel-tovholder@kommune.example'))).toBe(false);
		expect(sink.messages.some((m) => m.to.includes('voksen-tovholder@kommune.example'))).toBe(false);
		const claims = await t.db.select().from(annualReportReminders).where(eq(annualReportReminders.networkGroupId, children.id));
		expect(claims).toHaveLength(1);
		expect(claims[0].sentAt).not.toBeNull();
	});

	it('sends "overdue" once the due date has passed, and nothing on the day itself', async () => {
		const year = 2096;
		await t.db.insert(networkReportDeadlines).values({ year, dueOn: today });
		expect((await dueReportReminders(t.db, today, 7)).some((d) => d.year === year)).toBe(false);
		const tomorrow = addDays(today, 1);
		const late = await dueReportReminders(t.db, tomorrow, 7);
		expect(late.filter((d) => d.year === year).every((d) => d.kind === 'overdue')).toBe(true);
		expect(late.some((d) => d.year === year)).toBe(true);
	});
});
