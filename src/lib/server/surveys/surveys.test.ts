// The supply-and-demand survey on the real database: opening one per year, answering for one's own municipality
// only, the deadline and reopening, bad input that writes nothing, the aggregate (submitted answers only), the
// draft text and the exports.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, inArray } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { createTestDb, type TestDb } from '../db/test-db';
import { municipalities, surveyAnswers, surveys, users } from '../db/schema';
import type { SessionUser } from '../auth/session';
import { addDays } from '../tariffs/calculators/dates';
import { isoDateInCopenhagen } from '$lib/format/date';
import { closeAgain, openSurvey, reopenSurvey, surveyOfYear, type Survey } from './surveys';
import { answerInputFromForm, answerOf, saveAnswer, submitAnswer, type AnswerInput } from './answers';
import { aggregate } from './aggregate';
import { answerStatus } from './status';
import { draftText } from './draft-text';
import { submittedAnswers, surveyCsv, surveyXlsx } from './export';
import { DEFAULT_TARGET_GROUP_KEYS } from './target-groups';
import { putDraftOnAgenda } from './agenda';
import type { CollabServer } from '../collab/server';
import { createMeeting, testCollab } from '../agenda/test-setup';
import { meetingDocumentName } from '../agenda/document';
import { toPlain } from '$lib/collab/agenda/plain';

let t: TestDb;
const today = isoDateInCopenhagen(new Date());
const later = (days: number) => new Date(Date.now() + days * 86_400_000);
const towns: Record<string, { id: number; name: string }> = {};
const contact: Record<string, SessionUser> = {};
let secretariat: SessionUser;
let collab: CollabServer;

async function makeUser(role: SessionUser['role'], municipalityId: number | null, label: string): Promise<SessionUser> {
	const email = `${label}-${crypto.randomUUID()}@kommune.example`;
	const [row] = await t.db.insert(users).values({ email, name: label, role, municipalityId }).returning({ id: users.id });
	return { id: row.id, email, name: label, role, municipalityId, bodyIds: [] };
}

beforeAll(async () => {
	t = await createTestDb({ seeded: true });
	const rows = await t.db
		.select({ id: municipalities.id, slug: municipalities.slug, name: municipalities.name })
		.from(municipalities)
		.where(inArray(municipalities.slug, ['naestved', 'slagelse', 'holbaek', 'region-sjaelland']));
	for (const r of rows) towns[r.slug] = r;
	for (const slug of ['naestved', 'slagelse', 'holbaek']) contact[slug] = await makeUser('municipal_contact', towns[slug].id, `kontakt-${slug}`);
	secretariat = await makeUser('secretariat', null, 'sekretariat');
	collab = testCollab(t.db);
});
afterAll(async () => {
	await collab?.close();
	await t?.close();
});

async function open(year: number, deadline = addDays(today, 10), targetGroups = [...DEFAULT_TARGET_GROUP_KEYS]): Promise<Survey> {
	const result = await openSurvey(t.db, secretariat, { year: String(year), deadline, targetGroups });
	if (!result.ok) throw new Error(JSON.stringify(result.errors));
	return result.survey;
}

const answer = (groups: AnswerInput['groups'], parts: AnswerInput['parts'] = {}): AnswerInput => ({ groups, parts });

describe('opening a survey', () => {
	it('opens one per year with the target groups; a second for the same year is refused', async () => {
		const s = await open(2091);
		expect(s.targetGroups).toEqual(DEFAULT_TARGET_GROUP_KEYS);
		expect(s.targetGroups).toHaveLength(11);
		const again = await openSurvey(t.db, secretariat, { year: '2091', deadline: addDays(today, 20), targetGroups: ['adults-physical'] });
		expect(again).toMatchObject({ ok: false, status: 409 });
		expect(!again.ok && again.errors.year).toContain('2091');
		expect((await surveyOfYear(t.db, 2091))?.deadline).toBe(s.deadline);
	});

	it('gives Danish field errors and writes nothing for bad input, and refuses a municipal contact', async () => {
		const bad = await openSurvey(t.db, secretariat, { year: '20x1', deadline: '2026-02-31', targetGroups: ['ukendt-gruppe'] });
		expect(bad.ok).toBe(false);
		if (bad.ok) return;
		expect(bad.status).toBe(400);
		expect(bad.errors.year).toMatch(/Skriv et årstal/);
		expect(bad.errors.deadline).toMatch(/dato/);
		expect(bad.errors.targetGroups).toMatch(/»ukendt-gruppe« findes ikke/);
		const none = await openSurvey(t.db, secretariat, { year: '2092', deadline: addDays(today, -1), targetGroups: [] });
		expect(!none.ok && none.errors).toMatchObject({ deadline: expect.stringMatching(/i dag eller senere/), targetGroups: 'Vælg mindst én målgruppe.' });
		const byContact = await openSurvey(t.db, contact.naestved, { year: '2093', deadline: addDays(today, 5), targetGroups: ['adults-physical'] });
		expect(byContact).toMatchObject({ ok: false, status: 403 });
		expect(await t.db.select().from(surveys).where(inArray(surveys.year, [2092, 2093]))).toEqual([]);
	});
});

describe('answering', () => {
	let s: Survey;
	beforeAll(async () => {
		s = await open(2094, addDays(today, 3), ['children-psychiatric', 'adults-homelessness']);
	});

	it('saves a draft and submits for the own municipality; another municipality is refused and nothing is written', async () => {
		const draft = await saveAnswer(t.db, contact.naestved, s.year, towns.naestved.id, answer({ 'children-psychiatric': { demand: 'up', places: '4' } }));
		expect(draft).toEqual({ ok: true, status: 'draft' });
		const foreign = await submitAnswer(t.db, contact.slagelse, s.year, towns.naestved.id, answer({ 'children-psychiatric': { demand: 'down' } }));
		expect(foreign).toMatchObject({ ok: false, status: 403 });
		expect(!foreign.ok && foreign.errors.form).toBe('Du kan kun svare for din egen kommune.');
		const staff = await saveAnswer(t.db, secretariat, s.year, towns.naestved.id, answer({}));
		expect(staff).toMatchObject({ ok: false, status: 403 });
		const stored = await answerOf(t.db, s.id, towns.naestved.id);
		expect(stored?.status).toBe('draft');
		expect(stored?.answers.groups['children-psychiatric']).toEqual({ demand: 'up', places: 4, opening: '', closing: '' });
		const submitted = await submitAnswer(t.db, contact.naestved, s.year, towns.naestved.id, answer({ 'children-psychiatric': { demand: 'same', places: '5' } }));
		expect(submitted).toEqual({ ok: true, status: 'submitted' });
		// A submitted answer is not withdrawn by saving a draft: the change must be submitted.
		const back = await saveAnswer(t.db, contact.naestved, s.year, towns.naestved.id, answer({}));
		expect(back).toMatchObject({ ok: false, status: 409 });
		expect((await answerOf(t.db, s.id, towns.naestved.id))?.status).toBe('submitted');
	});

	it('refuses the region: only the 17 municipalities answer', async () => {
		const regionContact = await makeUser('municipal_contact', towns['region-sjaelland'].id, 'kontakt-region');
		const result = await saveAnswer(t.db, regionContact, s.year, towns['region-sjaelland'].id, answer({}));
		expect(result).toMatchObject({ ok: false, status: 404 });
	});

	it('gives field errors for bad numbers, an unknown demand, an unknown target group or part, and writes nothing', async () => {
		const before = await answerOf(t.db, s.id, towns.naestved.id);
		const bad = await submitAnswer(
			t.db,
			contact.naestved,
			s.year,
			towns.naestved.id,
			answer({ 'children-psychiatric': { demand: 'maybe', places: '-3' }, 'adults-homelessness': { places: '2,5' } })
		);
		expect(bad).toMatchObject({ ok: false, status: 400 });
		if (bad.ok) return;
		expect(bad.errors['demand-children-psychiatric']).toMatch(/Vælg stigende, uændret eller faldende/);
		expect(bad.errors['places-children-psychiatric']).toMatch(/helt tal fra 0 til 9999/);
		expect(bad.errors['places-adults-homelessness']).toMatch(/Voksne i hjemløshed/);
		const unknown = await submitAnswer(t.db, contact.naestved, s.year, towns.naestved.id, answer({ 'adults-physical': { demand: 'up' } }));
		expect(!unknown.ok && unknown.errors.form).toMatch(/»adults-physical« findes ikke i spørgeskemaet/);
		const part = await submitAnswer(t.db, contact.naestved, s.year, towns.naestved.id, answer({}, { extra: 'x' }));
		expect(!part.ok && part.errors.form).toMatch(/»extra« findes ikke/);
		const tooLong = await submitAnswer(t.db, contact.naestved, s.year, towns.naestved.id, answer({}, { trends: 'x'.repeat(8001) }));
		expect(!tooLong.ok && tooLong.errors['part-trends']).toBe('Teksten må højst være 8000 tegn.');
		const empty = await submitAnswer(t.db, contact.holbaek, s.year, towns.holbaek.id, answer({}));
		expect(empty).toMatchObject({ ok: false, status: 400 });
		expect(await answerOf(t.db, s.id, towns.naestved.id)).toEqual(before);
		expect(await answerOf(t.db, s.id, towns.holbaek.id)).toBeNull();
	});

	it('reads the answer form fields by name', () => {
		const form = new FormData();
		form.set('demand-children-psychiatric', 'up');
		form.set('places-children-psychiatric', '3');
		form.set('opening-adults-homelessness', 'Nyt herberg');
		form.set('part-trends', 'Flere unge');
		form.set('intent', 'submit');
		expect(answerInputFromForm(form)).toEqual({
			groups: { 'children-psychiatric': { demand: 'up', places: '3' }, 'adults-homelessness': { opening: 'Nyt herberg' } },
			parts: { trends: 'Flere unge' }
		});
	});

	it('takes no answer after the deadline (409, Danish) until the secretariat reopens it, and none after closing again', async () => {
		const afterDeadline = later(5);
		const late = await saveAnswer(t.db, contact.slagelse, s.year, towns.slagelse.id, answer({ 'adults-homelessness': { demand: 'up' } }), afterDeadline);
		expect(late).toMatchObject({ ok: false, status: 409 });
		expect(!late.ok && late.errors.form).toMatch(/^Fristen .* er overskredet/);
		expect(await answerOf(t.db, s.id, towns.slagelse.id)).toBeNull();
		// Up to and including the deadline day it is taken.
		expect((await saveAnswer(t.db, contact.holbaek, s.year, towns.holbaek.id, answer({ 'adults-homelessness': { demand: 'down' } }), later(3))).ok).toBe(true);
		expect(await reopenSurvey(t.db, contact.slagelse, s.year)).toMatchObject({ ok: false, status: 403 });
		expect(await reopenSurvey(t.db, secretariat, s.year)).toEqual({ ok: true });
		const reopened = await submitAnswer(t.db, contact.slagelse, s.year, towns.slagelse.id, answer({ 'adults-homelessness': { demand: 'up' } }), afterDeadline);
		expect(reopened).toEqual({ ok: true, status: 'submitted' });
		expect(await closeAgain(t.db, secretariat, s.year)).toEqual({ ok: true });
		const closed = await submitAnswer(t.db, contact.slagelse, s.year, towns.slagelse.id, answer({ 'adults-homelessness': { demand: 'down' } }), afterDeadline);
		expect(closed).toMatchObject({ ok: false, status: 409 });
		expect((await answerOf(t.db, s.id, towns.slagelse.id))?.answers.groups['adults-homelessness'].demand).toBe('up');
		expect(await reopenSurvey(t.db, secretariat, 2199)).toMatchObject({ ok: false, status: 404 });
	});
});

describe('the aggregate', () => {
	let s: Survey;
	beforeAll(async () => {
		s = await open(2095, addDays(today, 10), ['children-psychiatric', 'adults-homelessness']);
		const submit = async (slug: string, input: AnswerInput) => {
			const r = await submitAnswer(t.db, contact[slug], s.year, towns[slug].id, input);
			if (!r.ok) throw new Error(JSON.stringify(r.errors));
		};
		await submit(
			'naestved',
			answer(
				{
					'children-psychiatric': { demand: 'up', places: '4', opening: 'Nyt dagtilbud i Næstved' },
					'adults-homelessness': { demand: 'same', places: '2' }
				},
				{ balance: 'Mangler pladser til unge', trends: '=Flere med dobbeltdiagnoser; stigende' }
			)
		);
		await submit(
			'slagelse',
			answer(
				{ 'children-psychiatric': { demand: 'up', places: '6', closing: 'Lukker afdeling B' }, 'adults-homelessness': { demand: 'down' } },
				{ balance: 'Balance i udbud' }
			)
		);
		// A draft does not count.
		const draft = await saveAnswer(
			t.db,
			contact.holbaek,
			s.year,
			towns.holbaek.id,
			answer({ 'children-psychiatric': { demand: 'down', places: '100', opening: 'Kladdetilbud' } }, { balance: 'Kladdetekst' })
		);
		expect(draft.ok).toBe(true);
	});

	it('counts up/same/down/unanswered across the 17 municipalities, sums places, lists plans; drafts excluded', async () => {
		const a = await aggregate(t.db, s);
		expect(a.total).toBe(17);
		expect(a.submitted).toBe(2);
		const [children, adults] = a.groups;
		expect(children).toMatchObject({ group: 'children-psychiatric', up: 2, same: 0, down: 0, unanswered: 15, places: 10, placesAnswered: 2 });
		expect(children.opening).toEqual([{ municipality: 'Næstved', text: 'Nyt dagtilbud i Næstved' }]);
		expect(children.closing).toEqual([{ municipality: 'Slagelse', text: 'Lukker afdeling B' }]);
		expect(adults).toMatchObject({ up: 0, same: 1, down: 1, unanswered: 15, places: 2, placesAnswered: 1 });
		const balance = a.parts.find((p) => p.part === 'balance')!;
		expect(balance.answers).toEqual([
			{ municipality: 'Næstved', text: 'Mangler pladser til unge' },
			{ municipality: 'Slagelse', text: 'Balance i udbud' }
		]);
		expect(a.parts.map((p) => p.part)).toEqual(['balance', 'plans', 'prevention', 'trends', 'changes']);
		expect(JSON.stringify(a)).not.toContain('Kladde');
	});

	it('lists who answered: the 17 municipalities with their state, not the region', async () => {
		const status = await answerStatus(t.db, s.id);
		expect(status).toHaveLength(17);
		expect(status.find((r) => r.name === 'Næstved')?.state).toBe('submitted');
		expect(status.find((r) => r.name === 'Holbæk')?.state).toBe('draft');
		expect(status.filter((r) => r.state === 'not_started')).toHaveLength(14);
		expect(status.some((r) => /Region/.test(r.name))).toBe(false);
	});

	it('writes a Danish draft text section from the aggregate', async () => {
		const text = draftText(await aggregate(t.db, s));
		expect(text).toMatch(/^## Udbud og efterspørgsel 2095\n/);
		expect(text).toContain('2 af 17 kommuner har besvaret');
		expect(text).toContain('- **Børn og unge med psykiske vanskeligheder**: stigende i 2, uændret i 0, faldende i 0 kommuner (15 uden svar); 10 pladser');
		expect(text).toContain('- **Næstved**: Nyt dagtilbud i Næstved');
		expect(text).toContain('### Sammenhængen mellem udbud og efterspørgsel');
		expect(text).toContain('- **Slagelse**: Balance i udbud');
		expect(text).not.toContain('Kladde');
	});

	it('exports CSV for Danish Excel and an .xlsx with one sheet per table', async () => {
		const a = await aggregate(t.db, s);
		const csv = surveyCsv(a);
		expect(csv.startsWith('\uFEFFMålgruppe;Stigende;Uændret;Faldende;Ikke besvaret;Pladser forventet købt;')).toBe(true);
		const lines = csv.slice(1).split('\r\n');
		expect(lines[1]).toBe('Børn og unge med psykiske vanskeligheder;2;0;0;15;10;2;Næstved: Nyt dagtilbud i Næstved;Slagelse: Lukker afdeling B');
		const book = new ExcelJS.Workbook();
		await book.xlsx.load((await surveyXlsx(a, await submittedAnswers(t.db, s.id), await answerStatus(t.db, s.id))) as never);
		expect(book.worksheets.map((w) => w.name)).toEqual(['Målgrupper', 'Svar pr. kommune', 'Fritekst', 'Besvarelser']);
		const groups = book.getWorksheet('Målgrupper')!;
		expect(groups.getRow(2).getCell(1).value).toBe('Børn og unge med psykiske vanskeligheder');
		expect(groups.getRow(2).getCell(6).value).toBe(10);
		const perTown = book.getWorksheet('Svar pr. kommune')!;
		const rows = perTown.getSheetValues().slice(2).map((r) => (r as unknown[]).slice(1, 4));
		expect(rows).toContainEqual(['Næstved', 'Børn og unge med psykiske vanskeligheder', 'Stigende']);
		expect(rows.some((r) => r[0] === 'Holbæk')).toBe(false);
		// Free text that looks like a formula stays text.
		const text = book.getWorksheet('Fritekst')!;
		const trend = text.getSheetValues().find((r) => Array.isArray(r) && String(r[3]).includes('dobbeltdiagnoser')) as unknown[];
		expect(trend[3]).toBe('=Flere med dobbeltdiagnoser; stigende');
		expect(book.getWorksheet('Besvarelser')!.rowCount).toBe(18);
	});

	it('quotes CSV cells with semicolons and quotes', async () => {
		const s2 = await open(2096, addDays(today, 10), ['adults-physical']);
		await submitAnswer(t.db, contact.naestved, s2.year, towns.naestved.id, answer({ 'adults-physical': { demand: 'up', opening: '=SUM(A1); "x"' } }));
		const csv = surveyCsv(await aggregate(t.db, s2));
		expect(csv).toContain(`;"Næstved: =SUM(A1); ""x""";`);
		const rows = await t.db
			.select({ id: surveyAnswers.id })
			.from(surveyAnswers)
			.where(and(eq(surveyAnswers.surveyId, s2.id), eq(surveyAnswers.municipalityId, towns.naestved.id)));
		expect(rows).toHaveLength(1);
	});

	it('puts the draft text on a coming steering-group agenda as an orientation item, before "Evt."', async () => {
		const sg = await createMeeting(t.db, 'styregruppen', '2095-03-04');
		expect(await putDraftOnAgenda(t.db, collab, contact.naestved, s.year, sg)).toMatchObject({ ok: false, status: 403 });
		const result = await putDraftOnAgenda(t.db, collab, secretariat, s.year, sg);
		expect(result.ok).toBe(true);
		const agenda = await collab.read(meetingDocumentName(sg), toPlain);
		const at = agenda.items.findIndex((i) => i.title === 'Orientering: udbud og efterspørgsel 2095');
		expect(at).toBeGreaterThanOrEqual(0);
		expect(agenda.items[at]).toMatchObject({ kind: 'orientation' });
		expect(agenda.items[at].beslutningstema).toContain('2 af 17 kommuner har besvaret');
		expect(agenda.items[at].beslutningstema).toContain('- **Næstved**: Nyt dagtilbud i Næstved');
		expect(agenda.items[at].indstilling).toMatch(/tager orienteringen .* til efterretning/);
		expect(agenda.items[at + 1].title).toMatch(/^Evt/);
		const past = await createMeeting(t.db, 'styregruppen', '2020-01-09');
		expect(await putDraftOnAgenda(t.db, collab, secretariat, s.year, past)).toMatchObject({ ok: false, status: 409 });
	});
});
