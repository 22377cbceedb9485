// Survey reminders on the real database and a real SMTP server: each municipality that has not submitted gets one
// reminder per deadline, whether several processes run at once or the run is repeated; none for a municipality
// that submitted; after the deadline only while the survey is reopened.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, inArray } from 'drizzle-orm';
import { createTestDb, type TestDb } from '../db/test-db';
import { municipalities, surveyReminders, users } from '../db/schema';
import type { SessionUser } from '../auth/session';
import { startSmtpSink, type SmtpSink } from '../mail/test-smtp';
import { addDays } from '../tariffs/calculators/dates';
import { isoDateInCopenhagen } from '$lib/format/date';
import { openSurvey, reopenSurvey, type Survey } from './surveys';
import { submitAnswer } from './answers';
import { dueSurveyReminders, manualReminderDays, sendSurveyReminders } from './reminders';

let t: TestDb;
let sink: SmtpSink;
const today = isoDateInCopenhagen(new Date());
const settings = () => ({ url: sink.url, from: 'Sekretariatet <test@localhost>' });
const origin = 'http://localhost:3000';
const towns: Record<string, number> = {};
const contact: Record<string, SessionUser> = {};
let secretariat: SessionUser;

async function makeUser(role: SessionUser['role'], municipalityId: number | null, label: string, disabled = false): Promise<SessionUser> {
	const email = `${label}-${crypto.randomUUID()}@kommune.example`;
	const [row] = await t.db
		.insert(users)
		.values({ email, name: label, role, municipalityId, disabledAt: disabled ? new Date() : null })
		.returning({ id: users.id });
	return { id: row.id, email, name: label, role, municipalityId, bodyIds: [] };
}

beforeAll(async () => {
	[t, sink] = await Promise.all([createTestDb({ seeded: true }), startSmtpSink()]);
	const rows = await t.db
		.select({ id: municipalities.id, slug: municipalities.slug })
		.from(municipalities)
		.where(inArray(municipalities.slug, ['naestved', 'slagelse', 'holbaek']));
	for (const r of rows) towns[r.slug] = r.id;
	for (const slug of ['naestved', 'slagelse', 'holbaek']) contact[slug] = await makeUser('municipal_contact', towns[slug], `kontakt-${slug}`);
	secretariat = await makeUser('secretariat', null, 'sekretariat');
});
afterAll(async () => {
	await Promise.all([t?.close(), sink?.close()]);
});

async function open(year: number, deadline: string): Promise<Survey> {
	const r = await openSurvey(t.db, secretariat, { year: String(year), deadline, targetGroups: ['adults-homelessness'] });
	if (!r.ok) throw new Error(JSON.stringify(r.errors));
	return r.survey;
}
const mailsTo = (email: string, year: number) => sink.messages.filter((m) => m.to.includes(email) && m.subject?.includes(String(year)));

describe('survey reminders', () => {
	it('reminds each municipality that has not submitted exactly once, also with runs at the same time; none to one that submitted', async () => {
		const s = await open(2081, addDays(today, 3));
		const done = await submitAnswer(t.db, contact.naestved, s.year, towns.naestved, { groups: { 'adults-homelessness': { demand: 'up' } }, parts: {} });
		expect(done.ok).toBe(true);
		const disabled = await makeUser('municipal_contact', towns.slagelse, 'tidligere-kontakt', true);
		const runs = await Promise.all([1, 2, 3].map(() => sendSurveyReminders(t.db, { origin, daysBefore: 7, settings: settings(), surveyId: s.id })));
		expect(runs.reduce((a, r) => a + r.sent, 0)).toBeGreaterThanOrEqual(2);
		await sink.waitFor(contact.slagelse.email);
		await sink.waitFor(contact.holbaek.email);
		// And once more later: nothing new.
		await sendSurveyReminders(t.db, { origin, daysBefore: 7, settings: settings(), surveyId: s.id });
		expect(mailsTo(contact.slagelse.email, 2081)).toHaveLength(1);
		expect(mailsTo(contact.holbaek.email, 2081)).toHaveLength(1);
		expect(mailsTo(contact.naestved.email, 2081)).toHaveLength(0);
		expect(mailsTo(disabled.email, 2081)).toHaveLength(0);
		const mail = mailsTo(contact.slagelse.email, 2081)[0];
		expect(mail.subject).toMatch(/^Påmindelse: spørgeskema om udbud og efterspørgsel 2081/);
		expect(mail.text).toContain('Slagelse har ikke indsendt');
		expect(mail.text).toContain(`${origin}/undersoegelse/2081/svar`);
		const rows = await t.db
			.select()
			.from(surveyReminders)
			.where(and(eq(surveyReminders.surveyId, s.id), eq(surveyReminders.municipalityId, towns.slagelse)));
		expect(rows).toHaveLength(1);
		expect(rows[0]).toMatchObject({ kind: 'before', dueOn: s.deadline, recipients: [contact.slagelse.email] });
		expect(rows[0].sentAt).not.toBeNull();
		// Municipalities without a contact get no claim row (nobody to remind).
		const all = await t.db.select().from(surveyReminders).where(eq(surveyReminders.surveyId, s.id));
		expect(all.map((r) => r.municipalityId).sort()).toEqual([towns.slagelse, towns.holbaek].sort());
	});

	it('waits until the reminder window, and "send now" reaches a deadline further out', async () => {
		const s = await open(2082, addDays(today, 30));
		expect(await dueSurveyReminders(t.db, today, 7, s.id)).toEqual([]);
		const days = manualReminderDays(s.deadline);
		expect(days).toBe(30);
		const run = await sendSurveyReminders(t.db, { origin, daysBefore: days, settings: settings(), surveyId: s.id });
		expect(run.sent).toBe(3);
		await sink.waitFor(contact.naestved.email);
		expect(mailsTo(contact.naestved.email, 2082)).toHaveLength(1);
	});

	it('after the deadline: no reminder while closed, one "overdue" reminder once reopened', async () => {
		const s = await open(2083, today);
		const afterDeadline = new Date(Date.now() + 2 * 86_400_000);
		expect(await sendSurveyReminders(t.db, { origin, daysBefore: 7, settings: settings(), surveyId: s.id, now: afterDeadline })).toEqual({
			sent: 0,
			skipped: 0
		});
		await reopenSurvey(t.db, secretariat, s.year);
		const run = await sendSurveyReminders(t.db, { origin, daysBefore: 7, settings: settings(), surveyId: s.id, now: afterDeadline });
		expect(run.sent).toBe(3);
		await sendSurveyReminders(t.db, { origin, daysBefore: 7, settings: settings(), surveyId: s.id, now: afterDeadline });
		await sink.waitFor(contact.holbaek.email);
		const overdue = sink.messages.filter((m) => m.to.includes(contact.holbaek.email) && m.subject?.startsWith('Overskredet frist') && m.subject.includes('2083'));
		expect(overdue).toHaveLength(1);
		expect(overdue[0].text).toContain('genåbnet');
	});

	it('claims nothing while no mail server is set up', async () => {
		const s = await open(2084, addDays(today, 1));
		expect(await sendSurveyReminders(t.db, { origin, daysBefore: 7, settings: null, surveyId: s.id })).toEqual({ sent: 0, skipped: 0 });
		expect(await t.db.select().from(surveyReminders).where(eq(surveyReminders.surveyId, s.id))).toEqual([]);
	});
});
