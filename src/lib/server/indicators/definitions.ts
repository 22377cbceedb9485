// Indicators as the secretariat defines them: title, definition, unit, which way is better, baseline, target and
// its date, reporting frequency, the range a value must lie in, and the purpose or area of effort it follows. The
// product ships no invented values (the seeds name none); demo indicators are marked and loaded only on request.
import { asc, eq } from 'drizzle-orm';
import { effortAreas, indicators, measurements } from '../db/schema';
import type { Db } from '../db/types';
import type { SessionUser } from '../auth/session';
import { can } from '../auth/policy';
import { parseDateInput } from '../calendar/deadline-rules';
import { slugify } from '../offers/edit';
import { logger } from '../log';
import { parseNumber } from './values';
import { parsePeriod, type Frequency } from './periods';
import { m } from '$lib/paraglide/messages';

const log = logger.child({ part: 'indicators' });

export const FREQUENCIES: Frequency[] = ['year', 'half', 'quarter'];
export const DIRECTIONS = ['higher', 'lower'] as const;
export const PURPOSES = ['competition', 'costs', 'quality'] as const;

export type Indicator = typeof indicators.$inferSelect;

/** The form's fields as strings, so a refused form shows again as typed. */
export interface IndicatorInput {
	title: string;
	description: string;
	unit: string;
	direction: string;
	baseline: string;
	baselinePeriod: string;
	target: string;
	targetDate: string;
	frequency: string;
	minValue: string;
	maxValue: string;
	purpose: string;
	effortAreaId: string;
}

export const inputFields: (keyof IndicatorInput)[] = [
	'title',
	'description',
	'unit',
	'direction',
	'baseline',
	'baselinePeriod',
	'target',
	'targetDate',
	'frequency',
	'minValue',
	'maxValue',
	'purpose',
	'effortAreaId'
];

export const emptyIndicatorInput = (): IndicatorInput => ({
	title: '',
	description: '',
	unit: '',
	direction: 'higher',
	baseline: '',
	baselinePeriod: '',
	target: '',
	targetDate: '',
	frequency: 'year',
	minValue: '',
	maxValue: '',
	purpose: '',
	effortAreaId: ''
});

const show = (n: number | null) => (n === null ? '' : String(n).replace('.', ','));

export function inputOf(row: Indicator): IndicatorInput {
	return {
		title: row.title,
		description: row.description,
		unit: row.unit,
		direction: row.direction,
		baseline: show(row.baseline),
		baselinePeriod: row.baselinePeriod ?? '',
		target: show(row.target),
		targetDate: row.targetDate ?? '',
		frequency: row.frequency,
		minValue: show(row.minValue),
		maxValue: show(row.maxValue),
		purpose: row.purpose ?? '',
		effortAreaId: row.effortAreaId ? String(row.effortAreaId) : ''
	};
}

export async function listIndicators(db: Db): Promise<Indicator[]> {
	return db.select().from(indicators).orderBy(asc(indicators.isDemo), asc(indicators.title));
}

export async function indicatorBySlug(db: Db, slug: string): Promise<Indicator | null> {
	return (await db.select().from(indicators).where(eq(indicators.slug, slug)))[0] ?? null;
}

export type DefinitionOutcome = { ok: true; slug: string } | { ok: false; status: 400 | 403 | 404; errors: Record<string, string> };

/** Creates (slug null) or edits an indicator's definition; nothing is written on bad input. */
export async function saveIndicator(db: Db, actor: SessionUser, slug: string | null, input: IndicatorInput): Promise<DefinitionOutcome> {
	if (!can(actor, 'plan.manage')) return { ok: false, status: 403, errors: { form: m.indicator_error_forbidden() } };
	const existing = slug ? await indicatorBySlug(db, slug) : null;
	if (slug && !existing) return { ok: false, status: 404, errors: { form: m.error_not_found() } };
	const errors: Record<string, string> = {};
	const title = input.title.trim();
	if (!title) errors['title'] = m.indicator_error_title();
	else if (title.length > 200) errors['title'] = m.initiative_error_long({ max: 200 });
	const description = input.description.trim();
	if (!description) errors['description'] = m.indicator_error_definition();
	else if (description.length > 4000) errors['description'] = m.initiative_error_long({ max: 4000 });
	const unit = input.unit.trim();
	if (unit.length > 40) errors['unit'] = m.initiative_error_long({ max: 40 });
	const direction = DIRECTIONS.find((d) => d === input.direction);
	if (!direction) errors['direction'] = m.initiative_error_choice();
	const frequency = FREQUENCIES.find((f) => f === input.frequency);
	if (!frequency) errors['frequency'] = m.initiative_error_choice();
	const purpose = input.purpose.trim() ? (PURPOSES.find((p) => p === input.purpose) ?? null) : null;
	if (input.purpose.trim() && !purpose) errors['purpose'] = m.initiative_error_choice();
	const numbers: Record<'baseline' | 'target' | 'minValue' | 'maxValue', number | null> = { baseline: null, target: null, minValue: null, maxValue: null };
	for (const key of ['baseline', 'target', 'minValue', 'maxValue'] as const) {
		if (!input[key].trim()) continue;
		const value = parseNumber(input[key]);
		if (value === null) errors[key] = m.indicator_error_number({ value: input[key].trim().slice(0, 20) });
		else numbers[key] = value;
	}
	if (numbers.minValue !== null && numbers.maxValue !== null && numbers.maxValue < numbers.minValue) errors['maxValue'] = m.indicator_error_range();
	for (const key of ['baseline', 'target'] as const) {
		const value = numbers[key];
		if (value !== null && ((numbers.minValue !== null && value < numbers.minValue) || (numbers.maxValue !== null && value > numbers.maxValue)))
			errors[key] = m.indicator_error_outside({ min: show(numbers.minValue) || '−∞', max: show(numbers.maxValue) || '∞' });
	}
	let baselinePeriod: string | null = null;
	if (input.baselinePeriod.trim() && frequency) {
		baselinePeriod = parsePeriod(input.baselinePeriod, frequency)?.label ?? null;
		if (!baselinePeriod) errors['baselinePeriod'] = m.indicator_error_period({ value: input.baselinePeriod.trim().slice(0, 20) });
	}
	let targetDate: string | null = null;
	if (input.targetDate.trim()) {
		targetDate = parseDateInput(input.targetDate) ?? null;
		if (!targetDate) errors['targetDate'] = m.initiative_error_date();
	}
	let effortAreaId: number | null = null;
	if (input.effortAreaId.trim()) {
		effortAreaId = /^\d{1,10}$/.test(input.effortAreaId) ? Number(input.effortAreaId) : null;
		const [area] = effortAreaId ? await db.select({ id: effortAreas.id }).from(effortAreas).where(eq(effortAreas.id, effortAreaId)) : [];
		if (!area) errors['effortAreaId'] = m.initiative_error_choice();
	}
	// A frequency cannot change once values are reported: their periods would no longer fit.
	if (existing && frequency && frequency !== existing.frequency && (await hasValues(db, existing.id))) errors['frequency'] = m.indicator_error_frequency_locked();
	if (Object.keys(errors).length || !direction || !frequency) return { ok: false, status: 400, errors };
	const fields = { title, description, unit, direction, frequency, purpose, effortAreaId, baselinePeriod, targetDate, ...numbers };
	if (existing) {
		await db.update(indicators).set(fields).where(eq(indicators.id, existing.id));
		log.info({ userId: actor.id, indicator: existing.slug }, 'indikator ændret');
		return { ok: true, slug: existing.slug };
	}
	let newSlug = slugify(title);
	for (let n = 2; newSlug === 'ny' || newSlug === 'import' || newSlug === 'indberet' || (await indicatorBySlug(db, newSlug)); n++) newSlug = `${slugify(title)}-${n}`;
	await db.insert(indicators).values({ ...fields, slug: newSlug, createdBy: actor.id });
	log.info({ userId: actor.id, indicator: newSlug }, 'indikator oprettet');
	return { ok: true, slug: newSlug };
}

async function hasValues(db: Db, indicatorId: number): Promise<boolean> {
	const [row] = await db.select({ id: measurements.id }).from(measurements).where(eq(measurements.indicatorId, indicatorId)).limit(1);
	return Boolean(row);
}
