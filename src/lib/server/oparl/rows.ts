// What the API reads from the database: only what the public portal shows. Every query about meetings, items,
// decisions and attachments goes through openMeetingCondition(null) and readableItemCondition(null): the API
// answers everyone as the public, signed in or not.
import { and, asc, eq, gt, inArray, isNotNull, or, isNull, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import {
	agendaItems,
	agreementPeriods,
	attachments,
	bodies,
	caseSteps,
	cases,
	decisionOffers,
	decisionTariffRules,
	decisions,
	meetings,
	memberships,
	municipalities,
	offers,
	people,
	tariffRuleVersions,
	tariffRules
} from '../db/schema';
import type { Db } from '../db/types';
import { openMeetingCondition, readableItemCondition, PUBLISHED_STATUSES } from '../meetings/visibility';
import type { ListFilters } from './params';

export const publicMeeting = (): SQL => openMeetingCondition(null) as SQL;
export const readableItem = (): SQL => readableItemCondition(null) as SQL;

/**
 * When the reference data (bodies, people, memberships, periods, offers as transcribed) entered the database:
 * those rows carry no timestamps of their own, and the seed writes them with the first meetings, so the earliest
 * meeting row's `createdAt` is the nearest honest value for their `created` and `modified`.
 */
export async function referenceDataTime(db: Db): Promise<Date> {
	const [row] = await db.select({ at: sql<Date | null>`min(${meetings.createdAt})`.mapWith(meetings.createdAt) }).from(meetings);
	return row?.at ?? new Date(0);
}

const publishedList = sql.raw(PUBLISHED_STATUSES.map((s) => `'${s}'`).join(', '));

// Written with qualified names: drizzle leaves a single table's columns unqualified, which the subqueries'
// own tables would make ambiguous.
/** A meeting's last change: its own row, its agenda document's phase, or a decision on one of its open items. */
export const meetingModified = sql<Date>`greatest(
	meetings.updated_at,
	coalesce((select ad.updated_at from agenda_documents ad where ad.meeting_id = meetings.id), meetings.updated_at),
	coalesce((select max(d.updated_at) from decisions d join agenda_items ai on ai.id = d.agenda_item_id
		where ai.meeting_id = meetings.id and not ai.is_closed), meetings.updated_at)
)`.mapWith(meetings.updatedAt);

/** An item's last change: its meeting's row, the agenda document's phase, or one of its decisions. */
export const itemModified = sql<Date>`greatest(
	meetings.updated_at,
	coalesce((select ad.updated_at from agenda_documents ad where ad.meeting_id = meetings.id), meetings.updated_at),
	coalesce((select max(d.updated_at) from decisions d where d.agenda_item_id = agenda_items.id), meetings.updated_at)
)`.mapWith(meetings.updatedAt);

/** A case's last change: its creation, or a change to a public meeting on its path. */
export const caseModified = sql<Date>`greatest(
	cases.created_at,
	coalesce((select max(m.updated_at) from case_steps cs join meetings m on m.id = cs.meeting_id
		where cs.case_id = cases.id and m.is_public and m.status in (${publishedList})), cases.created_at)
)`.mapWith(cases.createdAt);

/** The filters as SQL over a row's created and modified expressions. */
export function filterSql(filters: ListFilters, created: SQL | AnyColumn, modified: SQL): SQL | undefined {
	const parts: SQL[] = [];
	if (filters.createdSince) parts.push(sql`${created} >= ${filters.createdSince.toISOString()}::timestamptz`);
	if (filters.createdUntil) parts.push(sql`${created} <= ${filters.createdUntil.toISOString()}::timestamptz`);
	if (filters.modifiedSince) parts.push(sql`${modified} >= ${filters.modifiedSince.toISOString()}::timestamptz`);
	if (filters.modifiedUntil) parts.push(sql`${modified} <= ${filters.modifiedUntil.toISOString()}::timestamptz`);
	return parts.length ? and(...parts) : undefined;
}

export interface Page {
	offset: number;
	limit: number;
}

// ---- bodies, municipalities, people, memberships, periods: small tables, read whole ----

export async function allBodies(db: Db) {
	return db
		.select({
			id: bodies.id,
			slug: bodies.slug,
			name: bodies.name,
			shortName: bodies.shortName,
			kind: bodies.kind,
			description: bodies.description,
			reportsToId: bodies.reportsToId
		})
		.from(bodies)
		.orderBy(asc(bodies.id));
}

export async function allMunicipalities(db: Db) {
	return db
		.select({ id: municipalities.id, slug: municipalities.slug, name: municipalities.name, kind: municipalities.kind })
		.from(municipalities)
		.orderBy(asc(municipalities.id));
}

/** Memberships the portal lists: every one held by a municipality or a real (not demo) person. */
export async function allMemberships(db: Db) {
	return db
		.select({
			id: memberships.id,
			bodyId: memberships.bodyId,
			personId: memberships.personId,
			municipalityId: memberships.municipalityId,
			personMunicipalityId: people.municipalityId,
			role: memberships.role,
			validFrom: memberships.validFrom,
			validTo: memberships.validTo,
			note: memberships.note
		})
		.from(memberships)
		.leftJoin(people, eq(people.id, memberships.personId))
		.where(or(isNull(memberships.personId), eq(people.isDemo, false)))
		.orderBy(asc(memberships.id));
}

/** People the portal lists: real people with at least one membership (demo people never). */
export async function allPeople(db: Db) {
	return db
		.selectDistinct({ id: people.id, name: people.name, title: people.title, municipalityId: people.municipalityId })
		.from(people)
		.innerJoin(memberships, eq(memberships.personId, people.id))
		.where(eq(people.isDemo, false))
		.orderBy(asc(people.id));
}

export async function allPeriods(db: Db) {
	return db
		.select({ id: agreementPeriods.id, label: agreementPeriods.label, startsOn: agreementPeriods.startsOn, endsOn: agreementPeriods.endsOn })
		.from(agreementPeriods)
		.orderBy(asc(agreementPeriods.startsOn));
}

// ---- meetings and items ----

const meetingColumns = {
	id: meetings.id,
	bodyId: meetings.bodyId,
	bodyName: bodies.name,
	startsAt: meetings.startsAt,
	endsAt: meetings.endsAt,
	timeKnown: meetings.timeKnown,
	place: meetings.place,
	isVirtual: meetings.isVirtual,
	status: meetings.status,
	created: meetings.createdAt,
	modified: meetingModified
};
export type MeetingRow = Awaited<ReturnType<typeof meetingRows>>['rows'][number];

export async function meetingRows(db: Db, where: { id?: number; filters?: ListFilters; page?: Page }) {
	const condition = and(
		publicMeeting(),
		where.id !== undefined ? eq(meetings.id, where.id) : undefined,
		where.filters ? filterSql(where.filters, meetings.createdAt, meetingModified) : undefined
	);
	const base = db.select(meetingColumns).from(meetings).innerJoin(bodies, eq(bodies.id, meetings.bodyId)).where(condition);
	const rows = where.page
		? await base.orderBy(asc(meetings.id)).limit(where.page.limit).offset(where.page.offset)
		: await base.orderBy(asc(meetings.id));
	const total = where.page
		? Number((await db.select({ n: sql<number>`count(*)` }).from(meetings).where(condition))[0].n)
		: rows.length;
	return { rows, total };
}

const itemColumns = {
	id: agendaItems.id,
	meetingId: agendaItems.meetingId,
	number: agendaItems.number,
	position: agendaItems.position,
	title: agendaItems.title,
	isClosed: agendaItems.isClosed,
	created: meetings.createdAt,
	modified: itemModified
};

/** Every item of the given public meetings, closed ones included: the caller shows a closed item's number and title only. */
export async function itemOutlines(db: Db, meetingIds: number[]) {
	if (meetingIds.length === 0) return [];
	return db
		.select(itemColumns)
		.from(agendaItems)
		.innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
		.where(and(inArray(agendaItems.meetingId, meetingIds), publicMeeting()))
		.orderBy(asc(agendaItems.meetingId), asc(agendaItems.position));
}

/** Items whose content the public may read (open items of public meetings), by id, filters and page. */
export async function readableItemRows(db: Db, where: { id?: number; filters?: ListFilters; page?: Page }) {
	const condition = and(
		publicMeeting(),
		readableItem(),
		where.id !== undefined ? eq(agendaItems.id, where.id) : undefined,
		where.filters ? filterSql(where.filters, meetings.createdAt, itemModified) : undefined
	);
	const base = db.select(itemColumns).from(agendaItems).innerJoin(meetings, eq(meetings.id, agendaItems.meetingId)).where(condition);
	const rows = where.page
		? await base.orderBy(asc(agendaItems.id)).limit(where.page.limit).offset(where.page.offset)
		: await base.orderBy(asc(agendaItems.id));
	const total = where.page
		? Number(
				(
					await db
						.select({ n: sql<number>`count(*)` })
						.from(agendaItems)
						.innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
						.where(condition)
				)[0].n
			)
		: rows.length;
	return { rows, total };
}

/** Whether an item exists in a public meeting but is closed (its own URL then answers 404 with a reason). */
export async function isClosedPublicItem(db: Db, id: number): Promise<boolean> {
	const [row] = await db
		.select({ id: agendaItems.id })
		.from(agendaItems)
		.innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
		.where(and(eq(agendaItems.id, id), publicMeeting(), eq(agendaItems.isClosed, true)));
	return Boolean(row);
}

/** The text of readable items (never called with a closed item's id: the callers pass readable ids only). */
export async function itemTexts(db: Db, ids: number[]) {
	if (ids.length === 0) return new Map<number, ItemText>();
	const rows = await db
		.select({
			id: agendaItems.id,
			beslutningstema: agendaItems.beslutningstema,
			baggrund: agendaItems.baggrund,
			sagsfremstilling: agendaItems.sagsfremstilling,
			indstilling: agendaItems.indstilling,
			droftelse: agendaItems.droftelse,
			beslutning: agendaItems.beslutning
		})
		.from(agendaItems)
		.innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
		.where(and(inArray(agendaItems.id, ids), publicMeeting(), readableItem()));
	return new Map(rows.map((r) => [r.id, r]));
}
export interface ItemText {
	beslutningstema: string;
	baggrund: string;
	sagsfremstilling: string;
	indstilling: string;
	droftelse: string;
	beslutning: string;
}

/** Decisions on readable items, with the offers and tariff rules they touch. */
export async function decisionRows(
	db: Db,
	where: { ids?: number[]; itemIds?: number[]; offerIds?: number[]; tariffRuleIds?: number[] }
) {
	const conditions: (SQL | undefined)[] = [publicMeeting(), readableItem()];
	if (where.ids) {
		if (where.ids.length === 0) return [];
		conditions.push(inArray(decisions.id, where.ids));
	}
	if (where.itemIds) {
		if (where.itemIds.length === 0) return [];
		conditions.push(inArray(decisions.agendaItemId, where.itemIds));
	}
	if (where.offerIds) {
		if (where.offerIds.length === 0) return [];
		conditions.push(
			inArray(decisions.id, db.select({ id: decisionOffers.decisionId }).from(decisionOffers).where(inArray(decisionOffers.offerId, where.offerIds)))
		);
	}
	if (where.tariffRuleIds) {
		if (where.tariffRuleIds.length === 0) return [];
		conditions.push(
			inArray(
				decisions.id,
				db
					.select({ id: decisionTariffRules.decisionId })
					.from(decisionTariffRules)
					.where(inArray(decisionTariffRules.tariffRuleId, where.tariffRuleIds))
			)
		);
	}
	const rows = await db
		.select({
			id: decisions.id,
			itemId: decisions.agendaItemId,
			meetingId: meetings.id,
			bodyId: meetings.bodyId,
			kind: decisions.kind,
			text: decisions.text,
			plainSummary: decisions.plainSummary,
			publishedAt: decisions.publishedAt,
			updatedAt: decisions.updatedAt
		})
		.from(decisions)
		.innerJoin(agendaItems, eq(agendaItems.id, decisions.agendaItemId))
		.innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
		.where(and(...conditions))
		.orderBy(asc(decisions.agendaItemId), asc(decisions.position), asc(decisions.id));
	const ids = rows.map((r) => r.id);
	if (ids.length === 0) return [];
	const [offerLinks, ruleLinks] = await Promise.all([
		db
			.select({ decisionId: decisionOffers.decisionId, offerId: decisionOffers.offerId, note: decisionOffers.note })
			.from(decisionOffers)
			.where(inArray(decisionOffers.decisionId, ids))
			.orderBy(asc(decisionOffers.offerId)),
		db
			.select({ decisionId: decisionTariffRules.decisionId, ruleId: decisionTariffRules.tariffRuleId, note: decisionTariffRules.note })
			.from(decisionTariffRules)
			.where(inArray(decisionTariffRules.decisionId, ids))
			.orderBy(asc(decisionTariffRules.tariffRuleId))
	]);
	return rows.map((r) => ({
		...r,
		offers: offerLinks.filter((l) => l.decisionId === r.id),
		tariffRules: ruleLinks.filter((l) => l.decisionId === r.id)
	}));
}
export type DecisionRow = Awaited<ReturnType<typeof decisionRows>>[number];

// ---- attachments (File) ----

const fileColumns = {
	id: attachments.id,
	itemId: attachments.agendaItemId,
	meetingId: meetings.id,
	title: attachments.title,
	url: attachments.url,
	created: meetings.createdAt,
	modified: meetingModified
};

/** Attachments with an address, of readable items in public meetings. */
export async function fileRows(db: Db, where: { id?: number; itemIds?: number[]; filters?: ListFilters; page?: Page }) {
	if (where.itemIds && where.itemIds.length === 0) return { rows: [], total: 0 };
	const condition = and(
		publicMeeting(),
		readableItem(),
		isNotNull(attachments.url),
		gt(sql`length(${attachments.url})`, 0),
		where.id !== undefined ? eq(attachments.id, where.id) : undefined,
		where.itemIds ? inArray(attachments.agendaItemId, where.itemIds) : undefined,
		where.filters ? filterSql(where.filters, meetings.createdAt, meetingModified) : undefined
	);
	const from = () =>
		db
			.select(fileColumns)
			.from(attachments)
			.innerJoin(agendaItems, eq(agendaItems.id, attachments.agendaItemId))
			.innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
			.where(condition);
	const rows = where.page
		? await from().orderBy(asc(attachments.id)).limit(where.page.limit).offset(where.page.offset)
		: await from().orderBy(asc(attachments.agendaItemId), asc(attachments.position));
	const total = where.page
		? Number(
				(
					await db
						.select({ n: sql<number>`count(*)` })
						.from(attachments)
						.innerJoin(agendaItems, eq(agendaItems.id, attachments.agendaItemId))
						.innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
						.where(condition)
				)[0].n
			)
		: rows.length;
	return { rows: rows.map((r) => ({ ...r, url: r.url as string })), total };
}
export type FileRow = Awaited<ReturnType<typeof fileRows>>['rows'][number];

// ---- cases (Paper) and their steps (Consultation) ----

const caseColumns = {
	id: cases.id,
	slug: cases.slug,
	title: cases.title,
	description: cases.description,
	deadline: cases.deadline,
	periodId: cases.agreementPeriodId,
	created: cases.createdAt,
	modified: caseModified
};

export async function caseRows(db: Db, where: { id?: number; filters?: ListFilters; page?: Page }) {
	const condition = and(
		where.id !== undefined ? eq(cases.id, where.id) : undefined,
		where.filters ? filterSql(where.filters, cases.createdAt, caseModified) : undefined
	);
	const base = db.select(caseColumns).from(cases).where(condition);
	const rows = where.page
		? await base.orderBy(asc(cases.id)).limit(where.page.limit).offset(where.page.offset)
		: await base.orderBy(asc(cases.id));
	const total = where.page ? Number((await db.select({ n: sql<number>`count(*)` }).from(cases).where(condition))[0].n) : rows.length;
	return { rows, total };
}
export type CaseRow = Awaited<ReturnType<typeof caseRows>>['rows'][number];

/**
 * Steps of cases as the case page shows them: the body always; the meeting only when the public may open it; the
 * item only when it is readable too (a closed item's step names the meeting, not the item).
 */
export async function stepRows(db: Db, where: { id?: number; caseIds?: number[]; filters?: ListFilters; page?: Page }) {
	if (where.caseIds && where.caseIds.length === 0) return { rows: [], total: 0 };
	const condition = and(
		where.id !== undefined ? eq(caseSteps.id, where.id) : undefined,
		where.caseIds ? inArray(caseSteps.caseId, where.caseIds) : undefined,
		where.filters ? filterSql(where.filters, cases.createdAt, caseModified) : undefined
	);
	const base = db
		.select({
			id: caseSteps.id,
			caseId: caseSteps.caseId,
			position: caseSteps.position,
			bodyId: caseSteps.bodyId,
			meetingId: caseSteps.meetingId,
			itemId: caseSteps.agendaItemId,
			status: caseSteps.status,
			dueOn: caseSteps.dueOn,
			note: caseSteps.note,
			created: cases.createdAt,
			modified: caseModified
		})
		.from(caseSteps)
		.innerJoin(cases, eq(cases.id, caseSteps.caseId))
		.where(condition);
	const raw = where.page
		? await base.orderBy(asc(caseSteps.id)).limit(where.page.limit).offset(where.page.offset)
		: await base.orderBy(asc(caseSteps.caseId), asc(caseSteps.position));
	const total = where.page
		? Number(
				(await db.select({ n: sql<number>`count(*)` }).from(caseSteps).innerJoin(cases, eq(cases.id, caseSteps.caseId)).where(condition))[0].n
			)
		: raw.length;
	const meetingIds = [...new Set(raw.map((r) => r.meetingId).filter((id): id is number => id !== null))];
	const itemIds = [...new Set(raw.map((r) => r.itemId).filter((id): id is number => id !== null))];
	const openMeetings = new Set(
		meetingIds.length
			? (await db.select({ id: meetings.id }).from(meetings).where(and(inArray(meetings.id, meetingIds), publicMeeting()))).map((r) => r.id)
			: []
	);
	const readableItems = new Set(
		itemIds.length
			? (
					await db
						.select({ id: agendaItems.id })
						.from(agendaItems)
						.innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
						.where(and(inArray(agendaItems.id, itemIds), publicMeeting(), readableItem()))
				).map((r) => r.id)
			: []
	);
	const rows = raw.map((r) => ({
		...r,
		meetingId: r.meetingId !== null && openMeetings.has(r.meetingId) ? r.meetingId : null,
		itemId: r.itemId !== null && readableItems.has(r.itemId) ? r.itemId : null
	}));
	return { rows, total };
}
export type StepRow = Awaited<ReturnType<typeof stepRows>>['rows'][number];

/** The consultation (case step) of each readable item, for AgendaItem.consultation. */
export async function stepsOfItems(db: Db, itemIds: number[]): Promise<Map<number, number>> {
	if (itemIds.length === 0) return new Map();
	const rows = await db
		.select({ id: caseSteps.id, itemId: caseSteps.agendaItemId })
		.from(caseSteps)
		.where(inArray(caseSteps.agendaItemId, itemIds))
		.orderBy(asc(caseSteps.id));
	const map = new Map<number, number>();
	for (const r of rows) if (r.itemId !== null && !map.has(r.itemId)) map.set(r.itemId, r.id);
	return map;
}

// ---- extensions: offers and tariff rules ----

export async function offerRows(db: Db, id?: number) {
	return db
		.select({
			id: offers.id,
			slug: offers.slug,
			name: offers.name,
			operatorId: offers.operatorId,
			operatorNote: offers.operatorNote,
			targetGroup: offers.targetGroup,
			legalBasis: offers.legalBasis,
			places: offers.places,
			occupancyPercent: offers.occupancyPercent,
			category: offers.category,
			mostSpecialised: offers.mostSpecialised,
			secureUnit: offers.secureUnit,
			specialEducationAnnex: offers.specialEducationAnnex,
			coverage: offers.coverage,
			status: offers.status,
			description: offers.description,
			contact: offers.contact,
			updatedAt: offers.updatedAt
		})
		.from(offers)
		.where(id !== undefined ? eq(offers.id, id) : undefined)
		.orderBy(asc(offers.id));
}
export type OfferRow = Awaited<ReturnType<typeof offerRows>>[number];

export async function tariffRuleRows(db: Db, id?: number) {
	const rules = await db
		.select({ id: tariffRules.id, slug: tariffRules.slug, title: tariffRules.title, section: tariffRules.section })
		.from(tariffRules)
		.where(id !== undefined ? eq(tariffRules.id, id) : undefined)
		.orderBy(asc(tariffRules.id));
	const ids = rules.map((r) => r.id);
	const versions = ids.length
		? await db
				.select({
					ruleId: tariffRuleVersions.ruleId,
					version: tariffRuleVersions.version,
					text: tariffRuleVersions.text,
					parameters: tariffRuleVersions.parameters,
					effectiveFrom: tariffRuleVersions.effectiveFrom,
					effectiveTo: tariffRuleVersions.effectiveTo,
					periodId: tariffRuleVersions.agreementPeriodId,
					decisionId: tariffRuleVersions.decisionId,
					createdAt: tariffRuleVersions.createdAt
				})
				.from(tariffRuleVersions)
				.where(inArray(tariffRuleVersions.ruleId, ids))
				.orderBy(asc(tariffRuleVersions.ruleId), asc(tariffRuleVersions.version))
		: [];
	return rules.map((r) => ({ ...r, versions: versions.filter((v) => v.ruleId === r.id) }));
}
export type TariffRuleRow = Awaited<ReturnType<typeof tariffRuleRows>>[number];
