// A tariff rule's page (every version, what changed word by word, the decisions behind them) and a new version
// by the secretariat: it must name the decision it follows from, and it closes the previous version's period.
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { agreementPeriods, decisionTariffRules, tariffRuleVersions, tariffRules } from '../db/schema';
import type { Db } from '../db/types';
import type { SessionUser } from '../auth/session';
import { decisionRefs } from '../decisions/decisions';
import { isChoosableDecision } from '../decisions/choices';
import { wordSpans, type Span } from '../agenda/diff';
import { currentVersion, type TariffRuleVersionView } from './tariffs';
import { addDays, parseIsoDate } from './calculators/dates';
import { isoDateInCopenhagen } from '$lib/format/date';
import { m } from '$lib/paraglide/messages';

type ParameterValue = number | string | boolean;

export interface ParameterChange {
	key: string;
	from: ParameterValue | null;
	to: ParameterValue | null;
}

export interface VersionWithChanges extends TariffRuleVersionView {
	source: string | null;
	/** Word by word from the previous version's text; null for the first version. */
	textDiff: Span[] | null;
	parameterChanges: ParameterChange[];
}

export interface TariffRulePage {
	id: number;
	slug: string;
	title: string;
	section: string;
	currentId: number | null;
	/** Newest first. */
	versions: VersionWithChanges[];
}

function parameterChanges(before: Record<string, ParameterValue>, after: Record<string, ParameterValue>): ParameterChange[] {
	const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
	return keys
		.filter((k) => before[k] !== after[k])
		.map((key) => ({ key, from: before[key] ?? null, to: after[key] ?? null }));
}

export async function tariffRulePage(db: Db, slug: string, viewer: SessionUser | null, now = new Date()): Promise<TariffRulePage | null> {
	const [rule] = await db
		.select({ id: tariffRules.id, slug: tariffRules.slug, title: tariffRules.title, section: tariffRules.section })
		.from(tariffRules)
		.where(eq(tariffRules.slug, slug));
	if (!rule) return null;
	const rows = await db
		.select({
			id: tariffRuleVersions.id,
			version: tariffRuleVersions.version,
			text: tariffRuleVersions.text,
			parameters: tariffRuleVersions.parameters,
			effectiveFrom: tariffRuleVersions.effectiveFrom,
			effectiveTo: tariffRuleVersions.effectiveTo,
			periodLabel: agreementPeriods.label,
			decisionId: tariffRuleVersions.decisionId,
			source: tariffRuleVersions.source
		})
		.from(tariffRuleVersions)
		.leftJoin(agreementPeriods, eq(agreementPeriods.id, tariffRuleVersions.agreementPeriodId))
		.where(eq(tariffRuleVersions.ruleId, rule.id))
		.orderBy(asc(tariffRuleVersions.version));
	const refs = await decisionRefs(db, viewer, rows.flatMap((r) => (r.decisionId ? [r.decisionId] : [])));
	const versions = rows
		.map(({ decisionId, ...r }, i): VersionWithChanges => {
			const previous = i > 0 ? rows[i - 1] : null;
			return {
				...r,
				decision: decisionId ? (refs.get(decisionId) ?? null) : null,
				textDiff: previous ? wordSpans(previous.text, r.text) : null,
				parameterChanges: previous ? parameterChanges(previous.parameters, r.parameters) : []
			};
		})
		.reverse();
	const current = currentVersion(versions, isoDateInCopenhagen(now));
	return { ...rule, currentId: current?.id ?? null, versions };
}

// ── A new version ─────────────────────────────────────────────────────────────────────────────────────────────────

export interface NewVersionInput {
	text: string;
	/** Rows as posted: key and value as text; a blank key drops the row. */
	parameters: { key: string; value: string }[];
	effectiveFrom: string;
	effectiveTo: string;
	agreementPeriodId: string;
	decisionId: string;
}

export type NewVersionResult =
	| { ok: true; version: number }
	| { ok: false; status: 400 | 404 | 409; errors: Record<string, string> };

const KEY = /^[a-zA-Z][a-zA-Z0-9]*$/;

/** A posted value as the type it has in the current version (a new key: yes/no, a number, or text). */
function typedValue(raw: string, previous: ParameterValue | undefined): ParameterValue | null {
	const text = raw.trim();
	const asBoolean = /^(ja|true)$/i.test(text) ? true : /^(nej|false)$/i.test(text) ? false : null;
	const asNumber = /^-?\d+([.,]\d+)?$/.test(text) ? Number(text.replace(',', '.')) : null;
	if (typeof previous === 'boolean') return asBoolean;
	if (typeof previous === 'number') return asNumber;
	if (typeof previous === 'string') return text;
	return asBoolean ?? asNumber ?? (text || null);
}

const formatDay = (iso: string) => iso.split('-').reverse().join('.');

export async function addTariffRuleVersion(
	db: Db,
	actor: SessionUser,
	slug: string,
	input: NewVersionInput,
	now = new Date()
): Promise<NewVersionResult> {
	const errors: Record<string, string> = {};
	const text = input.text.trim();
	if (!text) errors['text'] = m.tariff_error_text();
	const from = parseIsoDate(input.effectiveFrom);
	if (!input.effectiveFrom.trim()) errors['effectiveFrom'] = m.tariff_error_from_missing();
	else if (!from) errors['effectiveFrom'] = m.tariff_error_from_date();
	const to = input.effectiveTo.trim() ? parseIsoDate(input.effectiveTo) : null;
	if (input.effectiveTo.trim() && !to) errors['effectiveTo'] = m.tariff_error_to_date();
	if (from && to && to < from) errors['effectiveTo'] = m.tariff_error_order();
	const decisionId = /^\d{1,9}$/.test(input.decisionId.trim()) ? Number(input.decisionId) : null;
	if (!input.decisionId.trim()) errors['decisionId'] = m.tariff_error_decision();
	else if (decisionId === null || !(await isChoosableDecision(db, actor, decisionId)))
		errors['decisionId'] = m.decision_choice_error_unknown();
	let periodId: number | null = null;
	if (input.agreementPeriodId.trim()) {
		const id = /^\d{1,9}$/.test(input.agreementPeriodId) ? Number(input.agreementPeriodId) : -1;
		const [period] = id > 0 ? await db.select({ id: agreementPeriods.id }).from(agreementPeriods).where(eq(agreementPeriods.id, id)) : [];
		if (!period) errors['agreementPeriodId'] = m.tariff_error_period();
		else periodId = period.id;
	}

	return db.transaction(async (tx) => {
		// The rule row is locked, so two new versions at once are numbered and closed one after the other.
		const [rule] = await tx.select({ id: tariffRules.id }).from(tariffRules).where(eq(tariffRules.slug, slug)).for('update');
		if (!rule) return { ok: false, status: 404, errors: { form: m.tariff_error_missing() } } as const;
		const versions = await tx
			.select()
			.from(tariffRuleVersions)
			.where(eq(tariffRuleVersions.ruleId, rule.id))
			.orderBy(desc(tariffRuleVersions.version));
		const current = currentVersion(versions, isoDateInCopenhagen(now));
		const parameters: Record<string, ParameterValue> = {};
		input.parameters.forEach((row, i) => {
			const key = row.key.trim();
			if (!key && !row.value.trim()) return;
			if (!KEY.test(key)) {
				errors[`param-key-${i}`] = m.tariff_error_param_key({ n: i + 1 });
				return;
			}
			if (key in parameters) {
				errors[`param-key-${i}`] = m.tariff_error_param_twice({ key });
				return;
			}
			const previous = current?.parameters[key];
			const value = typedValue(row.value, previous);
			if (value === null) {
				errors[`param-value-${i}`] =
					typeof previous === 'number'
						? m.tariff_error_param_number({ key })
						: typeof previous === 'boolean'
							? m.tariff_error_param_boolean({ key })
							: m.tariff_error_param_value({ key });
				return;
			}
			parameters[key] = value;
		});
		if (from) {
			const later = versions.find((v) => v.effectiveFrom !== null && v.effectiveFrom >= from);
			if (later)
				errors['effectiveFrom'] =
					m.tariff_error_overlap({ version: later.version, from: formatDay(later.effectiveFrom!) });
		}
		if (
			current &&
			Object.keys(errors).length === 0 &&
			current.text.trim() === text &&
			parameterChanges(current.parameters, parameters).length === 0
		)
			errors['form'] = m.tariff_error_unchanged();
		if (Object.keys(errors).length) return { ok: false, status: 400, errors } as const;

		// Close every earlier version still open on the new start (normally just the one in force).
		await tx
			.update(tariffRuleVersions)
			.set({ effectiveTo: addDays(from!, -1) })
			.where(
				and(
					eq(tariffRuleVersions.ruleId, rule.id),
					sql`(${tariffRuleVersions.effectiveTo} is null or ${tariffRuleVersions.effectiveTo} >= ${from})`
				)
			);
		const version = (versions[0]?.version ?? 0) + 1;
		await tx.insert(tariffRuleVersions).values({
			ruleId: rule.id,
			version,
			text,
			parameters,
			effectiveFrom: from,
			effectiveTo: to,
			agreementPeriodId: periodId,
			decisionId,
			createdBy: actor.id
		});
		await tx.insert(decisionTariffRules).values({ decisionId: decisionId!, tariffRuleId: rule.id, addedInProduct: true }).onConflictDoNothing();
		return { ok: true, version } as const;
	});
}

/** What the new-version form starts from: the current version's text and parameters, and the periods to pick. */
export async function newVersionForm(db: Db, slug: string, now = new Date()) {
	const [rule] = await db
		.select({ id: tariffRules.id, slug: tariffRules.slug, title: tariffRules.title })
		.from(tariffRules)
		.where(eq(tariffRules.slug, slug));
	if (!rule) return null;
	const versions = await db
		.select()
		.from(tariffRuleVersions)
		.where(eq(tariffRuleVersions.ruleId, rule.id))
		.orderBy(desc(tariffRuleVersions.version));
	const current = currentVersion(versions, isoDateInCopenhagen(now));
	const periods = await db
		.select({ id: agreementPeriods.id, label: agreementPeriods.label })
		.from(agreementPeriods)
		.orderBy(asc(agreementPeriods.startsOn));
	return {
		rule,
		current: current ? { version: current.version, text: current.text, parameters: current.parameters } : null,
		periods
	};
}
