// The secretariat's corrections of a published decision: its kind and what it touches (offers, tariff rules, focus
// areas, network groups, municipalities). One transaction changes the rows and writes one log entry with who, when
// and each field's old and new value. Publishing the minutes again keeps a corrected decision's kind and links
// (src/lib/server/agenda/rows.ts), so a correction is never undone silently.
import { and, eq, inArray } from 'drizzle-orm';
import {
	decisionCorrections,
	decisionFocusAreas,
	decisionKind,
	decisionMunicipalities,
	decisionNetworkGroups,
	decisionOffers,
	decisionTariffRules,
	decisions,
	focusAreas,
	municipalities,
	networkGroups,
	bodies,
	offers,
	tariffRules
} from '../db/schema';
import type { Db } from '../db/types';
import type { Tx } from '../agenda/rows';
import type { SessionUser } from '../auth/session';
import type { DecisionKind } from '../meetings/meetings';
import { labels } from '$lib/format/labels';
import { m } from '$lib/paraglide/messages';

export const LINK_KINDS = ['offers', 'tariffRules', 'focusAreas', 'networkGroups', 'municipalities'] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

export interface CorrectionInput {
	kind: string;
	/** Slugs per link kind, as posted by the check boxes. */
	links: Record<LinkKind, string[]>;
	note: string;
}

export type CorrectionResult = { ok: true } | { ok: false; status: 400 | 404; errors: Record<string, string> };

const FIELD_LABEL: Record<LinkKind, () => string> = {
	offers: m.meeting_affects_offers,
	tariffRules: m.meeting_affects_tariffs,
	focusAreas: m.meeting_affects_focus_areas,
	networkGroups: m.meeting_affects_network_groups,
	municipalities: m.meeting_affects_municipalities
};

interface Target {
	slug: string;
	id: number;
	label: string;
}

/** The things a decision can be linked to, by slug, with their row ids and names. */
async function targets(db: Db | Tx): Promise<Record<LinkKind, Target[]>> {
	const [o, r, f, g, mu] = await Promise.all([
		db.select({ slug: offers.slug, id: offers.id, label: offers.name }).from(offers),
		db.select({ slug: tariffRules.slug, id: tariffRules.id, label: tariffRules.title }).from(tariffRules),
		db.select({ slug: focusAreas.slug, id: focusAreas.id, label: focusAreas.title }).from(focusAreas),
		db.select({ slug: bodies.slug, id: networkGroups.id, label: bodies.name }).from(networkGroups).innerJoin(bodies, eq(bodies.id, networkGroups.bodyId)),
		db.select({ slug: municipalities.slug, id: municipalities.id, label: municipalities.name }).from(municipalities)
	]);
	return { offers: o, tariffRules: r, focusAreas: f, networkGroups: g, municipalities: mu };
}

const tables = {
	offers: { table: decisionOffers, column: decisionOffers.offerId, key: 'offerId' },
	tariffRules: { table: decisionTariffRules, column: decisionTariffRules.tariffRuleId, key: 'tariffRuleId' },
	focusAreas: { table: decisionFocusAreas, column: decisionFocusAreas.focusAreaId, key: 'focusAreaId' },
	networkGroups: { table: decisionNetworkGroups, column: decisionNetworkGroups.networkGroupId, key: 'networkGroupId' },
	municipalities: { table: decisionMunicipalities, column: decisionMunicipalities.municipalityId, key: 'municipalityId' }
} as const;

async function linkedIds(tx: Tx, decisionId: number, kind: LinkKind): Promise<number[]> {
	const { table, column } = tables[kind];
	const rows: { id: number }[] = await tx.select({ id: column }).from(table).where(eq(table.decisionId, decisionId));
	return rows.map((r) => r.id);
}

export async function correctDecision(db: Db, actor: SessionUser, decisionId: number, input: CorrectionInput): Promise<CorrectionResult> {
	const errors: Record<string, string> = {};
	const kind = decisionKind.enumValues.find((k) => k === input.kind) as DecisionKind | undefined;
	if (!kind) errors['kind'] = m.register_correct_error_kind();
	const all = await targets(db);
	const wanted = {} as Record<LinkKind, number[]>;
	for (const linkKind of LINK_KINDS) {
		const ids: number[] = [];
		for (const slug of new Set(input.links[linkKind])) {
			const target = all[linkKind].find((t) => t.slug === slug);
			if (!target) errors[linkKind] = m.register_correct_error_link({ label: FIELD_LABEL[linkKind](), value: slug.slice(0, 60) });
			else ids.push(target.id);
		}
		wanted[linkKind] = ids;
	}
	const note = input.note.trim();
	if (note.length > 2000) errors['note'] = m.register_correct_error_note();
	if (Object.keys(errors).length) return { ok: false, status: 400, errors };

	return db.transaction(async (tx) => {
		const [current] = await tx.select({ kind: decisions.kind }).from(decisions).where(eq(decisions.id, decisionId)).for('update');
		if (!current) return { ok: false, status: 404, errors: { form: m.register_correct_error_missing() } } as const;
		const changes: Record<string, { from: unknown; to: unknown }> = {};
		if (current.kind !== kind) changes['kind'] = { from: labels.decisionKind(current.kind), to: labels.decisionKind(kind!) };
		const name = (linkKind: LinkKind, ids: number[]) =>
			ids.map((id) => all[linkKind].find((t) => t.id === id)?.label ?? String(id)).sort((a, b) => a.localeCompare(b, 'da'));
		const plans: { linkKind: LinkKind; add: number[]; remove: number[] }[] = [];
		for (const linkKind of LINK_KINDS) {
			const before = await linkedIds(tx, decisionId, linkKind);
			const add = wanted[linkKind].filter((id) => !before.includes(id));
			const remove = before.filter((id) => !wanted[linkKind].includes(id));
			if (add.length || remove.length) {
				changes[linkKind] = { from: name(linkKind, before), to: name(linkKind, wanted[linkKind]) };
				plans.push({ linkKind, add, remove });
			}
		}
		if (Object.keys(changes).length === 0)
			return { ok: false, status: 400, errors: { form: m.register_correct_error_none() } } as const;
		await tx
			.update(decisions)
			.set(changes['kind'] ? { kind: kind!, updatedAt: new Date() } : { updatedAt: new Date() })
			.where(eq(decisions.id, decisionId));
		for (const { linkKind, add, remove } of plans) {
			const { table, column, key } = tables[linkKind];
			if (remove.length) await tx.delete(table).where(and(eq(table.decisionId, decisionId), inArray(column, remove)));
			// Links that stay keep their notes; new ones start without.
			if (add.length) await tx.insert(table).values(add.map((id) => ({ decisionId, [key]: id }) as never));
		}
		await tx.insert(decisionCorrections).values({ decisionId, correctedBy: actor.id, changes, note });
		return { ok: true } as const;
	});
}

/** The form's choices and the decision's current kind and links, by slug. */
export async function correctionForm(db: Db, decisionId: number) {
	const [current] = await db.select({ kind: decisions.kind }).from(decisions).where(eq(decisions.id, decisionId));
	if (!current) return null;
	const all = await targets(db);
	const selected = {} as Record<LinkKind, string[]>;
	await db.transaction(async (tx) => {
		for (const linkKind of LINK_KINDS) {
			const ids = await linkedIds(tx, decisionId, linkKind);
			selected[linkKind] = all[linkKind].filter((t) => ids.includes(t.id)).map((t) => t.slug);
		}
	});
	const options = Object.fromEntries(
		LINK_KINDS.map((k) => [k, all[k].map(({ slug, label }) => ({ slug, label })).sort((a, b) => a.label.localeCompare(b.label, 'da'))])
	) as Record<LinkKind, { slug: string; label: string }[]>;
	return { kind: current.kind, kinds: decisionKind.enumValues, selected, options };
}
