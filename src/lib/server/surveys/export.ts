// The survey's exports, with Danish headers: CSV as Danish Excel opens it (semicolons, UTF-8 with a byte-order mark,
// CRLF) holding the table per target group, and an .xlsx workbook (exceljs) with one sheet per table: the target
// groups, every submitted answer per municipality and group, the free text per part, and who answered.
import ExcelJS from 'exceljs';
import { and, asc, eq } from 'drizzle-orm';
import { municipalities, surveyAnswers } from '../db/schema';
import type { SurveyAnswers } from '../db/schema/surveys';
import type { Db } from '../db/types';
import type { SurveyAggregate, Attributed } from './aggregate';
import type { MunicipalityStatus } from './status';
import { partHeading } from './parts';
import { targetGroupLabel } from './target-groups';
import { demandLabel as demandWord, stateLabel as stateWord } from '$lib/components/surveys/labels';
import { formatShortDate } from '$lib/format/date';
import { m } from '$lib/paraglide/messages';

const da = { locale: 'da' as const };

export const EXPORT_BASENAME = 'udbud-og-efterspoergsel';

type Cell = string | number;

/** A cell as text; one that a spreadsheet would take as a formula is prefixed with an apostrophe. */
function csvCell(value: Cell): string {
	let text = String(value);
	if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
	return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const plans = (rows: Attributed[]) => rows.map((r) => `${r.municipality}: ${r.text}`).join('\n');

function groupTable(a: SurveyAggregate): Cell[][] {
	const header = [
		m.survey_col_group({}, da),
		m.survey_demand_up({}, da),
		m.survey_demand_same({}, da),
		m.survey_demand_down({}, da),
		m.survey_col_unanswered({}, da),
		m.survey_col_places({}, da),
		m.survey_col_places_answered({}, da),
		m.survey_col_opening({}, da),
		m.survey_col_closing({}, da)
	];
	const rows = a.groups.map((g) => [
		targetGroupLabel(g.group, da),
		g.up,
		g.same,
		g.down,
		g.unanswered,
		g.places,
		g.placesAnswered,
		plans(g.opening),
		plans(g.closing)
	]);
	return [header, ...rows];
}

/** The aggregate table per target group as CSV for Danish Excel. */
export function surveyCsv(a: SurveyAggregate): string {
	return '\uFEFF' + groupTable(a).map((row) => row.map(csvCell).join(';')).join('\r\n') + '\r\n';
}

export interface MunicipalityAnswer {
	municipality: string;
	answers: SurveyAnswers;
}

/** The submitted answers, by municipality name. */
export async function submittedAnswers(db: Db, surveyId: number): Promise<MunicipalityAnswer[]> {
	return db
		.select({ municipality: municipalities.name, answers: surveyAnswers.answers })
		.from(surveyAnswers)
		.innerJoin(municipalities, eq(municipalities.id, surveyAnswers.municipalityId))
		.where(and(eq(surveyAnswers.surveyId, surveyId), eq(surveyAnswers.status, 'submitted')))
		.orderBy(asc(municipalities.name));
}

function addSheet(book: ExcelJS.Workbook, name: string, rows: Cell[][], widths: number[]) {
	const sheet = book.addWorksheet(name);
	sheet.addRows(rows);
	sheet.getRow(1).font = { bold: true };
	sheet.views = [{ state: 'frozen', ySplit: 1 }];
	widths.forEach((w, i) => {
		const column = sheet.getColumn(i + 1);
		column.width = w;
		column.alignment = { wrapText: true, vertical: 'top' };
	});
}

/** The workbook: one sheet per table. */
export async function surveyXlsx(a: SurveyAggregate, answers: MunicipalityAnswer[], status: MunicipalityStatus[]): Promise<Buffer> {
	const book = new ExcelJS.Workbook();
	book.creator = m.site_name({}, da);
	book.created = new Date();
	addSheet(book, m.survey_sheet_groups({}, da), groupTable(a), [44, 10, 10, 10, 12, 12, 14, 50, 50]);
	const perMunicipality: Cell[][] = [
		[
			m.survey_col_municipality({}, da),
			m.survey_col_group({}, da),
			m.survey_col_demand({}, da),
			m.survey_col_places({}, da),
			m.survey_col_opening({}, da),
			m.survey_col_closing({}, da)
		]
	];
	for (const { municipality, answers: x } of answers) {
		for (const group of a.groups.map((g) => g.group)) {
			const g = x.groups?.[group];
			if (!g) continue;
			perMunicipality.push([municipality, targetGroupLabel(group, da), demandWord(g.demand, da), g.places ?? '', g.opening ?? '', g.closing ?? '']);
		}
	}
	addSheet(book, m.survey_sheet_answers({}, da), perMunicipality, [22, 44, 14, 10, 50, 50]);
	const text: Cell[][] = [[m.survey_col_part({}, da), m.survey_col_municipality({}, da), m.survey_col_text({}, da)]];
	for (const p of a.parts) for (const r of p.answers) text.push([partHeading(p.part, da), r.municipality, r.text]);
	addSheet(book, m.survey_sheet_text({}, da), text, [44, 22, 90]);
	const who: Cell[][] = [[m.survey_col_municipality({}, da), m.survey_col_state({}, da), m.survey_col_submitted_at({}, da)]];
	for (const s of status) who.push([s.name, stateWord(s.state, da), s.submittedAt ? formatShortDate(s.submittedAt, 'da') : '']);
	addSheet(book, m.survey_sheet_status({}, da), who, [22, 16, 14]);
	return Buffer.from(await book.xlsx.writeBuffer());
}
