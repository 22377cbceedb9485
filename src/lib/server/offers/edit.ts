// The secretariat creates and edits offers. Every change writes one history entry (who, when, each field's old and
// new value, the decision it follows from) in the same transaction; the offer's `version` makes a save from an
// out-of-date form fail with what changed meanwhile instead of overwriting it.
import { and, asc, desc, eq, isNotNull, sql } from 'drizzle-orm';
import { decisionOffers, municipalities, offerBuyers, offerHistory, offers, offerCategory, offerCoverage, offerStatus, users } from '../db/schema';
import type { Db } from '../db/types';
import type { SessionUser } from '../auth/session';
import { isChoosableDecision } from '../decisions/choices';
import { appliedRule } from '../tariffs/calculators/rule-parameters';
import { parseIsoDate } from '../tariffs/calculators/dates';
import { CATEGORY_RULE, categoryChangeRefusal, suggestCategory, type CategorySuggestion } from './category';
import { isoDateInCopenhagen } from '$lib/format/date';
import { m } from '$lib/paraglide/messages';

/** The legal bases the brief lists (BRIEF §7); others may be typed in. */
export const LEGAL_BASES = [
	'SEL § 32',
	'SEL § 36',
	'SEL § 66',
	'SEL § 67',
	'SEL § 101',
	'SEL § 103',
	'SEL § 104',
	'SEL § 105 almenboligloven',
	'SEL § 107',
	'SEL § 108',
	'SEL § 109',
	'SEL § 110',
	'Folkeskoleloven § 20 stk. 2',
	'Folkeskoleloven § 20 stk. 3',
	'Lov om specialundervisning for voksne'
];

export interface OfferInput {
	name: string;
	operatorId: string;
	operatorNote: string;
	targetGroup: string;
	legalBasis: string[];
	otherLegalBasis: string;
	places: string;
	occupancyPercent: string;
	category: string;
	coverage: string;
	status: string;
	mostSpecialised: boolean;
	secureUnit: boolean;
	specialEducationAnnex: boolean;
	contact: string;
	description: string;
	buyers: string[];
	decisionId: string;
	effectiveOn: string;
	note: string;
	/** The offer's version the form was opened on (edits only). */
	version: string;
}

/** The stored fields an edit compares, as they are kept in the history. */
interface OfferFields {
	name: string;
	operatorId: number | null;
	operatorNote: string;
	targetGroup: string;
	legalBasis: string[];
	places: number | null;
	occupancyPercent: number | null;
	category: (typeof offerCategory.enumValues)[number] | null;
	coverage: (typeof offerCoverage.enumValues)[number] | null;
	status: (typeof offerStatus.enumValues)[number];
	mostSpecialised: boolean;
	secureUnit: boolean;
	specialEducationAnnex: boolean;
	contact: string;
	description: string;
}

export interface FieldChange {
	field: string;
	from: unknown;
	to: unknown;
}

export type SaveResult =
	| { ok: true; slug: string }
	| { ok: false; status: 400 | 404; errors: Record<string, string> }
	| { ok: false; status: 409; errors: Record<string, string>; meanwhile: { changes: FieldChange[]; by: string | null; at: Date | null } };

const slugify = (name: string) =>
	name
		.toLocaleLowerCase('da')
		.replace(/æ/g, 'ae')
		.replace(/ø/g, 'oe')
		.replace(/å/g, 'aa')
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 80) || 'tilbud';

export { slugify };

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Reads and checks the form; the messages are Danish and name the field. */
async function check(db: Db, actor: SessionUser, input: OfferInput, current: (OfferFields & { buyers: number[] }) | null) {
	const errors: Record<string, string> = {};
	const name = input.name.trim();
	if (!name) errors['name'] = m.offers_error_name();
	const towns = await db.select({ id: municipalities.id, name: municipalities.name }).from(municipalities);
	const townId = (raw: string) => (/^\d{1,9}$/.test(raw) && towns.some((t) => t.id === Number(raw)) ? Number(raw) : null);
	const operatorId = input.operatorId ? townId(input.operatorId) : null;
	if (input.operatorId && operatorId === null) errors['operatorId'] = m.offers_error_operator();
	const whole = (raw: string, field: string, label: string) => {
		if (!raw.trim()) return null;
		if (!/^-?\d+$/.test(raw.trim())) {
			errors[field] = m.offers_error_whole({ label });
			return null;
		}
		return Number(raw.trim());
	};
	const places = whole(input.places, 'places', m.offers_edit_places());
	if (places !== null && places < 0) errors['places'] = m.offers_error_places_negative();
	let occupancyPercent: number | null = null;
	if (input.occupancyPercent.trim()) {
		const text = input.occupancyPercent.trim().replace(',', '.');
		if (!/^-?\d+(\.\d)?$/.test(text)) errors['occupancyPercent'] = m.offers_error_occupancy_number();
		else {
			occupancyPercent = Number(text);
			if (occupancyPercent < 0) errors['occupancyPercent'] = m.offers_error_occupancy_negative();
			// A figure above 100 % as the source gives it (Kofoedsminde 2019: 102 %) may stay; a new one may not.
			else if (occupancyPercent > 100 && occupancyPercent !== current?.occupancyPercent)
				errors['occupancyPercent'] = m.offers_error_occupancy_over();
		}
	}
	const category = input.category ? (offerCategory.enumValues.find((c) => c === input.category) ?? null) : null;
	if (input.category && !category) errors['category'] = m.offers_error_category();
	const coverage = input.coverage ? (offerCoverage.enumValues.find((c) => c === input.coverage) ?? null) : null;
	if (input.coverage && !coverage) errors['coverage'] = m.offers_error_coverage();
	const status = offerStatus.enumValues.find((s) => s === input.status);
	if (!status) errors['status'] = m.offers_error_status();
	const buyers = [...new Set(input.buyers)].map(townId);
	if (buyers.some((b) => b === null)) errors['buyers'] = m.offers_error_buyers();
	const legalBasis = [
		...input.legalBasis.map((l) => l.trim()).filter(Boolean),
		...input.otherLegalBasis.split(/[;\n]/).map((l) => l.trim()).filter(Boolean)
	];
	let decisionId: number | null = null;
	if (input.decisionId) {
		decisionId = /^\d{1,9}$/.test(input.decisionId) ? Number(input.decisionId) : -1;
		if (!(await isChoosableDecision(db, actor, decisionId))) errors['decisionId'] = m.decision_choice_error_unknown();
	}
	const effectiveOn = input.effectiveOn.trim() ? parseIsoDate(input.effectiveOn) : isoDateInCopenhagen(new Date());
	if (!effectiveOn) errors['effectiveOn'] = m.offers_error_effective();
	const fields: OfferFields = {
		name,
		operatorId,
		operatorNote: input.operatorNote.trim(),
		targetGroup: input.targetGroup.trim(),
		legalBasis: [...new Set(legalBasis)],
		places,
		occupancyPercent,
		category,
		coverage,
		status: status ?? 'active',
		mostSpecialised: input.mostSpecialised,
		secureUnit: input.secureUnit,
		specialEducationAnnex: input.specialEducationAnnex,
		contact: input.contact.trim(),
		description: input.description.trim()
	};
	const buyerIds = (buyers.filter((b) => b !== null) as number[]).filter((b) => b !== operatorId).sort((a, b) => a - b);
	return { errors, fields, buyerIds, decisionId, effectiveOn: effectiveOn ?? '', note: input.note.trim() };
}

function changesBetween(before: OfferFields & { buyers: number[] }, after: OfferFields & { buyers: number[] }, names: Map<number, string>): FieldChange[] {
	const out: FieldChange[] = [];
	for (const key of Object.keys(after) as (keyof typeof after)[]) {
		if (same(before[key], after[key])) continue;
		if (key === 'operatorId')
			out.push({ field: 'operator', from: before.operatorId ? names.get(before.operatorId) : null, to: after.operatorId ? names.get(after.operatorId) : null });
		else if (key === 'buyers')
			out.push({ field: 'buyers', from: before.buyers.map((b) => names.get(b)), to: after.buyers.map((b) => names.get(b)) });
		else out.push({ field: key, from: before[key], to: after[key] });
	}
	return out;
}

async function currentOf(db: Db, slug: string) {
	const [row] = await db.select().from(offers).where(eq(offers.slug, slug));
	if (!row) return null;
	const buyers = (await db.select({ id: offerBuyers.municipalityId }).from(offerBuyers).where(eq(offerBuyers.offerId, row.id))).map((b) => b.id).sort((a, b) => a - b);
	return { row, buyers };
}

/** Creates (slug null) or edits an offer; see the module comment for history and locking. */
export async function saveOffer(db: Db, actor: SessionUser, slug: string | null, input: OfferInput): Promise<SaveResult> {
	const existing = slug ? await currentOf(db, slug) : null;
	if (slug && !existing) return { ok: false, status: 404, errors: { form: m.offers_error_missing() } };
	const currentFields = existing ? { ...pick(existing.row), buyers: existing.buyers } : null;
	const { errors, fields, buyerIds, decisionId, effectiveOn, note } = await check(db, actor, input, currentFields);
	if (Object.keys(errors).length) return { ok: false, status: 400, errors };
	const names = new Map((await db.select({ id: municipalities.id, name: municipalities.name }).from(municipalities)).map((m) => [m.id, m.name]));
	const after = { ...fields, buyers: buyerIds };

	return db.transaction(async (tx): Promise<SaveResult> => {
		if (!existing) {
			let newSlug = slugify(fields.name);
			// `ny` is the address of the new-offer form.
			for (let n = 2; newSlug === 'ny' || (await tx.select({ id: offers.id }).from(offers).where(eq(offers.slug, newSlug))).length; n++) newSlug = `${slugify(fields.name)}-${n}`;
			const [row] = await tx
				.insert(offers)
				.values({ ...fields, slug: newSlug, updatedAt: new Date(), categoryChangedOn: fields.category ? effectiveOn : null })
				.returning({ id: offers.id });
			if (buyerIds.length) await tx.insert(offerBuyers).values(buyerIds.map((municipalityId) => ({ offerId: row.id, municipalityId })));
			const empty = { ...pick({} as typeof offers.$inferSelect), buyers: [] as number[] };
			const changes = changesBetween(empty, after, names);
			await tx.insert(offerHistory).values({ offerId: row.id, effectiveOn, changes: asHistory(changes), note: note || 'Tilbuddet oprettet.', decisionId, changedBy: actor.id });
			if (decisionId) await tx.insert(decisionOffers).values({ decisionId, offerId: row.id, addedInProduct: true }).onConflictDoNothing();
			return { ok: true, slug: newSlug };
		}
		const [locked] = await tx.select().from(offers).where(eq(offers.id, existing.row.id)).for('update');
		const lockedBuyers = (await tx.select({ id: offerBuyers.municipalityId }).from(offerBuyers).where(eq(offerBuyers.offerId, locked.id)))
			.map((b) => b.id)
			.sort((a, b) => a - b);
		const before = { ...pick(locked), buyers: lockedBuyers };
		if (String(locked.version) !== input.version.trim()) {
			// Someone saved since this form was opened: show what changed meanwhile, overwrite nothing. Each save raises
			// the version by one and writes one history entry, so the entries since the form's version are the last ones.
			const since = Math.max(1, locked.version - (Number(input.version) || 0));
			const entries = await tx
				.select({ at: offerHistory.recordedAt, by: users.name, changes: offerHistory.changes })
				.from(offerHistory)
				.leftJoin(users, eq(users.id, offerHistory.changedBy))
				.where(and(eq(offerHistory.offerId, locked.id), isNotNull(offerHistory.changedBy)))
				.orderBy(desc(offerHistory.id))
				.limit(since);
			const merged = new Map<string, FieldChange>();
			for (const entry of [...entries].reverse())
				for (const [field, change] of Object.entries(entry.changes as Record<string, { from: unknown; to: unknown }>)) {
					const earlier = merged.get(field);
					merged.set(field, { field, from: earlier ? earlier.from : change.from, to: change.to });
				}
			return {
				ok: false,
				status: 409,
				errors: { form: m.offers_error_conflict() },
				meanwhile: { changes: [...merged.values()], by: entries[0]?.by ?? null, at: entries[0]?.at ?? null }
			};
		}
		const changes = changesBetween(before, after, names);
		if (changes.length === 0) return { ok: false, status: 400, errors: { form: m.offers_error_no_change() } };
		let categoryChangedOn = locked.categoryChangedOn;
		if (changes.some((c) => c.field === 'category')) {
			const refusal = categoryChangeRefusal(await lastCategoryChange(tx, locked.id, locked.categoryChangedOn), effectiveOn);
			if (refusal) return { ok: false, status: 400, errors: { category: refusal } };
			categoryChangedOn = effectiveOn;
		}
		await tx
			.update(offers)
			.set({ ...fields, version: sql`${offers.version} + 1`, updatedAt: new Date(), categoryChangedOn })
			.where(and(eq(offers.id, locked.id), eq(offers.version, locked.version)));
		if (changes.some((c) => c.field === 'buyers')) {
			await tx.delete(offerBuyers).where(eq(offerBuyers.offerId, locked.id));
			if (buyerIds.length) await tx.insert(offerBuyers).values(buyerIds.map((municipalityId) => ({ offerId: locked.id, municipalityId })));
		}
		await tx.insert(offerHistory).values({ offerId: locked.id, effectiveOn, changes: asHistory(changes), note, decisionId, changedBy: actor.id });
		if (decisionId) await tx.insert(decisionOffers).values({ decisionId, offerId: locked.id, addedInProduct: true }).onConflictDoNothing();
		return { ok: true, slug: locked.slug };
	});
}

/** The last category change: the column, or a history entry that changed it (seeded or older rows). */
async function lastCategoryChange(tx: Pick<Db, 'select'>, offerId: number, column: string | null): Promise<string | null> {
	const [row] = await tx
		.select({ on: offerHistory.effectiveOn })
		.from(offerHistory)
		.where(and(eq(offerHistory.offerId, offerId), sql`${offerHistory.changes} ? 'category'`))
		.orderBy(sql`${offerHistory.effectiveOn} desc nulls last`)
		.limit(1);
	const fromHistory = row?.on ?? null;
	return [column, fromHistory].filter((d): d is string => Boolean(d)).sort().pop() ?? null;
}

const asHistory = (changes: FieldChange[]) => Object.fromEntries(changes.map((c) => [c.field, { from: c.from ?? null, to: c.to ?? null }]));

function pick(row: Partial<typeof offers.$inferSelect>): OfferFields {
	return {
		name: row.name ?? '',
		operatorId: row.operatorId ?? null,
		operatorNote: row.operatorNote ?? '',
		targetGroup: row.targetGroup ?? '',
		legalBasis: row.legalBasis ?? [],
		places: row.places ?? null,
		occupancyPercent: row.occupancyPercent ?? null,
		category: row.category ?? null,
		coverage: row.coverage ?? null,
		status: row.status ?? 'active',
		mostSpecialised: row.mostSpecialised ?? false,
		secureUnit: row.secureUnit ?? false,
		specialEducationAnnex: row.specialEducationAnnex ?? false,
		contact: row.contact ?? '',
		description: row.description ?? ''
	};
}

export interface OfferFormData {
	values: OfferInput;
	municipalities: { id: number; name: string }[];
	suggestion: CategorySuggestion | null;
	ruleText: string | null;
}

/** The form: the offer's current values (or blanks), the municipalities, and the category the rule suggests. */
export async function offerForm(db: Db, slug: string | null): Promise<OfferFormData | null> {
	const existing = slug ? await currentOf(db, slug) : null;
	if (slug && !existing) return null;
	const towns = await db.select({ id: municipalities.id, name: municipalities.name }).from(municipalities).orderBy(asc(municipalities.kind), asc(municipalities.name));
	const f = pick(existing?.row ?? {});
	const rule = await appliedRule(db, CATEGORY_RULE);
	let suggestion: CategorySuggestion | null = null;
	try {
		suggestion = rule && existing ? suggestCategory(existing.buyers.length, rule) : null;
	} catch {
		suggestion = null;
	}
	return {
		municipalities: towns,
		suggestion,
		ruleText: rule?.text ?? null,
		values: {
			name: f.name,
			operatorId: f.operatorId ? String(f.operatorId) : '',
			operatorNote: f.operatorNote,
			targetGroup: f.targetGroup,
			legalBasis: f.legalBasis.filter((l) => LEGAL_BASES.includes(l)),
			otherLegalBasis: f.legalBasis.filter((l) => !LEGAL_BASES.includes(l)).join('; '),
			places: f.places === null ? '' : String(f.places),
			occupancyPercent: f.occupancyPercent === null ? '' : String(f.occupancyPercent).replace('.', ','),
			category: f.category ?? '',
			coverage: f.coverage ?? '',
			status: f.status,
			mostSpecialised: f.mostSpecialised,
			secureUnit: f.secureUnit,
			specialEducationAnnex: f.specialEducationAnnex,
			contact: f.contact,
			description: f.description,
			buyers: (existing?.buyers ?? []).map(String),
			decisionId: '',
			effectiveOn: '',
			note: '',
			version: existing ? String(existing.row.version) : ''
		}
	};
}
