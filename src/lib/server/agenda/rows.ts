// The relational rows of a meeting's agenda, written FROM its document (a PlainAgenda): when a version is sent
// (the agenda: items and attachments) and when the minutes are published (also drøftelse, beslutning, the decision
// records with their links and follow-up actions). The portal, search and every export read these rows, never a
// live draft. Always inside one transaction (the caller's): a refusal throws `AgendaRowsError` and rolls it back.
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import {
	agendaItems,
	attachments,
	caseSteps,
	cases,
	decisionFocusAreas,
	decisionMunicipalities,
	decisionNetworkGroups,
	decisionOffers,
	decisionCorrections,
	decisionTariffRules,
	decisions,
	focusAreas,
	followUpActions,
	municipalities,
	networkGroups,
	offerHistory,
	offers,
	tariffRuleVersions,
	tariffRules
} from '../db/schema';
import type { Db } from '../db/types';
import { parseLinkKey, type LinkType } from '$lib/collab/agenda/model';
import type { PlainAgenda, PlainDecision, PlainItem } from '$lib/collab/agenda/plain';
import { m } from '$lib/paraglide/messages';
import { ownerFromText } from '../follow-up/owners';

export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** A refusal with a message for the secretariat; thrown inside the transaction so nothing is written. */
export class AgendaRowsError extends Error {
	constructor(
		message: string,
		readonly status = 409
	) {
		super(message);
	}
}

export interface WriteRowsOptions {
	/** Publishing the minutes: also drøftelse, beslutning, decisions, their links and follow-up actions. */
	minutes: boolean;
}

/** The decision bullets of an item as the Markdown list kept in `agenda_items.beslutning`. */
export function decisionsMarkdown(list: Pick<PlainDecision, 'text'>[]): string {
	return list
		.map((d) => d.text.trim())
		.filter(Boolean)
		.map((t) => `- ${t.replace(/\n/g, '\n  ')}`)
		.join('\n');
}

/** Writes the meeting's rows from its document. Returns the agenda row id of every document item. */
export async function writeAgendaRows(
	tx: Tx,
	meetingId: number,
	plain: PlainAgenda,
	{ minutes }: WriteRowsOptions
): Promise<Map<string, number>> {
	await checkReferences(tx, plain, minutes);
	const existing = await tx
		.select({ id: agendaItems.id, docId: agendaItems.docId })
		.from(agendaItems)
		.where(eq(agendaItems.meetingId, meetingId));
	const byDocId = new Map(existing.filter((r) => r.docId).map((r) => [r.docId!, r.id]));
	const existingIds = new Set(existing.map((r) => r.id));

	// Match each document item to a row: by its document id, else by the row it was seeded from.
	const rowOf = new Map<string, number>();
	const taken = new Set<number>();
	for (const item of plain.items) {
		const id = byDocId.get(item.id);
		if (id !== undefined) {
			rowOf.set(item.id, id);
			taken.add(id);
		}
	}
	for (const item of plain.items) {
		if (rowOf.has(item.id) || item.rowId === null || !existingIds.has(item.rowId) || taken.has(item.rowId)) continue;
		const row = existing.find((r) => r.id === item.rowId);
		if (row?.docId && row.docId !== item.id && plain.items.some((i) => i.id === row.docId)) continue;
		rowOf.set(item.id, item.rowId);
		taken.add(item.rowId);
	}
	const gone = existing.filter((r) => !taken.has(r.id)).map((r) => r.id);

	if (gone.length) {
		await refuseIfCited(
			tx,
			(await tx.select({ id: decisions.id }).from(decisions).where(inArray(decisions.agendaItemId, gone))).map(
				(d) => d.id
			)
		);
		// A case step keeps its meeting; the item it pointed to is gone from the agenda.
		await tx.update(caseSteps).set({ agendaItemId: null }).where(inArray(caseSteps.agendaItemId, gone));
		await tx.delete(agendaItems).where(inArray(agendaItems.id, gone));
	}
	// Out of the way of the unique (meeting, number) and (meeting, position) while renumbering.
	await tx
		.update(agendaItems)
		.set({ position: sql`-${agendaItems.id}`, number: sql`'~' || ${agendaItems.id}` })
		.where(eq(agendaItems.meetingId, meetingId));

	for (const [position, item] of plain.items.entries()) {
		const values = {
			number: item.number,
			position,
			kind: item.kind,
			title: item.title,
			beslutningstema: item.beslutningstema,
			baggrund: item.baggrund,
			sagsfremstilling: item.sagsfremstilling,
			indstilling: item.indstilling,
			isClosed: item.closed,
			closedReason: item.closed ? item.closedReason : '',
			caseId: item.caseId,
			docId: item.id,
			...(minutes ? { droftelse: item.droftelse, beslutning: decisionsMarkdown(item.decisions) } : {})
		};
		const id = rowOf.get(item.id);
		if (id !== undefined) {
			await tx.update(agendaItems).set(values).where(eq(agendaItems.id, id));
		} else {
			const [row] = await tx
				.insert(agendaItems)
				.values({ meetingId, ...values })
				.returning({ id: agendaItems.id });
			rowOf.set(item.id, row.id);
		}
	}

	const rowIds = [...rowOf.values()];
	if (rowIds.length) await tx.delete(attachments).where(inArray(attachments.agendaItemId, rowIds));
	const attachmentValues = plain.items.flatMap((item) =>
		item.attachments.map((a, position) => ({ agendaItemId: rowOf.get(item.id)!, position, title: a.title, url: a.url }))
	);
	if (attachmentValues.length) await tx.insert(attachments).values(attachmentValues);

	// A case's step at this meeting points to the item that carries the case.
	for (const item of plain.items) {
		if (item.caseId === null) continue;
		await tx
			.update(caseSteps)
			.set({ agendaItemId: rowOf.get(item.id)! })
			.where(and(eq(caseSteps.caseId, item.caseId), eq(caseSteps.meetingId, meetingId)));
	}

	if (minutes) await writeDecisions(tx, plain.items, rowOf);
	return rowOf;
}

/** Offers' history and tariff rule versions cite decisions: those decisions cannot disappear from the minutes. */
async function refuseIfCited(tx: Tx, decisionIds: number[]) {
	if (!decisionIds.length) return;
	const [offer] = await tx
		.select({ id: offerHistory.decisionId })
		.from(offerHistory)
		.where(inArray(offerHistory.decisionId, decisionIds))
		.limit(1);
	const [rule] = await tx
		.select({ id: tariffRuleVersions.decisionId })
		.from(tariffRuleVersions)
		.where(inArray(tariffRuleVersions.decisionId, decisionIds))
		.limit(1);
	const cited = offer?.id ?? rule?.id;
	if (cited == null) return;
	const [d] = await tx
		.select({ text: decisions.text, number: agendaItems.number })
		.from(decisions)
		.innerJoin(agendaItems, eq(agendaItems.id, decisions.agendaItemId))
		.where(eq(decisions.id, cited));
	throw new AgendaRowsError(m.agenda_rows_decision_cited({ number: d?.number ?? '?', text: (d?.text ?? '').slice(0, 80) }));
}

const LINK_TABLES = {
	offer: { table: offers, label: () => m.agenda_rows_link_offer() },
	tariffRule: { table: tariffRules, label: () => m.agenda_rows_link_tariff_rule() },
	focusArea: { table: focusAreas, label: () => m.agenda_rows_link_focus_area() },
	networkGroup: { table: networkGroups, label: () => m.agenda_rows_link_network_group() },
	municipality: { table: municipalities, label: () => m.agenda_rows_link_municipality() }
} as const;

/** Links and the case must point to rows that exist: a clear refusal instead of a foreign-key error. */
async function checkReferences(tx: Tx, plain: PlainAgenda, minutes: boolean) {
	const caseIds = [...new Set(plain.items.map((i) => i.caseId).filter((id): id is number => id !== null))];
	if (caseIds.length) {
		const found = new Set(
			(await tx.select({ id: cases.id }).from(cases).where(inArray(cases.id, caseIds))).map((r) => r.id)
		);
		const item = plain.items.find((i) => i.caseId !== null && !found.has(i.caseId));
		if (item) throw new AgendaRowsError(m.agenda_rows_case_missing({ number: item.number }), 400);
	}
	if (!minutes) return;
	const wanted = new Map<LinkType, Map<number, string>>();
	for (const item of plain.items) {
		for (const key of [...Object.keys(item.links), ...item.decisions.flatMap((d) => Object.keys(d.links))]) {
			const link = parseLinkKey(key);
			if (!link) continue;
			const ids = wanted.get(link.type) ?? new Map<number, string>();
			if (!ids.has(link.id)) ids.set(link.id, item.number);
			wanted.set(link.type, ids);
		}
	}
	for (const [type, ids] of wanted) {
		const { table, label } = LINK_TABLES[type];
		const found = new Set(
			(await tx.select({ id: table.id }).from(table).where(inArray(table.id, [...ids.keys()]))).map((r) => r.id)
		);
		for (const [id, number] of ids) {
			if (!found.has(id)) throw new AgendaRowsError(m.agenda_rows_link_missing({ number, what: label() }), 400);
		}
	}
}

/** Item-level links apply to each of its decisions; a decision's own note wins. */
function linksOf(item: PlainItem, decision: PlainDecision): Map<LinkType, Map<number, string>> {
	const result = new Map<LinkType, Map<number, string>>();
	for (const [key, note] of [...Object.entries(item.links), ...Object.entries(decision.links)]) {
		const link = parseLinkKey(key);
		if (!link) continue;
		const ids = result.get(link.type) ?? new Map<number, string>();
		ids.set(link.id, note ?? '');
		result.set(link.type, ids);
	}
	return result;
}

async function writeDecisions(tx: Tx, items: PlainItem[], rowOf: Map<string, number>) {
	const rowIds = [...rowOf.values()];
	const existing = rowIds.length
		? await tx
				.select({ id: decisions.id, docId: decisions.docId })
				.from(decisions)
				.where(inArray(decisions.agendaItemId, rowIds))
		: [];
	const byDocId = new Map(existing.filter((d) => d.docId).map((d) => [d.docId!, d.id]));
	const existingIds = new Set(existing.map((d) => d.id));
	const taken = new Set<number>();
	const decisionRow = new Map<string, number>();
	const all = items.flatMap((item) => item.decisions.map((decision, position) => ({ item, decision, position })));
	for (const { decision } of all) {
		const id = byDocId.get(decision.id);
		if (id !== undefined) {
			decisionRow.set(decision.id, id);
			taken.add(id);
		}
	}
	for (const { decision } of all) {
		const rowId = decision.rowId;
		if (decisionRow.has(decision.id) || rowId === null || !existingIds.has(rowId) || taken.has(rowId)) continue;
		decisionRow.set(decision.id, rowId);
		taken.add(rowId);
	}
	const gone = existing.filter((d) => !taken.has(d.id)).map((d) => d.id);
	await refuseIfCited(tx, gone);
	if (gone.length) await tx.delete(decisions).where(inArray(decisions.id, gone));

	// A decision the secretariat corrected in the register keeps the corrected kind and links when the minutes are
	// published again (src/lib/server/decisions/corrections.ts): the correction is never undone silently.
	const kept = taken.size
		? new Set(
				(
					await tx
						.selectDistinct({ id: decisionCorrections.decisionId })
						.from(decisionCorrections)
						.where(inArray(decisionCorrections.decisionId, [...taken]))
				).map((r) => r.id)
			)
		: new Set<number>();
	for (const { item, decision, position } of all) {
		const values = {
			agendaItemId: rowOf.get(item.id)!,
			position,
			kind: decision.kind,
			text: decision.text,
			docId: decision.id,
			updatedAt: new Date()
		};
		const id = decisionRow.get(decision.id);
		if (id !== undefined && kept.has(id)) {
			const { kind: _corrected, ...rest } = values;
			await tx.update(decisions).set(rest).where(eq(decisions.id, id));
		} else if (id !== undefined) await tx.update(decisions).set(values).where(eq(decisions.id, id));
		else {
			const [row] = await tx.insert(decisions).values(values).returning({ id: decisions.id });
			decisionRow.set(decision.id, row.id);
		}
	}

	const ids = [...decisionRow.values()].filter((id) => !kept.has(id));
	if (ids.length) {
		// Links made in the product (an offer's edit, a tariff rule's version citing the decision) are not the minutes'.
		await tx.delete(decisionOffers).where(and(inArray(decisionOffers.decisionId, ids), eq(decisionOffers.addedInProduct, false)));
		await tx.delete(decisionTariffRules).where(and(inArray(decisionTariffRules.decisionId, ids), eq(decisionTariffRules.addedInProduct, false)));
		await tx.delete(decisionFocusAreas).where(inArray(decisionFocusAreas.decisionId, ids));
		await tx.delete(decisionNetworkGroups).where(inArray(decisionNetworkGroups.decisionId, ids));
		await tx.delete(decisionMunicipalities).where(inArray(decisionMunicipalities.decisionId, ids));
	}
	for (const { item, decision } of all) {
		const decisionId = decisionRow.get(decision.id)!;
		if (kept.has(decisionId)) {
			await writeActions(tx, decisionId, decision);
			continue;
		}
		const links = linksOf(item, decision);
		const rows = (type: LinkType) => [...(links.get(type) ?? new Map<number, string>())];
		const offerRows = rows('offer').map(([offerId, note]) => ({ decisionId, offerId, note }));
		if (offerRows.length) await tx.insert(decisionOffers).values(offerRows).onConflictDoNothing();
		const ruleRows = rows('tariffRule').map(([tariffRuleId, note]) => ({ decisionId, tariffRuleId, note }));
		if (ruleRows.length) await tx.insert(decisionTariffRules).values(ruleRows).onConflictDoNothing();
		const focusRows = rows('focusArea').map(([focusAreaId, note]) => ({ decisionId, focusAreaId, note }));
		if (focusRows.length) await tx.insert(decisionFocusAreas).values(focusRows);
		const groupRows = rows('networkGroup').map(([networkGroupId, note]) => ({ decisionId, networkGroupId, note }));
		if (groupRows.length) await tx.insert(decisionNetworkGroups).values(groupRows);
		const municipalityRows = rows('municipality').map(([municipalityId, note]) => ({ decisionId, municipalityId, note }));
		if (municipalityRows.length) await tx.insert(decisionMunicipalities).values(municipalityRows);
		await writeActions(tx, decisionId, decision);
	}
}

/**
 * Follow-up actions: matched by document id, else (the seeded minutes, whose actions have none) in order among
 * the decision's actions without one, so their status (e.g. `unknown`) is kept. New actions are `open`.
 */
async function writeActions(tx: Tx, decisionId: number, decision: PlainDecision) {
	// Actions the secretariat created or edited in the product (follow-up pages: `updatedBy` set) are theirs to
	// manage: publishing again neither rewrites nor deletes them.
	const existing = await tx
		.select({ id: followUpActions.id, docId: followUpActions.docId })
		.from(followUpActions)
		.where(and(eq(followUpActions.decisionId, decisionId), isNull(followUpActions.updatedBy)))
		.orderBy(asc(followUpActions.id));
	const byDocId = new Map(existing.filter((a) => a.docId).map((a) => [a.docId!, a.id]));
	const unclaimed = existing.filter((a) => a.docId === null).map((a) => a.id);
	const keep = new Set<number>();
	const plan: { id: number | null; action: PlainDecision['actions'][number] }[] = [];
	for (const action of decision.actions) {
		const id = byDocId.get(action.id) ?? unclaimed.shift() ?? null;
		if (id !== null) keep.add(id);
		plan.push({ id, action });
	}
	const gone = existing.filter((a) => !keep.has(a.id)).map((a) => a.id);
	if (gone.length) await tx.delete(followUpActions).where(inArray(followUpActions.id, gone));
	for (const { id, action } of plan) {
		const values = { what: action.what, owner: action.owner, dueOn: action.dueOn, docId: action.id };
		if (id !== null) await tx.update(followUpActions).set(values).where(eq(followUpActions.id, id));
		else await tx.insert(followUpActions).values({ decisionId, ...values, ...(await ownerFromText(tx, action.owner)), status: 'open' });
	}
}
