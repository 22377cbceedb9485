// Annual reports on the real database with the co-editing server: who may draft which report, submitting with a
// required section empty, sending back with comments, approving onto a coming steering-group agenda, publishing
// with the minutes, and the template's versions.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import * as Y from 'yjs';
import { createTestDb, type TestDb } from '../db/test-db';
import { annualReports, bodies, meetings, memberships, networkGroups, people, reportTemplates, users } from '../db/schema';
import type { CollabServer } from '../collab/server';
import { sessionUserOf, type SessionUser } from '../auth/session';
import { can } from '../auth/policy';
import { createMeeting, testCollab } from '../agenda/test-setup';
import { meetingDocumentName } from '../agenda/document';
import { toPlain } from '$lib/collab/agenda/plain';
import { reportDocumentAccess, reportDocumentName, SECTIONS_MAP } from './document';
import { memberInPeriod } from './members';
import { getReport, publishedReport, publishedReportYears, reviewReport, startReport, submitReport } from './reports';
import { currentTemplate, saveTemplate } from './template';
import { reportOverview } from './overview';

let t: TestDb;
let collab: CollabServer;
let staff: SessionUser;
let lead: SessionUser;
let member: SessionUser;
let formerLead: SessionUser;
let childrenGroup: { id: number; bodyId: number };
let otherGroup: { id: number; bodyId: number };

async function asUser(email: string) {
	const [u] = await t.db.select().from(users).where(eq(users.email, email));
	return sessionUserOf(t.db, u);
}

async function group(name: string) {
	const [g] = await t.db
		.select({ id: networkGroups.id, bodyId: networkGroups.bodyId })
		.from(networkGroups)
		.innerJoin(bodies, eq(bodies.id, networkGroups.bodyId))
		.where(eq(bodies.name, name));
	return g;
}

/** Types into the report's sections on the server, as an editor's updates would arrive. */
async function write(reportId: number, texts: Record<string, string>) {
	await collab.change(reportDocumentName(reportId), (doc) => {
		const map = doc.getMap<Y.Text>(SECTIONS_MAP);
		for (const [key, value] of Object.entries(texts)) {
			const text = map.get(key)!;
			text.delete(0, text.length);
			text.insert(0, value);
		}
	});
}

beforeAll(async () => {
	t = await createTestDb({ seeded: true });
	collab = testCollab(t.db);
	staff = await asUser('sekretariat@rammeaftale.example');
	lead = await asUser('tovholder@rammeaftale.example');
	member = await asUser('medlem@rammeaftale.example');
	childrenGroup = await group('Netværksgruppen Børn og Unge');
	otherGroup = await group('Netværksgruppen Voksne handicappede');
	// A lead of Børn og Unge until the end of 2022 only.
	const [person] = await t.db.insert(people).values({ name: 'Tidligere Tovholder', isDemo: true }).returning({ id: people.id });
	await t.db.insert(memberships).values({ bodyId: childrenGroup.bodyId, personId: person.id, role: 'lead', validFrom: '2021-01-01', validTo: '2022-12-31' });
	await t.db.insert(users).values({ email: 'tidligere@kommune.example', name: 'Tidligere Tovholder', role: 'network_lead', personId: person.id });
	formerLead = await asUser('tidligere@kommune.example');
});
afterAll(async () => {
	await collab?.close();
	await t?.close();
});

describe('who may draft a report', () => {
	it('is staff, or a lead or member of the group in the report’s year; the policy decides on that membership', async () => {
		expect(can(lead, 'report.edit', { memberInPeriod: true })).toBe(true);
		expect(can(lead, 'report.edit', { memberInPeriod: false })).toBe(false);
		expect(can(staff, 'report.edit', {})).toBe(true);
		expect(can(await asUser('kontakt@rammeaftale.example'), 'report.edit', { memberInPeriod: true })).toBe(false);
		expect(can(null, 'report.list')).toBe(false);
		expect(await memberInPeriod(t.db, formerLead, childrenGroup.bodyId, 2022)).toBe(true);
		expect(await memberInPeriod(t.db, formerLead, childrenGroup.bodyId, 2023)).toBe(false);
		expect(await memberInPeriod(t.db, lead, otherGroup.bodyId, 2090)).toBe(false);
	});

	it('refuses a lead another group’s report and a former lead a later year’s, and keeps them out of its document', async () => {
		expect(await startReport(t.db, lead, otherGroup.id, 2090)).toMatchObject({ ok: false, status: 403 });
		expect(await startReport(t.db, formerLead, childrenGroup.id, 2023)).toMatchObject({ ok: false, status: 403 });
		const started = await startReport(t.db, formerLead, childrenGroup.id, 2022);
		expect(started.ok).toBe(true);
		const other = await startReport(t.db, staff, otherGroup.id, 2090);
		if (!other.ok || !started.ok) throw new Error('not started');
		expect(await reportDocumentAccess(t.db, lead, other.value)).toBe('forbidden');
		expect(await reportDocumentAccess(t.db, member, other.value)).toBe('forbidden');
		expect(await reportDocumentAccess(t.db, formerLead, started.value)).toBe('write');
		expect(await submitReport(t.db, collab, lead, other.value)).toMatchObject({ ok: false, status: 403 });
	});
});

describe('the life of a report', () => {
	it('is submitted only with every required section written, sent back with comments, resubmitted, approved onto the next SG agenda and published with its minutes', async () => {
		const sg = await createMeeting(t.db, 'styregruppen', '2032-03-04');
		const started = await startReport(t.db, lead, childrenGroup.id, 2031);
		if (!started.ok) throw new Error('not started');
		const id = started.value;
		// Starting again opens the same report.
		expect(await startReport(t.db, staff, childrenGroup.id, 2031)).toEqual({ ok: true, value: id });
		const template = await currentTemplate(t.db);
		const required = template.sections.filter((s) => s.required);
		expect(required.length).toBeGreaterThan(1);

		// Everything but the last required section.
		await write(id, Object.fromEntries(required.slice(0, -1).map((s) => [s.key, `Tekst om ${s.heading}.`])));
		const refused = await submitReport(t.db, collab, lead, id);
		expect(refused).toMatchObject({ ok: false, status: 400 });
		if (!refused.ok) {
			expect(refused.errors.form).toContain(`»${required.at(-1)!.heading}«`);
			expect(Object.keys(refused.errors)).toContain(`section-${required.at(-1)!.key}`);
		}
		expect((await getReport(t.db, id))!.status).toBe('draft');

		await write(id, { [required.at(-1)!.key]: '  Planer for næste år.  ' });
		expect(await submitReport(t.db, collab, lead, id)).toEqual({ ok: true, value: null });
		let report = (await getReport(t.db, id))!;
		expect(report).toMatchObject({ status: 'submitted', submittedBy: 'Tove Tovholder' });
		expect(report.content[required[0].key]).toBe(`Tekst om ${required[0].heading}.`);
		expect(await reportDocumentAccess(t.db, lead, id)).toBe('read');
		expect(await submitReport(t.db, collab, lead, id)).toMatchObject({ ok: false, status: 409 });

		// Sending back needs a comment; then the group drafts again and sees it.
		expect(await reviewReport(t.db, collab, staff, id, { decision: 'sendBack', comments: {}, meetingId: null })).toMatchObject({ ok: false, status: 400 });
		expect(
			await reviewReport(t.db, collab, staff, id, { decision: 'sendBack', comments: { [required[0].key]: 'Nævn gerne antal møder.' }, meetingId: null })
		).toMatchObject({ ok: true });
		report = (await getReport(t.db, id))!;
		expect(report).toMatchObject({ status: 'sent_back', reviewComments: { [required[0].key]: 'Nævn gerne antal møder.' } });
		expect(await reportDocumentAccess(t.db, lead, id)).toBe('write');

		await write(id, { [required[0].key]: 'Gruppen holdt fire møder.' });
		expect(await submitReport(t.db, collab, lead, id)).toMatchObject({ ok: true });
		const approved = await reviewReport(t.db, collab, staff, id, { decision: 'approve', comments: {}, meetingId: sg });
		expect(approved.ok).toBe(true);
		report = (await getReport(t.db, id))!;
		expect(report).toMatchObject({ status: 'on_agenda', state: 'on_agenda', reviewComments: {}, sgMeeting: { id: sg, minutesPublished: false } });
		expect(report.content[required[0].key]).toBe('Gruppen holdt fire møder.');

		// The orientation item sits before "Evt." on the SG agenda, linking the report.
		const agenda = await collab.read(meetingDocumentName(sg), toPlain);
		const titles = agenda.items.map((i) => i.title);
		const at = titles.indexOf('Orientering: Årsrapport 2031 fra Netværksgruppen Børn og Unge');
		expect(at).toBeGreaterThanOrEqual(0);
		expect(titles[at + 1]).toMatch(/^Evt/);
		expect(agenda.items[at]).toMatchObject({ kind: 'orientation' });
		expect(agenda.items[at].beslutningstema).toContain('/aarsrapport/2031');

		// Not public until the steering group's minutes are.
		const slug = (await t.db.select({ slug: bodies.slug }).from(bodies).where(eq(bodies.id, childrenGroup.bodyId)))[0].slug;
		expect(await publishedReport(t.db, slug, 2031)).toBeNull();
		expect(await publishedReportYears(t.db, childrenGroup.bodyId)).toEqual([]);
		await t.db.update(meetings).set({ status: 'minutes_published' }).where(eq(meetings.id, sg));
		expect((await publishedReport(t.db, slug, 2031))?.state).toBe('published');
		expect(await publishedReportYears(t.db, childrenGroup.bodyId)).toEqual([2031]);
		const overview = await reportOverview(t.db, 2031);
		expect(overview.rows.find((r) => r.groupId === childrenGroup.id)?.state).toBe('published');
		expect(overview.rows.find((r) => r.groupId === otherGroup.id)?.state).toBe('not_started');
	});

	it('names the leads of the year in the overview: Køge until 31/8-2022, Roskilde from 1/9-2022 (minutes of 12/8-2022)', async () => {
		const leadsIn = async (year: number) =>
			(await reportOverview(t.db, year)).rows.find((r) => r.name === 'Netværksgruppen Voksne sindslidende')?.leads;
		expect(await leadsIn(2021)).toEqual(['Køge']);
		expect(await leadsIn(2022)).toEqual(['Køge', 'Roskilde']);
		expect(await leadsIn(2023)).toEqual(['Roskilde']);
		// The vacant post of Voksne handicappede stays vacant.
		expect((await reportOverview(t.db, 2023)).rows.find((r) => r.name === 'Netværksgruppen Voksne handicappede')?.leads).toEqual([]);
	});

	it('refuses approval of a report that is not submitted, and an agenda that no longer takes items', async () => {
		const started = await startReport(t.db, staff, childrenGroup.id, 2033);
		if (!started.ok) throw new Error('not started');
		expect(await reviewReport(t.db, collab, staff, started.value, { decision: 'approve', comments: {}, meetingId: null })).toMatchObject({
			ok: false,
			status: 409
		});
		const template = await currentTemplate(t.db);
		await write(started.value, Object.fromEntries(template.sections.map((s) => [s.key, 'Tekst.'])));
		expect(await submitReport(t.db, collab, lead, started.value)).toMatchObject({ ok: true });
		const past = await createMeeting(t.db, 'styregruppen', '2020-01-09');
		const outcome = await reviewReport(t.db, collab, staff, started.value, { decision: 'approve', comments: {}, meetingId: past });
		expect(outcome).toMatchObject({ ok: false, status: 400 });
		// Approved, but not on an agenda: the secretariat can choose another meeting.
		expect((await getReport(t.db, started.value))!).toMatchObject({ status: 'approved', sgMeeting: null });
	});
});

describe('the template', () => {
	it('makes a new version on a change; a report keeps the version it was started on', async () => {
		const before = await currentTemplate(t.db);
		const started = await startReport(t.db, staff, otherGroup.id, 2034);
		if (!started.ok) throw new Error('not started');
		const rows = before.sections.map((s) => ({ ...s, remove: false }));
		const saved = await saveTemplate(t.db, staff, [...rows, { key: '', heading: 'Samarbejde med region', question: 'Hvordan?', required: false, remove: false }]);
		expect(saved).toEqual({ ok: true, version: before.version + 1 });
		const after = await currentTemplate(t.db);
		expect(after.sections.at(-1)).toMatchObject({ key: 'samarbejde-med-region', heading: 'Samarbejde med region', required: false });
		expect((await getReport(t.db, started.value))!.templateVersion).toBe(before.version);
		expect(await saveTemplate(t.db, staff, after.sections.map((s) => ({ ...s, remove: false })))).toMatchObject({ ok: false, status: 400 });
	});

	it('refuses to drop a section that reports in progress use, and a section without a heading, writing nothing', async () => {
		const current = await currentTemplate(t.db);
		await startReport(t.db, staff, otherGroup.id, 2035);
		const count = (await t.db.select().from(reportTemplates)).length;
		const dropped = await saveTemplate(t.db, staff, current.sections.map((s, i) => ({ ...s, remove: i === 0 })));
		expect(dropped).toMatchObject({ ok: false, status: 409 });
		if (!dropped.ok) expect(dropped.errors.form).toContain(`»${current.sections[0].heading}«`);
		const blank = await saveTemplate(t.db, staff, current.sections.map((s, i) => ({ ...s, heading: i === 1 ? ' ' : s.heading, remove: false })));
		expect(blank).toMatchObject({ ok: false, status: 400, errors: { 'heading-1': 'Afsnit 2 mangler en overskrift.' } });
		expect((await t.db.select().from(reportTemplates)).length).toBe(count);
		expect((await t.db.select().from(annualReports).where(eq(annualReports.year, 2035)))[0].templateVersion).toBe(current.version);
	});
});
