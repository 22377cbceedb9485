// The OParl API's one entry: a path under /oparl and its query → the JSON to answer. Thin route, all here.
import type { Db } from '../db/types';
import { m } from '$lib/paraglide/messages';
import { OparlError, badRequest, closedItem, notFound } from './errors';
import { parseListQuery, passes, type ListQuery } from './params';
import * as rows from './rows';
import * as o from './objects';
import { BODY_KEY, oparlUrls, type OparlUrls } from './urls';

type Json = Record<string, unknown>;
export type OparlResult = { status: 200; body: Json } | { status: 400 | 404; body: { error: string; status: number } };

interface Ctx {
	db: Db;
	origin: string;
	urls: OparlUrls;
	params: URLSearchParams;
	stamp: () => Promise<o.Stamp>;
}

export async function oparl(db: Db, origin: string, path: string, params: URLSearchParams): Promise<OparlResult> {
	const urls = oparlUrls(origin);
	let stamp: Promise<o.Stamp> | undefined;
	const ctx: Ctx = {
		db,
		origin,
		urls,
		params,
		stamp: () => (stamp ??= rows.referenceDataTime(db).then((at) => ({ created: at, modified: at })))
	};
	try {
		return { status: 200, body: await route(ctx, path.split('/').filter(Boolean)) };
	} catch (e) {
		if (e instanceof OparlError) return { status: e.status, body: { error: e.message, status: e.status } };
		throw e;
	}
}

/** A positive integer id from the path, or 404 (not 400: an address that names nothing is simply not there). */
function idOf(segment: string | undefined): number {
	if (!segment || !/^\d{1,9}$/.test(segment) || Number(segment) < 1) throw notFound();
	return Number(segment);
}

async function route(ctx: Ctx, p: string[]): Promise<Json> {
	const [kind, key, list, ...rest] = p;
	if (rest.length > 0) throw notFound();
	if (!kind) return o.system(ctx.urls, ctx.origin, await ctx.stamp());
	if (kind === 'body' && !key) return paged(ctx, ctx.urls.bodyList, async () => [await bodyObject(ctx)]);
	if (kind === 'body') {
		if (key !== BODY_KEY) throw notFound();
		if (!list) return bodyObject(ctx);
		return bodyList(ctx, list);
	}
	if (list) throw notFound();
	if (kind === 'tilbud' && !key) return paged(ctx, ctx.urls.offerList, () => offers(ctx));
	if (kind === 'takstregler' && !key) return paged(ctx, ctx.urls.tariffRuleList, () => tariffRules(ctx));
	if (!key) throw notFound();
	const one = async (items: Json[]) => {
		if (items.length === 0) throw notFound();
		return items[0];
	};
	switch (kind) {
		case 'organization':
			return one((await organizations(ctx)).filter((x) => x.id === ctx.urls.organization(key)));
		case 'person':
			return one(await persons(ctx, idOf(key)));
		case 'membership':
			return one(await membershipObjects(ctx, idOf(key)));
		case 'legislativeTerm':
			return one((await terms(ctx)).filter((x) => x.id === ctx.urls.legislativeTerm(idOf(key))));
		case 'meeting':
			return one(await meetingObjects(ctx, (await rows.meetingRows(ctx.db, { id: idOf(key) })).rows));
		case 'agendaItem': {
			const id = idOf(key);
			const found = await itemObjects(ctx, (await rows.readableItemRows(ctx.db, { id })).rows);
			if (found.length === 0 && (await rows.isClosedPublicItem(ctx.db, id))) throw closedItem();
			return one(found);
		}
		case 'paper':
			return one(await paperObjects(ctx, (await rows.caseRows(ctx.db, { id: idOf(key) })).rows));
		case 'consultation':
			return one((await rows.stepRows(ctx.db, { id: idOf(key) })).rows.map((s) => o.consultation(ctx.urls, s)));
		case 'file':
			return one((await rows.fileRows(ctx.db, { id: idOf(key) })).rows.map((f) => o.file(ctx.urls, f)));
		case 'tilbud':
			return one(await offers(ctx, idOf(key)));
		case 'takstregler':
			return one(await tariffRules(ctx, idOf(key)));
	}
	throw notFound();
}

async function bodyObject(ctx: Ctx): Promise<Json> {
	return o.body(ctx.urls, ctx.origin, await ctx.stamp(), await terms(ctx));
}

async function bodyList(ctx: Ctx, list: string): Promise<Json> {
	const url = ctx.urls.bodyList_(list);
	switch (list) {
		case 'organization':
			return paged(ctx, url, () => organizations(ctx));
		case 'person':
			return paged(ctx, url, () => persons(ctx));
		case 'membership':
			return paged(ctx, url, () => membershipObjects(ctx));
		case 'legislativeTerm':
			return paged(ctx, url, () => terms(ctx));
		case 'meeting':
			return pagedSql(ctx, url, async (filters, page) => {
				const r = await rows.meetingRows(ctx.db, { filters, page });
				return { total: r.total, data: await meetingObjects(ctx, r.rows) };
			});
		case 'agendaItem':
			return pagedSql(ctx, url, async (filters, page) => {
				const r = await rows.readableItemRows(ctx.db, { filters, page });
				return { total: r.total, data: await itemObjects(ctx, r.rows) };
			});
		case 'paper':
			return pagedSql(ctx, url, async (filters, page) => {
				const r = await rows.caseRows(ctx.db, { filters, page });
				return { total: r.total, data: await paperObjects(ctx, r.rows) };
			});
		case 'consultation':
			return pagedSql(ctx, url, async (filters, page) => {
				const r = await rows.stepRows(ctx.db, { filters, page });
				return { total: r.total, data: r.rows.map((s) => o.consultation(ctx.urls, s)) };
			});
		case 'file':
			return pagedSql(ctx, url, async (filters, page) => {
				const r = await rows.fileRows(ctx.db, { filters, page });
				return { total: r.total, data: r.rows.map((f) => o.file(ctx.urls, f)) };
			});
	}
	throw notFound();
}

// ---- lists and pages ----

function listPage(ctx: Ctx, url: string, query: ListQuery, total: number, data: Json[]): Json {
	const totalPages = Math.max(1, Math.ceil(total / query.limit));
	if (query.page > totalPages) throw badRequest(m.oparl_error_page_beyond({ page: query.page, pages: totalPages }));
	const href = (page: number) => {
		const params = new URLSearchParams(ctx.params);
		params.delete('elementsPerPage');
		if (query.limit !== 100 || ctx.params.has('limit') || ctx.params.has('elementsPerPage')) params.set('limit', String(query.limit));
		if (page > 1) params.set('page', String(page));
		else params.delete('page');
		const search = params.toString();
		return search ? `${url}?${search}` : url;
	};
	const links: Json = { first: href(1), self: href(query.page), last: href(totalPages) };
	if (query.page > 1) links.prev = href(query.page - 1);
	if (query.page < totalPages) links.next = href(query.page + 1);
	return {
		data,
		pagination: { totalElements: total, elementsPerPage: query.limit, currentPage: query.page, totalPages },
		links
	};
}

/** A small list read whole, filtered by its objects' `created`/`modified` and cut into pages in memory. */
async function paged(ctx: Ctx, url: string, load: () => Promise<Json[]>): Promise<Json> {
	const query = parseListQuery(ctx.params);
	const all = (await load()).filter((x) => passes(query.filters, new Date(x.created as string), new Date(x.modified as string)));
	const start = (query.page - 1) * query.limit;
	return listPage(ctx, url, query, all.length, all.slice(start, start + query.limit));
}

/** A list filtered and paged in the database (meetings, items, cases, steps, files can be many). */
async function pagedSql(
	ctx: Ctx,
	url: string,
	load: (filters: ListQuery['filters'], page: rows.Page) => Promise<{ total: number; data: Json[] }>
): Promise<Json> {
	const query = parseListQuery(ctx.params);
	const { total, data } = await load(query.filters, { offset: (query.page - 1) * query.limit, limit: query.limit });
	return listPage(ctx, url, query, total, data);
}

// ---- objects ----

async function terms(ctx: Ctx): Promise<Json[]> {
	const at = await ctx.stamp();
	return (await rows.allPeriods(ctx.db)).map((p) => o.legislativeTerm(ctx.urls, p, at));
}

async function membershipViews(ctx: Ctx): Promise<o.MembershipView[]> {
	const [list, munis] = await Promise.all([rows.allMemberships(ctx.db), rows.allMunicipalities(ctx.db)]);
	const slugOf = new Map(munis.map((x) => [x.id, x.slug]));
	return list.map((x) => ({
		id: x.id,
		bodyId: x.bodyId,
		personId: x.personId,
		onBehalfOf: slugOf.get(x.municipalityId ?? x.personMunicipalityId ?? -1) ?? null,
		role: x.role,
		validFrom: x.validFrom,
		validTo: x.validTo,
		note: x.note
	}));
}

async function membershipObjects(ctx: Ctx, id?: number): Promise<Json[]> {
	const at = await ctx.stamp();
	return (await membershipViews(ctx)).filter((x) => id === undefined || x.id === id).map((x) => o.membership(ctx.urls, x, at));
}

async function organizations(ctx: Ctx): Promise<Json[]> {
	const [at, bodyRows, munis, views] = await Promise.all([
		ctx.stamp(),
		rows.allBodies(ctx.db),
		rows.allMunicipalities(ctx.db),
		membershipViews(ctx)
	]);
	return [
		...bodyRows.map((b) => o.bodyOrganization(ctx.urls, b, views.filter((x) => x.bodyId === b.id).map((x) => x.id), at)),
		// A municipality's memberships: those it holds as such, not those of people from it.
		...munis.map((mu) =>
			o.municipalityOrganization(ctx.urls, mu, views.filter((x) => x.personId === null && x.onBehalfOf === mu.slug).map((x) => x.id), at)
		)
	];
}

async function persons(ctx: Ctx, id?: number): Promise<Json[]> {
	const [at, people, views] = await Promise.all([ctx.stamp(), rows.allPeople(ctx.db), membershipViews(ctx)]);
	return people
		.filter((p) => id === undefined || p.id === id)
		.map((p) =>
			o.person(
				ctx.urls,
				p,
				views.filter((x) => x.personId === p.id).map((x) => o.membership(ctx.urls, x, at)),
				at
			)
		);
}

async function itemObjects(ctx: Ctx, items: o.ItemOutline[]): Promise<Json[]> {
	const readable = items.filter((i) => !i.isClosed).map((i) => i.id);
	const [texts, decisions, files, steps] = await Promise.all([
		rows.itemTexts(ctx.db, readable),
		rows.decisionRows(ctx.db, { itemIds: readable }),
		rows.fileRows(ctx.db, { itemIds: readable }),
		rows.stepsOfItems(ctx.db, readable)
	]);
	return items.map((i) =>
		i.isClosed
			? o.closedAgendaItem(ctx.urls, i)
			: o.agendaItem(
					ctx.urls,
					i,
					texts.get(i.id),
					decisions.filter((d) => d.itemId === i.id),
					files.rows.filter((f) => f.itemId === i.id),
					steps.get(i.id)
				)
	);
}

async function meetingObjects(ctx: Ctx, meetings: rows.MeetingRow[]): Promise<Json[]> {
	const outlines = await rows.itemOutlines(ctx.db, meetings.map((x) => x.id));
	const items = await itemObjects(ctx, outlines);
	return meetings.map((mt) => o.meeting(ctx.urls, mt, items.filter((_, index) => outlines[index].meetingId === mt.id)));
}

async function paperObjects(ctx: Ctx, cases: rows.CaseRow[]): Promise<Json[]> {
	const steps = (await rows.stepRows(ctx.db, { caseIds: cases.map((c) => c.id) })).rows;
	return cases.map((c) => o.paper(ctx.urls, c, steps.filter((s) => s.caseId === c.id)));
}

async function offers(ctx: Ctx, id?: number): Promise<Json[]> {
	const [at, list, munis] = await Promise.all([ctx.stamp(), rows.offerRows(ctx.db, id), rows.allMunicipalities(ctx.db)]);
	const decisions = await rows.decisionRows(ctx.db, { offerIds: list.map((x) => x.id) });
	const slugOf = new Map(munis.map((x) => [x.id, x.slug]));
	return list.map((x) =>
		o.offer(
			ctx.urls,
			ctx.origin,
			x,
			x.operatorId !== null ? (slugOf.get(x.operatorId) ?? null) : null,
			decisions.filter((d) => d.offers.some((l) => l.offerId === x.id)),
			at
		)
	);
}

async function tariffRules(ctx: Ctx, id?: number): Promise<Json[]> {
	const [at, list] = await Promise.all([ctx.stamp(), rows.tariffRuleRows(ctx.db, id)]);
	const decisions = await rows.decisionRows(ctx.db, { tariffRuleIds: list.map((x) => x.id) });
	// A version may name a decision without a link row: read those too, still only public ones.
	const versionDecisionIds = list.flatMap((r) => r.versions.map((v) => v.decisionId)).filter((x): x is number => x !== null);
	const extra = versionDecisionIds.length ? await rows.decisionRows(ctx.db, { ids: versionDecisionIds }) : [];
	return list.map((r) =>
		o.tariffRule(
			ctx.urls,
			ctx.origin,
			r,
			decisions.filter((d) => d.tariffRules.some((l) => l.ruleId === r.id)),
			extra,
			at
		)
	);
}
