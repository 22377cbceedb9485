// Tariff and settlement rules (takstregler) for the portal: grouped by section, each with the version in force
// and the earlier ones.
import { asc, desc, eq, inArray } from 'drizzle-orm';
import { agreementPeriods, tariffRuleVersions, tariffRules } from '../db/schema';
import type { Db } from '../db/types';
import type { SessionUser } from '../auth/session';
import { decisionRefs, type DecisionRef } from '../decisions/decisions';
import { isoDateInCopenhagen } from '$lib/format/date';

export interface TariffRuleVersionView {
	id: number;
	version: number;
	text: string;
	parameters: Record<string, number | string | boolean>;
	effectiveFrom: string | null;
	effectiveTo: string | null;
	periodLabel: string | null;
	/** The decision behind the version, when the viewer may see it. */
	decision: DecisionRef | null;
}

export interface TariffRuleView {
	id: number;
	slug: string;
	title: string;
	/** The version in force today; failing that, the newest. */
	current: TariffRuleVersionView | null;
	/** Every other version, newest first. */
	earlier: TariffRuleVersionView[];
}

export interface TariffSection {
	section: string;
	rules: TariffRuleView[];
}

const inForce = (v: { effectiveFrom: string | null; effectiveTo: string | null }, today: string) =>
	(v.effectiveFrom === null || v.effectiveFrom <= today) && (v.effectiveTo === null || v.effectiveTo >= today);

/** Picks the version in force on `today` (YYYY-MM-DD), else the newest; versions must be sorted newest first. */
export function currentVersion<T extends { effectiveFrom: string | null; effectiveTo: string | null }>(
	versionsNewestFirst: T[],
	today: string
): T | null {
	return versionsNewestFirst.find((v) => inForce(v, today)) ?? versionsNewestFirst[0] ?? null;
}

export async function listTariffRules(db: Db, viewer: SessionUser | null, now = new Date()): Promise<TariffSection[]> {
	const rules = await db
		.select({ id: tariffRules.id, slug: tariffRules.slug, title: tariffRules.title, section: tariffRules.section })
		.from(tariffRules)
		.orderBy(asc(tariffRules.position), asc(tariffRules.title));
	const versions = rules.length
		? await db
				.select({
					id: tariffRuleVersions.id,
					ruleId: tariffRuleVersions.ruleId,
					version: tariffRuleVersions.version,
					text: tariffRuleVersions.text,
					parameters: tariffRuleVersions.parameters,
					effectiveFrom: tariffRuleVersions.effectiveFrom,
					effectiveTo: tariffRuleVersions.effectiveTo,
					periodLabel: agreementPeriods.label,
					decisionId: tariffRuleVersions.decisionId
				})
				.from(tariffRuleVersions)
				.leftJoin(agreementPeriods, eq(agreementPeriods.id, tariffRuleVersions.agreementPeriodId))
				.where(
					inArray(
						tariffRuleVersions.ruleId,
						rules.map((r) => r.id)
					)
				)
				.orderBy(asc(tariffRuleVersions.ruleId), desc(tariffRuleVersions.version))
		: [];
	const refs = await decisionRefs(
		db,
		viewer,
		versions.flatMap((v) => (v.decisionId ? [v.decisionId] : []))
	);
	const today = isoDateInCopenhagen(now);
	const sections = new Map<string, TariffRuleView[]>();
	for (const rule of rules) {
		const own: TariffRuleVersionView[] = versions
			.filter((v) => v.ruleId === rule.id)
			.map(({ ruleId: _ruleId, decisionId, ...v }) => ({
				...v,
				decision: decisionId ? (refs.get(decisionId) ?? null) : null
			}));
		const current = currentVersion(own, today);
		const view: TariffRuleView = {
			id: rule.id,
			slug: rule.slug,
			title: rule.title,
			current,
			earlier: own.filter((v) => v !== current)
		};
		const list = sections.get(rule.section);
		if (list) list.push(view);
		else sections.set(rule.section, [view]);
	}
	return [...sections].map(([section, list]) => ({ section, rules: list }));
}
