// The rule a calculator applies, as its current version states it: the figures come from the database (the
// secretariat changes them with a new version of the rule), never from constants in the code.
import { desc, eq } from 'drizzle-orm';
import { agreementPeriods, tariffRuleVersions, tariffRules } from '../../db/schema';
import type { Db } from '../../db/types';
import { currentVersion } from '../tariffs';
import { isoDateInCopenhagen } from '$lib/format/date';

export interface AppliedRule {
	slug: string;
	title: string;
	version: number;
	effectiveFrom: string | null;
	effectiveTo: string | null;
	periodLabel: string | null;
	text: string;
	parameters: Record<string, number | string | boolean>;
}

/** A figure the calculator needs that the rule's current version does not state. */
export class MissingParameter extends Error {
	constructor(
		readonly rule: AppliedRule,
		readonly key: string
	) {
		super(
			`Reglen »${rule.title}« (version ${rule.version}) angiver ikke parameteren »${key}«, som beregningen bruger. ` +
				'Sekretariatet kan tilføje den i en ny version af reglen.'
		);
	}
}

/** The rule's version in force today (Copenhagen), else its newest; null when the rule does not exist. */
export async function appliedRule(db: Db, slug: string, now = new Date()): Promise<AppliedRule | null> {
	const [rule] = await db
		.select({ id: tariffRules.id, slug: tariffRules.slug, title: tariffRules.title })
		.from(tariffRules)
		.where(eq(tariffRules.slug, slug));
	if (!rule) return null;
	const versions = await db
		.select({
			version: tariffRuleVersions.version,
			text: tariffRuleVersions.text,
			parameters: tariffRuleVersions.parameters,
			effectiveFrom: tariffRuleVersions.effectiveFrom,
			effectiveTo: tariffRuleVersions.effectiveTo,
			periodLabel: agreementPeriods.label
		})
		.from(tariffRuleVersions)
		.leftJoin(agreementPeriods, eq(agreementPeriods.id, tariffRuleVersions.agreementPeriodId))
		.where(eq(tariffRuleVersions.ruleId, rule.id))
		.orderBy(desc(tariffRuleVersions.version));
	const current = currentVersion(versions, isoDateInCopenhagen(now));
	if (!current) return null;
	return { slug: rule.slug, title: rule.title, ...current };
}

export function numberParameter(rule: AppliedRule, key: string): number {
	const value = rule.parameters[key];
	if (typeof value !== 'number' || !Number.isFinite(value)) throw new MissingParameter(rule, key);
	return value;
}

export function booleanParameter(rule: AppliedRule, key: string): boolean {
	const value = rule.parameters[key];
	if (typeof value !== 'boolean') throw new MissingParameter(rule, key);
	return value;
}

/** The sentence of the rule's text that holds `needle` (for citing the decisive words), else the first sentence. */
export function citedSentence(rule: AppliedRule, needle: RegExp): string {
	const plain = rule.text.replace(/[*_`]/g, '').replace(/\s+/g, ' ');
	const sentences = plain.split(/(?<=[.!?])\s+(?=[A-ZÆØÅ»"”])/);
	return (sentences.find((s) => needle.test(s)) ?? sentences[0] ?? '').trim();
}
