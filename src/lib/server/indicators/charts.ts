// The numbers behind an indicator's charts: each municipality's series over the reported periods, the total (a sum,
// or an average for a percentage, where a sum means nothing), the latest period across municipalities, and a text
// summary per municipality ("Faxe: 12, op fra 9") that the charts are described by.
import { and, asc, eq, inArray } from 'drizzle-orm';
import { indicators, measurements } from '../db/schema';
import type { Db } from '../db/types';
import { kommuner } from './reporting';
import type { Indicator } from './definitions';
import { byTime } from './periods';
import { m } from '$lib/paraglide/messages';

export interface Series {
	slug: string;
	name: string;
	values: (number | null)[];
}

export interface ChartData {
	indicator: Pick<Indicator, 'slug' | 'title' | 'unit' | 'direction' | 'isDemo' | 'target' | 'baseline'>;
	periods: string[];
	series: Series[];
	/** Per period: the sum of the reported values, or their average when the unit is a percentage. */
	total: (number | null)[];
	totalKind: 'sum' | 'average';
	latest: { period: string | null; bars: { slug: string; name: string; value: number | null }[] };
	/** The highlighted municipality's slug, when one is chosen and known. */
	highlight: string | null;
	summaries: Record<string, string>;
	totalSummary: string;
}

const format = (n: number) => new Intl.NumberFormat('da-DK', { maximumFractionDigits: 2 }).format(n);

/** "Faxe: 12, op fra 9": the last reported value and the one before it. */
export function summarise(name: string, values: (number | null)[]): string {
	const reported = values.filter((v): v is number => v !== null);
	if (reported.length === 0) return m.indicator_summary_none({ name });
	const last = reported[reported.length - 1];
	if (reported.length === 1) return m.indicator_summary_first({ name, value: format(last) });
	const before = reported[reported.length - 2];
	if (last > before) return m.indicator_summary_up({ name, value: format(last), before: format(before) });
	if (last < before) return m.indicator_summary_down({ name, value: format(last), before: format(before) });
	return m.indicator_summary_same({ name, value: format(last) });
}

export async function chartData(db: Db, indicator: Indicator, highlight: string | null = null): Promise<ChartData> {
	const [all, rows] = await Promise.all([
		kommuner(db),
		db
			.select({ municipalityId: measurements.municipalityId, period: measurements.period, value: measurements.value })
			.from(measurements)
			.where(and(eq(measurements.indicatorId, indicator.id)))
			.orderBy(asc(measurements.period))
	]);
	const periods = [...new Set(rows.map((r) => r.period))].sort(byTime);
	const series = all.map((k) => ({
		slug: k.slug,
		name: k.name,
		values: periods.map((p) => rows.find((r) => r.municipalityId === k.id && r.period === p)?.value ?? null)
	}));
	const totalKind = indicator.unit.includes('%') ? 'average' : 'sum';
	const total = periods.map((_, i) => {
		const reported = series.map((s) => s.values[i]).filter((v): v is number => v !== null);
		if (reported.length === 0) return null;
		const sum = reported.reduce((a, b) => a + b, 0);
		return totalKind === 'sum' ? sum : sum / reported.length;
	});
	const lastIndex = periods.length - 1;
	const known = highlight && all.some((k) => k.slug === highlight) ? highlight : null;
	return {
		indicator,
		periods,
		series,
		total,
		totalKind,
		latest: { period: periods[lastIndex] ?? null, bars: series.map((s) => ({ slug: s.slug, name: s.name, value: lastIndex >= 0 ? s.values[lastIndex] : null })) },
		highlight: known,
		summaries: Object.fromEntries(series.map((s) => [s.slug, summarise(s.name, s.values)])),
		totalSummary: summarise(totalKind === 'sum' ? m.indicator_total_sum() : m.indicator_total_average(), total)
	};
}

/** The chart data of several indicators by slug (the status page shows every indicator's charts). */
export async function indicatorCharts(db: Db, slugs: string[], highlight: string | null): Promise<Record<string, ChartData>> {
	if (slugs.length === 0) return {};
	const rows = await db.select().from(indicators).where(inArray(indicators.slug, slugs));
	const out: Record<string, ChartData> = {};
	for (const row of rows) out[row.slug] = await chartData(db, row, highlight);
	return out;
}
