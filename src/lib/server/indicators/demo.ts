// The demo data set (DEMO_DATA=on): two fictional indicators with values for the 17 municipalities over a few
// years, so the charts can be tried. Their titles end "(demo)", they are flagged `isDemo`, and every page that shows
// them says "Demodata". They are never loaded otherwise: the sources name no figures, and none are invented.
import { eq, sql } from 'drizzle-orm';
import { indicators, measurements } from '../db/schema';
import type { Db } from '../db/types';
import { kommuner } from './reporting';
import { m } from '$lib/paraglide/messages';

// Stored in Danish, the language of the data (like the reference data), whatever the interface's language.
const da = { locale: 'da' as const };
const DEMO = [
	{ slug: 'demo-borgere-i-botilbud', title: () => m.indicator_demo_title_residents({}, da), unit: () => m.indicator_demo_unit_residents({}, da), direction: 'lower' as const, base: 30, step: -1, max: null },
	{ slug: 'demo-standardkontrakter', title: () => m.indicator_demo_title_contracts({}, da), unit: () => '%', direction: 'higher' as const, base: 55, step: 8, max: 100 }
];
const YEARS = ['2022', '2023', '2024', '2025'];

/** Deterministic, plainly fictional numbers: a base, a per-year step and a spread by the municipality's place. */
export async function ensureDemoIndicators(db: Db): Promise<void> {
	await db.transaction(async (tx) => {
		await tx.execute(sql`select pg_advisory_xact_lock(727010)`);
		const all = await kommuner(tx);
		for (const spec of DEMO) {
			const [existing] = await tx.select({ id: indicators.id }).from(indicators).where(eq(indicators.slug, spec.slug));
			if (existing) continue;
			const [row] = await tx
				.insert(indicators)
				.values({
					slug: spec.slug,
					title: spec.title(),
					description: m.indicator_demo_description({}, da),
					unit: spec.unit(),
					direction: spec.direction,
					frequency: 'year',
					minValue: 0,
					maxValue: spec.max,
					isDemo: true
				})
				.returning({ id: indicators.id });
			const values = all.flatMap((k, i) =>
				YEARS.map((period, y) => ({
					indicatorId: row.id,
					municipalityId: k.id,
					period,
					value: Math.max(0, Math.min(spec.max ?? 1000, spec.base + spec.step * y + ((i * 7) % 11) - 5)),
					comment: m.indicator_demo_comment({}, da)
				}))
			);
			await tx.insert(measurements).values(values);
		}
	});
}
