// Indicators on the real database: periods and the due rule, numbers in Danish and English notation, who may report
// for which municipality, the import (UTF-8 and Windows-1252, ; and ,, .xlsx, errors per row, nothing saved on
// rejection), the aggregation behind the charts, demo data, and reminders sent once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { createTestDb, type TestDb } from '../db/test-db';
import { indicatorReminders, indicators, measurements, municipalities, users } from '../db/schema';
import { sessionUserOf, type SessionUser } from '../auth/session';
import { secretariat } from '../calendar/test-actor';
import { startSmtpSink, type SmtpSink } from '../mail/test-smtp';
import { dueOn, duePeriods, endedPeriods, parsePeriod, periodOf } from './periods';
import { parseNumber } from './values';
import { emptyIndicatorInput, indicatorBySlug, inputOf, saveIndicator, type Indicator } from './definitions';
import { municipalityDue, reportValue, reportingStatus } from './reporting';
import { decodeText, parseFile, previewRows, saveImport } from './import';
import { chartData, summarise } from './charts';
import { ensureDemoIndicators } from './demo';
import { dueIndicatorReminders, sendIndicatorReminders } from './reminders';

let t: TestDb;
let sink: SmtpSink;
let staff: SessionUser;
let naestvedContact: SessionUser;
let indicator: Indicator;
let naestved: number;
let faxe: number;
// A fixed "now" so the ended periods are known: 2026-03-10 → 2025 has ended, 2026 has not.
const now = new Date('2026-03-10T12:00:00Z');

beforeAll(async () => {
	[t, sink] = await Promise.all([createTestDb({ seeded: true }), startSmtpSink()]);
	staff = await secretariat(t.db);
	const [contact] = await t.db.select().from(users).where(eq(users.email, 'kontakt@rammeaftale.example'));
	naestvedContact = await sessionUserOf(t.db, contact);
	[{ id: naestved }] = await t.db.select({ id: municipalities.id }).from(municipalities).where(eq(municipalities.slug, 'naestved'));
	[{ id: faxe }] = await t.db.select({ id: municipalities.id }).from(municipalities).where(eq(municipalities.slug, 'faxe'));
	const saved = await saveIndicator(t.db, staff, null, {
		...emptyIndicatorInput(),
		title: 'Borgere i botilbud uden for kommunen',
		description: 'Antal borgere, kommunen har anbragt i botilbud i andre kommuner eller regionen, opgjort 31/12.',
		unit: 'borgere',
		direction: 'lower',
		frequency: 'year',
		minValue: '0',
		maxValue: '1000'
	});
	if (!saved.ok) throw new Error(JSON.stringify(saved.errors));
	indicator = (await indicatorBySlug(t.db, saved.slug))!;
});
afterAll(async () => {
	await Promise.all([t?.close(), sink?.close()]);
});

describe('periods and numbers', () => {
	it('fit the frequency and are due 30 days after they end', () => {
		expect(parsePeriod('2025', 'year')).toEqual({ label: '2025', start: '2025-01-01', end: '2025-12-31' });
		expect(parsePeriod('2024-h2', 'half')).toEqual({ label: '2024-H2', start: '2024-07-01', end: '2024-12-31' });
		expect(parsePeriod('2024-Q1', 'quarter')?.end).toBe('2024-03-31');
		expect(parsePeriod('2025-H1', 'year')).toBeNull();
		expect(parsePeriod('2025', 'quarter')).toBeNull();
		expect(dueOn(parsePeriod('2025', 'year')!)).toBe('2026-01-30');
		expect(periodOf('2026-03-10', 'half').label).toBe('2026-H1');
		expect(endedPeriods('2026-03-10', 'quarter', 3).map((p) => p.label)).toEqual(['2025-Q4', '2025-Q3', '2025-Q2']);
		// Due up to a day: 2025-Q4 ended 31/12 and is due 30/1; on 29/1 it is not due yet, on 30/1 it is.
		expect(duePeriods('2026-01-29', 'quarter', 2).map((p) => p.label)).toEqual(['2025-Q3', '2025-Q2']);
		expect(duePeriods('2026-01-30', 'quarter', 2).map((p) => p.label)).toEqual(['2025-Q4', '2025-Q3']);
		expect(duePeriods('2026-01-29', 'year', 1).map((p) => p.label)).toEqual(['2024']);
		expect(duePeriods('2026-03-10', 'half', 3).map((p) => p.label)).toEqual(['2025-H2', '2025-H1', '2024-H2']);
	});

	it('reads Danish and English notation', () => {
		expect(parseNumber('12,5')).toBe(12.5);
		expect(parseNumber('12.5')).toBe(12.5);
		expect(parseNumber('1.234,5')).toBe(1234.5);
		expect(parseNumber('1,234.5')).toBe(1234.5);
		expect(parseNumber(' -3 ')).toBe(-3);
		expect(parseNumber('tolv')).toBeNull();
		expect(parseNumber('')).toBeNull();
		expect(parseNumber('1,2,3')).toBeNull();
	});
});

describe('definitions', () => {
	it('give Danish field errors and write nothing on bad input; only the secretariat defines', async () => {
		const count = async () => (await t.db.select().from(indicators)).length;
		const before = await count();
		const bad = await saveIndicator(t.db, staff, null, {
			...emptyIndicatorInput(),
			title: '  ',
			description: '',
			frequency: 'monthly',
			minValue: '10',
			maxValue: '5',
			baseline: 'mange',
			baselinePeriod: '2025-H1',
			targetDate: '2026-02-31'
		});
		expect(bad).toMatchObject({
			ok: false,
			status: 400,
			errors: {
				title: 'Skriv indikatorens titel.',
				description: expect.any(String),
				frequency: expect.any(String),
				maxValue: expect.any(String),
				baseline: expect.stringContaining('»mange« er ikke et tal'),
				targetDate: expect.any(String)
			}
		});
		const range = await saveIndicator(t.db, staff, null, { ...emptyIndicatorInput(), title: 'Andel', description: 'Andel i procent.', minValue: '0', maxValue: '100', target: '120', baselinePeriod: '2025-Q1' });
		expect(range).toMatchObject({ ok: false, errors: { target: expect.any(String), baselinePeriod: expect.stringContaining('2025-Q1') } });
		expect(await saveIndicator(t.db, naestvedContact, null, { ...emptyIndicatorInput(), title: 'Egen', description: 'Egen indikator.' })).toMatchObject({ ok: false, status: 403 });
		expect(await count()).toBe(before);
	});

	it('edits a definition in place; the slug stays and a reserved word is never one', async () => {
		const made = await saveIndicator(t.db, staff, null, { ...emptyIndicatorInput(), title: 'Import', description: 'Hedder som en side.', unit: '%' });
		expect(made).toMatchObject({ ok: true, slug: 'import-2' });
		if (!made.ok) return;
		const edited = await saveIndicator(t.db, staff, made.slug, { ...inputOf((await indicatorBySlug(t.db, made.slug))!), title: 'Importerede pladser', target: '12,5' });
		expect(edited).toEqual({ ok: true, slug: 'import-2' });
		expect(await indicatorBySlug(t.db, 'import-2')).toMatchObject({ title: 'Importerede pladser', target: 12.5, unit: '%' });
		await t.db.delete(indicators).where(eq(indicators.slug, 'import-2'));
	});
});

describe('reporting', () => {
	it('lets a contact report for their own municipality only, and not the secretariat through the contact’s form', async () => {
		expect(await reportValue(t.db, naestvedContact, { indicatorId: indicator.id, municipalityId: naestved, period: '2025', value: '14', comment: 'Opgjort 31/12' }, now)).toEqual({ ok: true });
		expect(await reportValue(t.db, naestvedContact, { indicatorId: indicator.id, municipalityId: faxe, period: '2025', value: '3', comment: '' }, now)).toMatchObject({ ok: false, status: 403 });
		expect(await reportValue(t.db, staff, { indicatorId: indicator.id, municipalityId: naestved, period: '2025', value: '3', comment: '' }, now)).toMatchObject({ ok: false, status: 403 });
		const [stored] = await t.db.select().from(measurements).where(and(eq(measurements.indicatorId, indicator.id), eq(measurements.municipalityId, naestved)));
		expect(stored).toMatchObject({ period: '2025', value: 14, comment: 'Opgjort 31/12', reportedBy: naestvedContact.id });
	});

	it('refuses a value that is not a number, outside the range, or for a period that does not fit or has not ended, writing nothing', async () => {
		const before = (await t.db.select().from(measurements)).length;
		const refused = await reportValue(t.db, naestvedContact, { indicatorId: indicator.id, municipalityId: naestved, period: '2025-Q1', value: 'mange', comment: '' }, now);
		expect(refused).toMatchObject({ ok: false, status: 400, errors: { period: expect.stringContaining('frekvens'), value: '»mange« er ikke et tal. Skriv fx 12 eller 12,5.' } });
		expect(await reportValue(t.db, naestvedContact, { indicatorId: indicator.id, municipalityId: naestved, period: '2026', value: '1', comment: '' }, now)).toMatchObject({
			errors: { period: 'Perioden 2026 er ikke slut endnu.' }
		});
		expect(await reportValue(t.db, naestvedContact, { indicatorId: indicator.id, municipalityId: naestved, period: '2024', value: '-1', comment: '' }, now)).toMatchObject({
			errors: { value: 'Værdien skal ligge mellem 0 og 1000.' }
		});
		expect((await t.db.select().from(measurements)).length).toBe(before);
	});

	it('shows a municipality what is missing and overdue, and the secretariat who has reported', async () => {
		const due = (await municipalityDue(t.db, naestved, now)).filter((d) => d.indicator.id === indicator.id);
		expect(due.map((d) => [d.period, Boolean(d.reported), d.overdue])).toEqual([
			['2024', false, true],
			['2023', false, true],
			['2022', false, true],
			['2025', true, false]
		]);
		const status = (await reportingStatus(t.db, now)).find((s) => s.indicator.id === indicator.id)!;
		expect(status).toMatchObject({ period: '2025', dueOn: '2026-01-30', reported: ['Næstved'] });
		expect(status.missing).toHaveLength(16);
	});
});

describe('the import', () => {
	const csv = (lines: string[], separator = ';') => lines.map((l) => l.replaceAll(';', separator)).join('\r\n');

	it('reads Windows-1252 with ; (Danish Excel) and UTF-8 with , and a BOM alike', async () => {
		const text = csv(['kommune;periode;værdi;kommentar', 'Køge;2024;12,5;Første år', 'Næstved;2024;9;']);
		const win1252 = Uint8Array.from([...text].map((c) => ({ ø: 0xf8, æ: 0xe6, å: 0xe5, Ø: 0xd8 })[c] ?? c.charCodeAt(0)));
		expect(decodeText(win1252)).toBe(text);
		const utf8 = new TextEncoder().encode('\ufeff' + csv(['kommune;periode;værdi;kommentar', 'Køge;2024;12.5;"Første, år"', 'Næstved;2024;9;'], ','));
		for (const bytes of [win1252, utf8]) {
			const parsed = await parseFile('tal.csv', bytes);
			if (!parsed.ok) throw new Error(parsed.error);
			expect(parsed.rows.map((r) => [r.kommune, r.periode, r.vaerdi])).toEqual([
				['Køge', '2024', bytes === win1252 ? '12,5' : '12.5'],
				['Næstved', '2024', '9']
			]);
		}
		expect((await parseFile('tal.csv', utf8)).ok && ((await parseFile('tal.csv', utf8)) as { rows: { kommentar: string }[] }).rows[0].kommentar).toBe('Første, år');
	});

	it('reads every pairing of encoding (UTF-8 with and without BOM, Windows-1252) and separator (; and ,)', async () => {
		const lines = ['kommune;periode;værdi;kommentar', 'Køge;2024;12,5;Årsopgørelse', 'Næstved;2024;9;'];
		const encodings: Record<string, (text: string) => Uint8Array> = {
			utf8: (text) => new TextEncoder().encode(text),
			utf8bom: (text) => new TextEncoder().encode('\ufeff' + text),
			win1252: (text) => Uint8Array.from([...text].map((c) => ({ ø: 0xf8, æ: 0xe6, å: 0xe5, Å: 0xc5 })[c] ?? c.charCodeAt(0)))
		};
		for (const [name, encode] of Object.entries(encodings)) {
			for (const separator of [';', ',']) {
				// With `,` as separator a Danish decimal comma must be quoted, as Excel does.
				const text = lines.map((l) => (separator === ',' ? l.replace('12,5', '"12,5"') : l).replaceAll(';', separator)).join('\r\n');
				const parsed = await parseFile('tal.csv', encode(text));
				expect(parsed, `${name} ${separator}`).toMatchObject({
					ok: true,
					rows: [
						{ line: 2, kommune: 'Køge', periode: '2024', vaerdi: '12,5', kommentar: 'Årsopgørelse' },
						{ line: 3, kommune: 'Næstved', periode: '2024', vaerdi: '9', kommentar: '' }
					]
				});
			}
		}
	});

	it('flags a decimal comma left unquoted in a file separated by commas', async () => {
		const parsed = await parseFile('tal.csv', new TextEncoder().encode('kommune,periode,værdi,kommentar\nKøge,2024,12,5\nFaxe,2024,"12,5",\nSlagelse,2024,12,5,Årsopgørelse\nHolbæk,2024,12,Opgjort 31/12'));
		if (!parsed.ok) throw new Error(parsed.error);
		const preview = await previewRows(t.db, indicator, parsed.rows, now);
		expect(preview.map((r) => r.errors)).toEqual([[expect.stringContaining('flere felter end overskriften')], [], [expect.stringContaining('anførselstegn')], []]);
	});

	it('is the secretariat’s: a municipal contact cannot import, and nothing is written', async () => {
		const before = (await t.db.select().from(measurements)).length;
		const rows = [{ line: 2, kommune: 'Næstved', periode: '2023', vaerdi: '5', kommentar: '' }];
		expect(await saveImport(t.db, naestvedContact, indicator, rows, now)).toMatchObject({ ok: false, status: 403 });
		expect((await t.db.select().from(measurements)).length).toBe(before);
	});

	it('shows the errors per row and saves nothing from a file with any error; a good file is saved whole', async () => {
		const before = (await t.db.select().from(measurements)).length;
		const bad = await parseFile(
			'tal.csv',
			new TextEncoder().encode(csv(['kommune;periode;værdi', 'Atlantis;2024;3', 'Faxe;2024-Q1;3', 'Faxe;2024;tre', 'Faxe;2024;2000', 'Slagelse;2023;4', 'slagelse;2023;5', 'Faxe;2023;7']))
		);
		if (!bad.ok) throw new Error(bad.error);
		const preview = await previewRows(t.db, indicator, bad.rows, now);
		expect(preview.map((r) => [r.line, r.errors.length > 0])).toEqual([
			[2, true],
			[3, true],
			[4, true],
			[5, true],
			[6, false],
			[7, true],
			[8, false]
		]);
		expect(preview[0].errors).toEqual(['Ukendt kommune: »Atlantis«.']);
		expect(preview[5].errors).toEqual(['Samme kommune og periode står også i linje 6.']);
		expect(await saveImport(t.db, staff, indicator, bad.rows, now)).toMatchObject({ ok: false });
		expect((await t.db.select().from(measurements)).length).toBe(before);

		const workbook = new ExcelJS.Workbook();
		const sheet = workbook.addWorksheet('Tal');
		sheet.addRows([['kommune', 'periode', 'værdi', 'kommentar'], ['Faxe', '2024', 7, ''], ['Faxe', '2025', 9, 'Ny opgørelse'], ['Køge', '2025', 4, '']]);
		const good = await parseFile('tal.xlsx', new Uint8Array(await workbook.xlsx.writeBuffer()));
		if (!good.ok) throw new Error(good.error);
		expect(await saveImport(t.db, staff, indicator, good.rows, now)).toEqual({ ok: true, saved: 3 });
		expect((await t.db.select().from(measurements).where(eq(measurements.indicatorId, indicator.id))).length).toBe(4);
	});

	it('refuses a file without the header or without rows', async () => {
		expect(await parseFile('tal.csv', new TextEncoder().encode('by;år;tal\nFaxe;2024;3'))).toMatchObject({ ok: false, error: expect.stringContaining('overskrifterne') });
		expect(await parseFile('tal.csv', new Uint8Array())).toMatchObject({ ok: false, error: 'Filen indeholder ingen rækker.' });
	});
});

describe('the charts', () => {
	it('have a series per municipality, the total and the latest period, each summarised in words', async () => {
		const data = await chartData(t.db, indicator, 'faxe');
		expect(data.periods).toEqual(['2024', '2025']);
		expect(data.series.find((s) => s.slug === 'faxe')?.values).toEqual([7, 9]);
		expect(data.series.find((s) => s.slug === 'naestved')?.values).toEqual([null, 14]);
		expect(data.total).toEqual([7, 27]);
		expect(data.totalKind).toBe('sum');
		expect(data.latest.period).toBe('2025');
		expect(data.latest.bars.find((b) => b.slug === 'koge')?.value).toBe(4);
		expect(data.highlight).toBe('faxe');
		expect(data.summaries.faxe).toBe('Faxe: 9, op fra 7');
		expect(data.summaries.naestved).toBe('Næstved: 14');
		expect(data.summaries.odsherred).toBe('Odsherred: ingen tal');
		expect(summarise('Køge', [5, 3])).toBe('Køge: 3, ned fra 5');
		expect((await chartData(t.db, indicator, 'atlantis')).highlight).toBeNull();
	});

	it('loads demo indicators only when asked, marked as demo, once', async () => {
		await ensureDemoIndicators(t.db);
		await ensureDemoIndicators(t.db);
		const demo = await t.db.select().from(indicators).where(eq(indicators.isDemo, true));
		expect(demo.map((d) => d.title)).toEqual(['Borgere i botilbud pr. 10.000 indbyggere (demo)', 'Andel køb på standardkontrakt (demo)']);
		const data = await chartData(t.db, demo[1]);
		expect(data.totalKind).toBe('average');
		expect(data.series.every((s) => s.values.every((v) => v !== null && v >= 0 && v <= 100))).toBe(true);
	});
});

describe('reminders', () => {
	it('go once to the contacts of municipalities missing the latest period, none for demo indicators', async () => {
		// 2026-01-25: 2025 is due on 2026-01-30, within the week before.
		const early = new Date('2026-01-25T10:00:00Z');
		const due = await dueIndicatorReminders(t.db, '2026-01-25', 7);
		expect(due.filter((d) => d.indicatorId === indicator.id).map((d) => d.municipality)).not.toContain('Næstved');
		expect(due.some((d) => d.title.endsWith('(demo)'))).toBe(false);
		// Næstved has reported 2025; make another municipality's contact to remind.
		await t.db.insert(users).values({ email: 'kontakt-faxe@kommune.example', name: 'Kontakt Faxe', role: 'municipal_contact', municipalityId: faxe });
		await t.db.delete(measurements).where(and(eq(measurements.indicatorId, indicator.id), eq(measurements.municipalityId, faxe), eq(measurements.period, '2025')));
		const settings = { url: sink.url, from: 'Sekretariatet <test@localhost>' };
		await Promise.all([1, 2, 3].map(() => sendIndicatorReminders(t.db, { origin: 'http://localhost', daysBefore: 7, now: early, settings, indicatorId: indicator.id })));
		await sink.waitFor('kontakt-faxe@kommune.example');
		await sendIndicatorReminders(t.db, { origin: 'http://localhost', daysBefore: 7, now: early, settings, indicatorId: indicator.id });
		const mails = sink.messages.filter((msg) => msg.to.includes('kontakt-faxe@kommune.example'));
		expect(mails).toHaveLength(1);
		expect(mails[0].subject).toBe('Påmindelse: Borgere i botilbud uden for kommunen for 2025 skal indberettes senest 30. januar 2026');
		expect(sink.messages.some((msg) => msg.to.includes('kontakt@rammeaftale.example'))).toBe(false);
		expect(await t.db.select().from(indicatorReminders).where(eq(indicatorReminders.municipalityId, faxe))).toHaveLength(1);

		// After the due date: one "overdue" reminder, however often the job runs; none once the value is reported.
		const late = new Date('2026-02-05T10:00:00Z');
		for (let i = 0; i < 3; i++) await sendIndicatorReminders(t.db, { origin: 'http://localhost', daysBefore: 7, now: late, settings, indicatorId: indicator.id });
		const toFaxe = () => sink.messages.filter((msg) => msg.to.includes('kontakt-faxe@kommune.example'));
		await expect.poll(() => toFaxe().length).toBe(2);
		const overdue = toFaxe();
		expect(overdue[1].subject).toMatch(/2025/);
		expect(overdue[1].text).toContain(`http://localhost/indikatorer/indberet`);
		const kinds = await t.db.select({ kind: indicatorReminders.kind }).from(indicatorReminders).where(and(eq(indicatorReminders.municipalityId, faxe), eq(indicatorReminders.indicatorId, indicator.id)));
		expect(kinds.map((k) => k.kind).sort()).toEqual(['before', 'overdue']);
	});
});
