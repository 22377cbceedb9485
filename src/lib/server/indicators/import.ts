// Importing many values of one indicator at once from a CSV or an .xlsx file: columns kommune, periode, værdi,
// kommentar. Danish Excel writes CSV in Windows-1252 with `;`; others write UTF-8 (with or without a BOM) and `,`:
// both are read. Every row is checked (unknown municipality, a period that does not fit or has not ended, not a
// number, outside the range, the same municipality and period twice) and the errors shown per row before anything
// is saved; a file with any error writes nothing, and a good one is saved in one transaction.
import ExcelJS from 'exceljs';
import { measurements } from '../db/schema';
import type { Db } from '../db/types';
import type { SessionUser } from '../auth/session';
import { can } from '../auth/policy';
import { logger } from '../log';
import { isoDateInCopenhagen } from '$lib/format/date';
import { checkValue, kommuner } from './reporting';
import type { Indicator } from './definitions';
import { m } from '$lib/paraglide/messages';

const log = logger.child({ part: 'indicators' });

/** At most this many data rows per file. */
export const MAX_ROWS = 5000;
export const MAX_BYTES = 5 * 1024 * 1024;

export interface RawRow {
	/** The line in the file (1 = the header). */
	line: number;
	kommune: string;
	periode: string;
	vaerdi: string;
	kommentar: string;
	/** Fields beyond the header's: "Faxe,2024,12,5" in a file separated by `,` (an unquoted decimal comma). */
	extra?: number;
}

export interface PreviewRow extends RawRow {
	municipality: string | null;
	errors: string[];
}

export type ParseOutcome = { ok: true; rows: RawRow[] } | { ok: false; error: string };

/** UTF-8 when the bytes are valid UTF-8 (a BOM is dropped), else Windows-1252 (Danish Excel's CSV). */
export function decodeText(bytes: Uint8Array): string {
	try {
		return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
	} catch {
		return new TextDecoder('windows-1252').decode(bytes);
	}
}

/** Splits CSV text into records: quoted fields may hold the separator, quotes ("") and line breaks. */
export function parseCsv(text: string, separator: string): string[][] {
	const records: string[][] = [];
	let field = '';
	let record: string[] = [];
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (quoted) {
			if (c === '"' && text[i + 1] === '"') {
				field += '"';
				i++;
			} else if (c === '"') quoted = false;
			else field += c;
		} else if (c === '"' && field === '') quoted = true;
		else if (c === separator) {
			record.push(field);
			field = '';
		} else if (c === '\n' || c === '\r') {
			if (c === '\r' && text[i + 1] === '\n') i++;
			record.push(field);
			records.push(record);
			record = [];
			field = '';
		} else field += c;
	}
	if (field !== '' || record.length) {
		record.push(field);
		records.push(record);
	}
	return records.filter((r) => r.some((f) => f.trim() !== ''));
}

/** `;` or `,`, whichever the header line uses more (Danish Excel uses `;`). */
export function detectSeparator(text: string): string {
	const header = text.split(/\r?\n/, 1)[0] ?? '';
	return (header.match(/,/g)?.length ?? 0) > (header.match(/;/g)?.length ?? 0) ? ',' : ';';
}

const HEADERS: Record<string, keyof Omit<RawRow, 'line'>> = {
	kommune: 'kommune',
	periode: 'periode',
	'værdi': 'vaerdi',
	vaerdi: 'vaerdi',
	'vardi': 'vaerdi',
	kommentar: 'kommentar'
};

function rowsFrom(records: string[][], separator: string | null = null): ParseOutcome {
	if (records.length === 0) return { ok: false, error: m.indicator_import_error_empty() };
	const header = records[0].map((h) => h.trim().toLowerCase().replace(/^\ufeff/, ''));
	const index: Partial<Record<keyof Omit<RawRow, 'line'>, number>> = {};
	header.forEach((h, i) => {
		const key = HEADERS[h];
		if (key && index[key] === undefined) index[key] = i;
	});
	if (index.kommune === undefined || index.periode === undefined || index.vaerdi === undefined) return { ok: false, error: m.indicator_import_error_header() };
	const data = records.slice(1);
	if (data.length === 0) return { ok: false, error: m.indicator_import_error_empty() };
	if (data.length > MAX_ROWS) return { ok: false, error: m.indicator_import_error_rows({ max: MAX_ROWS }) };
	const at = (r: string[], i: number | undefined) => (i === undefined ? '' : (r[i] ?? '').trim());
	return {
		ok: true,
		rows: data.map((r, n) => ({
			line: n + 2,
			kommune: at(r, index.kommune),
			periode: at(r, index.periode),
			vaerdi: at(r, index.vaerdi),
			kommentar: at(r, index.kommentar),
			extra: r.slice(header.length).filter((f) => f.trim() !== '').length + (separator === ',' && looksLikeDecimals(at(r, index.kommentar)) ? 1 : 0)
		}))
	};
}

/** A comment of digits alone, in a file separated by `,`: most likely the decimals of an unquoted "12,5". */
const looksLikeDecimals = (comment: string) => /^\d+$/.test(comment);

/** Reads an uploaded file: .xlsx by its name or its zip signature, else CSV. */
export async function parseFile(name: string, bytes: Uint8Array): Promise<ParseOutcome> {
	if (bytes.length === 0) return { ok: false, error: m.indicator_import_error_empty() };
	if (bytes.length > MAX_BYTES) return { ok: false, error: m.indicator_import_error_size({ max: '5 MB' }) };
	const zip = bytes[0] === 0x50 && bytes[1] === 0x4b;
	if (name.toLowerCase().endsWith('.xlsx') || zip) {
		const workbook = new ExcelJS.Workbook();
		try {
			await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
		} catch {
			return { ok: false, error: m.indicator_import_error_xlsx() };
		}
		const sheet = workbook.worksheets[0];
		if (!sheet) return { ok: false, error: m.indicator_import_error_empty() };
		const records: string[][] = [];
		sheet.eachRow({ includeEmpty: false }, (row) => {
			const cells: string[] = [];
			for (let c = 1; c <= row.cellCount; c++) cells.push(row.getCell(c).text ?? '');
			records.push(cells);
		});
		return rowsFrom(records.filter((r) => r.some((f) => f.trim() !== '')));
	}
	const text = decodeText(bytes).replace(/^\ufeff/, '');
	const separator = detectSeparator(text);
	return rowsFrom(parseCsv(text, separator), separator);
}

/** Checks every row against the indicator and the municipalities; each row carries its Danish errors. */
export async function previewRows(db: Db, indicator: Indicator, rows: RawRow[], now = new Date()): Promise<PreviewRow[]> {
	const all = await kommuner(db);
	const today = isoDateInCopenhagen(now);
	const seen = new Map<string, number>();
	return rows.map((row) => {
		const errors: string[] = [];
		const key = row.kommune.trim().toLowerCase();
		const municipality = all.find((k) => k.name.toLowerCase() === key || k.slug === key) ?? null;
		if (!municipality) errors.push(m.indicator_import_error_municipality({ value: row.kommune.slice(0, 40) || '—' }));
		const { errors: valueErrors, checked } = checkValue(indicator, { period: row.periode, value: row.vaerdi, comment: row.kommentar }, today);
		errors.push(...Object.values(valueErrors));
		if (row.extra) errors.push(m.indicator_import_error_extra());
		if (municipality && checked) {
			const id = `${municipality.id}|${checked.period}`;
			const first = seen.get(id);
			if (first !== undefined) errors.push(m.indicator_import_error_duplicate({ line: first }));
			else seen.set(id, row.line);
		}
		return { ...row, municipality: municipality?.name ?? null, errors };
	});
}

export type SaveImportOutcome = { ok: true; saved: number } | { ok: false; status: 400; rows: PreviewRow[] } | { ok: false; status: 403; error: string };

/**
 * Saves the rows if, checked again, none has an error; else writes nothing and returns the rows with their errors.
 * The secretariat's import (`plan.manage`): municipal contacts report through their own form, one value at a time.
 */
export async function saveImport(db: Db, actor: SessionUser, indicator: Indicator, rows: RawRow[], now = new Date()): Promise<SaveImportOutcome> {
	if (!can(actor, 'plan.manage')) return { ok: false, status: 403, error: m.indicator_error_forbidden() };
	const checked = await previewRows(db, indicator, rows, now);
	if (checked.length === 0 || checked.some((r) => r.errors.length)) return { ok: false, status: 400, rows: checked };
	const all = await kommuner(db);
	const today = isoDateInCopenhagen(now);
	await db.transaction(async (tx) => {
		for (const row of rows) {
			const municipality = all.find((k) => k.name.toLowerCase() === row.kommune.trim().toLowerCase() || k.slug === row.kommune.trim().toLowerCase())!;
			const value = checkValue(indicator, { period: row.periode, value: row.vaerdi, comment: row.kommentar }, today).checked!;
			await tx
				.insert(measurements)
				.values({ indicatorId: indicator.id, municipalityId: municipality.id, ...value, reportedBy: actor.id, reportedAt: now })
				.onConflictDoUpdate({
					target: [measurements.indicatorId, measurements.municipalityId, measurements.period],
					set: { value: value.value, comment: value.comment, reportedBy: actor.id, reportedAt: now }
				});
		}
	});
	log.info({ userId: actor.id, indicator: indicator.slug, rows: rows.length }, 'indikatorværdier importeret');
	return { ok: true, saved: rows.length };
}
