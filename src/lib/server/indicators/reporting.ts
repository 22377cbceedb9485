// Municipalities report an indicator's value per period, with a comment. A municipal contact reports for their own
// municipality only (policy `indicator.report`); the value is a number within the indicator's range and the period
// fits its frequency and has ended. Reporting again replaces the value and keeps who and when.
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { indicators, measurements, municipalities } from '../db/schema';
import type { Db } from '../db/types';
import type { SessionUser } from '../auth/session';
import { can } from '../auth/policy';
import { logger } from '../log';
import { isoDateInCopenhagen } from '$lib/format/date';
import { parseNumber, inRange } from './values';
import { dueOn, endedPeriods, parsePeriod, type Frequency } from './periods';
import type { Indicator } from './definitions';
import { m } from '$lib/paraglide/messages';

const log = logger.child({ part: 'indicators' });

/** How many ended periods the reporting page and the overview look back over. */
export const LOOK_BACK = 4;

export const COMMENT_MAX = 1000;

export interface ReportInput {
	indicatorId: number;
	municipalityId: number;
	period: string;
	value: string;
	comment: string;
}

export type ReportOutcome = { ok: true } | { ok: false; status: 400 | 403 | 404; errors: Record<string, string> };

/** The 17 municipalities (the region is not one of them), by name. */
export async function kommuner(db: Pick<Db, 'select'>) {
	return db.select({ id: municipalities.id, slug: municipalities.slug, name: municipalities.name }).from(municipalities).where(eq(municipalities.kind, 'kommune')).orderBy(asc(municipalities.name));
}

export interface CheckedValue {
	period: string;
	value: number;
	comment: string;
}

/** Checks one value against an indicator; errors keyed `period`, `value`, `comment` in Danish. */
export function checkValue(indicator: Pick<Indicator, 'frequency' | 'minValue' | 'maxValue'>, input: { period: string; value: string; comment: string }, today: string) {
	const errors: Record<string, string> = {};
	const period = parsePeriod(input.period, indicator.frequency as Frequency);
	if (!period) errors['period'] = m.indicator_error_period({ value: input.period.trim().slice(0, 20) });
	else if (period.end >= today) errors['period'] = m.indicator_error_period_open({ period: period.label });
	const value = parseNumber(input.value);
	if (value === null) errors['value'] = m.indicator_error_number({ value: input.value.trim().slice(0, 20) });
	else if (!inRange(value, indicator))
		errors['value'] = m.indicator_error_outside({
			min: indicator.minValue === null ? '−∞' : String(indicator.minValue).replace('.', ','),
			max: indicator.maxValue === null ? '∞' : String(indicator.maxValue).replace('.', ',')
		});
	const comment = input.comment.trim();
	if (comment.length > COMMENT_MAX) errors['comment'] = m.initiative_error_long({ max: COMMENT_MAX });
	return { errors, checked: period && value !== null ? { period: period.label, value, comment } : null };
}

export async function reportValue(db: Db, actor: SessionUser, input: ReportInput, now = new Date()): Promise<ReportOutcome> {
	if (!can(actor, 'indicator.report', { municipalityId: input.municipalityId })) return { ok: false, status: 403, errors: { form: m.indicator_error_not_yours() } };
	const [indicator] = await db.select().from(indicators).where(eq(indicators.id, input.indicatorId));
	if (!indicator) return { ok: false, status: 404, errors: { form: m.error_not_found() } };
	const { errors, checked } = checkValue(indicator, input, isoDateInCopenhagen(now));
	if (Object.keys(errors).length || !checked) return { ok: false, status: 400, errors };
	await db
		.insert(measurements)
		.values({ indicatorId: indicator.id, municipalityId: input.municipalityId, ...checked, reportedBy: actor.id, reportedAt: now })
		.onConflictDoUpdate({
			target: [measurements.indicatorId, measurements.municipalityId, measurements.period],
			set: { value: checked.value, comment: checked.comment, reportedBy: actor.id, reportedAt: now }
		});
	log.info({ userId: actor.id, indicator: indicator.slug, municipalityId: input.municipalityId, period: checked.period }, 'indikatorværdi indberettet');
	return { ok: true };
}

export interface DueItem {
	indicator: Pick<Indicator, 'id' | 'slug' | 'title' | 'unit' | 'frequency' | 'isDemo' | 'minValue' | 'maxValue'>;
	period: string;
	dueOn: string;
	overdue: boolean;
	reported: { value: number; comment: string; reportedAt: Date } | null;
}

/** For a municipality: every indicator's ended periods (the last few), reported or not, missing and overdue first. */
export async function municipalityDue(db: Db, municipalityId: number, now = new Date()): Promise<DueItem[]> {
	const today = isoDateInCopenhagen(now);
	const rows = await db.select().from(indicators).where(eq(indicators.isDemo, false)).orderBy(asc(indicators.title));
	const values = rows.length
		? await db.select().from(measurements).where(and(eq(measurements.municipalityId, municipalityId), inArray(measurements.indicatorId, rows.map((r) => r.id))))
		: [];
	const out: DueItem[] = [];
	for (const indicator of rows) {
		for (const period of endedPeriods(today, indicator.frequency as Frequency, LOOK_BACK)) {
			const found = values.find((v) => v.indicatorId === indicator.id && v.period === period.label);
			const due = dueOn(period);
			out.push({
				indicator,
				period: period.label,
				dueOn: due,
				overdue: !found && due < today,
				reported: found ? { value: found.value, comment: found.comment, reportedAt: found.reportedAt } : null
			});
		}
	}
	return out.sort((a, b) => Number(Boolean(a.reported)) - Number(Boolean(b.reported)) || Number(b.overdue) - Number(a.overdue) || b.period.localeCompare(a.period));
}

/** For the secretariat: per indicator, the latest ended period and which municipalities have reported it. */
export async function reportingStatus(db: Db, now = new Date()) {
	const today = isoDateInCopenhagen(now);
	const [rows, all] = await Promise.all([db.select().from(indicators).orderBy(asc(indicators.isDemo), asc(indicators.title)), kommuner(db)]);
	const out = [];
	for (const indicator of rows) {
		const [period] = endedPeriods(today, indicator.frequency as Frequency, 1);
		const reported = await db
			.select({ municipalityId: measurements.municipalityId })
			.from(measurements)
			.where(and(eq(measurements.indicatorId, indicator.id), eq(measurements.period, period.label)));
		const ids = new Set(reported.map((r) => r.municipalityId));
		out.push({
			indicator,
			period: period.label,
			dueOn: dueOn(period),
			reported: all.filter((k) => ids.has(k.id)).map((k) => k.name),
			missing: all.filter((k) => !ids.has(k.id)).map((k) => k.name)
		});
	}
	return out;
}

/** The number of values reported for an indicator (the definition page says so). */
export async function valueCount(db: Db, indicatorId: number): Promise<number> {
	const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(measurements).where(eq(measurements.indicatorId, indicatorId));
	return row?.n ?? 0;
}
