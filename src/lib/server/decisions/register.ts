// The decisions register (/beslutninger): every decision the viewer may see, newest first, filtered on the server
// by body, period, kind, what it touches and free text, a page at a time. Filters come from the address, so the
// page works without JavaScript and a filtered list can be shared as a link.
import { and, asc, count, desc, eq, gte, inArray, lt, sql, type SQL } from 'drizzle-orm';
import {
	agendaItems,
	bodies,
	decisionFocusAreas,
	decisionKind,
	decisionMunicipalities,
	decisionNetworkGroups,
	decisionOffers,
	decisionTariffRules,
	decisions,
	focusAreas,
	meetings,
	municipalities,
	networkGroups,
	offers,
	tariffRules
} from '../db/schema';
import type { Db } from '../db/types';
import type { SessionUser } from '../auth/session';
import { openMeetingCondition, readableItemCondition } from '../meetings/visibility';
import { loadDecisions, type LinkedRef } from '../meetings/meeting-page';
import type { BodyRef, DecisionKind } from '../meetings/meetings';
import { excerpt } from './decisions';
import { parseIsoDate, addDays } from '../tariffs/calculators/dates';
import { copenhagenInstant } from '../meetings/manage';
import { m } from '$lib/paraglide/messages';

export const PAGE_SIZE = 25;

/** The filters as they stand in the address (`?organ=styregruppen&fra=2022-01-01&q=takst`). */
export const FILTER_PARAMS = ['organ', 'fra', 'til', 'type', 'tilbud', 'takstregel', 'fokusomraade', 'netvaerksgruppe', 'kommune', 'q', 'side'] as const;
export type FilterParam = (typeof FILTER_PARAMS)[number];

export interface RegisterFilters {
	organ: string | null;
	fra: string | null;
	til: string | null;
	type: DecisionKind | null;
	tilbud: string | null;
	takstregel: string | null;
	fokusomraade: string | null;
	netvaerksgruppe: string | null;
	kommune: string | null;
	q: string | null;
	side: number;
}

export interface FilterOption {
	value: string;
	label: string;
}

export interface FilterOptions {
	bodies: FilterOption[];
	kinds: readonly DecisionKind[];
	offers: FilterOption[];
	tariffRules: FilterOption[];
	focusAreas: FilterOption[];
	networkGroups: FilterOption[];
	municipalities: FilterOption[];
}

export interface RegisterRow {
	id: number;
	kind: DecisionKind;
	excerpt: string;
	meeting: { id: number; startsAt: Date };
	body: BodyRef;
	item: { number: string; title: string };
	links: { offers: LinkedRef[]; tariffRules: LinkedRef[]; focusAreas: LinkedRef[]; networkGroups: LinkedRef[]; municipalities: LinkedRef[] };
}

export interface RegisterPage {
	filters: RegisterFilters;
	options: FilterOptions;
	rows: RegisterRow[];
	total: number;
	pages: number;
}

export type FilterResult = { ok: true; filters: RegisterFilters } | { ok: false; field: FilterParam; message: string };

/** The choices of the filter form as a JSON array of {value, label}. */
const choices = (value: SQL, label: SQL, from: SQL, order: SQL) =>
	sql`coalesce((select json_agg(json_build_object('value', ${value}, 'label', ${label}) order by ${order}) from ${from}), '[]')`;

/** Every filter's choices, in one statement (one round trip on every register request, not six). */
export async function filterOptions(db: Db): Promise<FilterOptions> {
	const [row] = await db.execute<Omit<FilterOptions, 'kinds'>>(sql`select
		${choices(sql`slug`, sql`name`, sql`bodies`, sql`name`)} as bodies,
		${choices(sql`slug`, sql`name`, sql`offers`, sql`name`)} as offers,
		${choices(sql`slug`, sql`title`, sql`tariff_rules`, sql`position`)} as "tariffRules",
		${choices(sql`slug`, sql`period_label || ': ' || number || '. ' || title`, sql`focus_areas`, sql`agreement_period_id, number`)} as "focusAreas",
		${choices(sql`b.slug`, sql`b.name`, sql`network_groups g join bodies b on b.id = g.body_id`, sql`b.name`)} as "networkGroups",
		${choices(sql`slug`, sql`name`, sql`municipalities`, sql`kind, name`)} as municipalities`);
	return { ...row, kinds: decisionKind.enumValues };
}

const NAMES: Record<FilterParam, () => string> = {
	organ: m.register_name_organ,
	fra: m.register_name_fra,
	til: m.register_name_til,
	type: m.register_name_type,
	tilbud: m.register_name_tilbud,
	takstregel: m.register_name_takstregel,
	fokusomraade: m.register_name_fokusomraade,
	netvaerksgruppe: m.register_name_netvaerksgruppe,
	kommune: m.register_name_kommune,
	q: m.register_name_q,
	side: m.register_name_side
};

/** Reads the filters from the address; an unknown value is named in Danish rather than silently dropped. */
export function parseFilters(params: URLSearchParams, options: FilterOptions): FilterResult {
	const get = (name: FilterParam) => params.get(name)?.trim() || null;
	const known = (name: FilterParam, list: FilterOption[]): FilterResult | string | null => {
		const value = get(name);
		if (value === null) return null;
		if (!list.some((o) => o.value === value)) return { ok: false, field: name, message: m.register_error_unknown({ name: NAMES[name](), value: value.slice(0, 80) }) };
		return value;
	};
	const checks = {
		organ: known('organ', options.bodies),
		tilbud: known('tilbud', options.offers),
		takstregel: known('takstregel', options.tariffRules),
		fokusomraade: known('fokusomraade', options.focusAreas),
		netvaerksgruppe: known('netvaerksgruppe', options.networkGroups),
		kommune: known('kommune', options.municipalities)
	};
	for (const value of Object.values(checks)) if (value && typeof value === 'object') return value;
	const dates: Record<'fra' | 'til', string | null> = { fra: null, til: null };
	for (const name of ['fra', 'til'] as const) {
		const raw = get(name);
		if (raw === null) continue;
		const date = parseIsoDate(raw);
		if (!date) return { ok: false, field: name, message: m.register_error_date({ name: NAMES[name](), value: raw.slice(0, 40) }) };
		dates[name] = date;
	}
	if (dates.fra && dates.til && dates.til < dates.fra) return { ok: false, field: 'til', message: m.register_error_order() };
	const kindRaw = get('type');
	const kind = options.kinds.find((k) => k === kindRaw) ?? null;
	if (kindRaw && !kind) return { ok: false, field: 'type', message: m.register_error_unknown({ name: NAMES.type(), value: kindRaw.slice(0, 40) }) };
	const sideRaw = get('side');
	const side = sideRaw === null ? 1 : /^\d{1,6}$/.test(sideRaw) && Number(sideRaw) >= 1 ? Number(sideRaw) : null;
	if (side === null) return { ok: false, field: 'side', message: m.register_error_page({ value: sideRaw!.slice(0, 20) }) };
	const q = get('q');
	if (q && q.length > 200) return { ok: false, field: 'q', message: m.register_error_text() };
	const value = (v: unknown) => (typeof v === 'string' ? v : null);
	return {
		ok: true,
		filters: {
			organ: value(checks.organ),
			tilbud: value(checks.tilbud),
			takstregel: value(checks.takstregel),
			fokusomraade: value(checks.fokusomraade),
			netvaerksgruppe: value(checks.netvaerksgruppe),
			kommune: value(checks.kommune),
			fra: dates.fra,
			til: dates.til,
			type: kind,
			q,
			side
		}
	};
}

/** Danish full-text search: stems as the search columns do ("tilbuddene" finds "tilbud"); quotes and - as on the web. */
const textQuery = (text: string) => sql`websearch_to_tsquery('danish', ${text})`;

function conditions(viewer: SessionUser | null, f: RegisterFilters): (SQL | undefined)[] {
	return [
		openMeetingCondition(viewer),
		readableItemCondition(viewer),
		f.organ ? eq(bodies.slug, f.organ) : undefined,
		f.fra ? gte(meetings.startsAt, copenhagenInstant(f.fra, '00:00')) : undefined,
		f.til ? lt(meetings.startsAt, copenhagenInstant(addDays(f.til, 1), '00:00')) : undefined,
		f.type ? eq(decisions.kind, f.type) : undefined,
		f.tilbud
			? sql`exists (select 1 from ${decisionOffers} join ${offers} on ${offers.id} = ${decisionOffers.offerId} where ${decisionOffers.decisionId} = ${decisions.id} and ${offers.slug} = ${f.tilbud})`
			: undefined,
		f.takstregel
			? sql`exists (select 1 from ${decisionTariffRules} join ${tariffRules} on ${tariffRules.id} = ${decisionTariffRules.tariffRuleId} where ${decisionTariffRules.decisionId} = ${decisions.id} and ${tariffRules.slug} = ${f.takstregel})`
			: undefined,
		f.fokusomraade
			? sql`exists (select 1 from ${decisionFocusAreas} join ${focusAreas} on ${focusAreas.id} = ${decisionFocusAreas.focusAreaId} where ${decisionFocusAreas.decisionId} = ${decisions.id} and ${focusAreas.slug} = ${f.fokusomraade})`
			: undefined,
		f.netvaerksgruppe
			? sql`exists (select 1 from ${decisionNetworkGroups} join ${networkGroups} on ${networkGroups.id} = ${decisionNetworkGroups.networkGroupId} join ${bodies} nb on nb.id = ${networkGroups.bodyId} where ${decisionNetworkGroups.decisionId} = ${decisions.id} and nb.slug = ${f.netvaerksgruppe})`
			: undefined,
		f.kommune
			? sql`exists (select 1 from ${decisionMunicipalities} join ${municipalities} on ${municipalities.id} = ${decisionMunicipalities.municipalityId} where ${decisionMunicipalities.decisionId} = ${decisions.id} and ${municipalities.slug} = ${f.kommune})`
			: undefined,
	];
}

/**
 * The free text matches the decision's own words or its item's (title above the rest). As two branches of a union,
 * so each can use its own GIN index or walk the dates, whichever the planner finds cheaper for the word.
 */
const textBranches = (q: string) => [sql`${decisions.searchVector} @@ ${textQuery(q)}`, sql`${agendaItems.searchVector} @@ ${textQuery(q)}`];

const fromJoined = sql`${decisions} inner join ${agendaItems} on ${agendaItems.id} = ${decisions.agendaItemId} inner join ${meetings} on ${meetings.id} = ${agendaItems.meetingId} inner join ${bodies} on ${bodies.id} = ${meetings.bodyId}`;
const newestFirst = sql`${meetings.startsAt} desc, ${agendaItems.position}, ${decisions.position}, ${decisions.id}`;

/**
 * Counts for anonymous readers, kept a few seconds: counting 100,000 decisions costs far more than the page itself,
 * and the public register is read much more often than minutes are published. Signed-in viewers always count anew.
 */
const COUNT_TTL_MS = 10_000;
const counts = new WeakMap<Db, Map<string, { total: number; at: number }>>();

/** Drops the kept counts (e.g. right after publishing), so the next page counts anew. */
export function forgetRegisterCounts(db: Db) {
	counts.delete(db);
}

async function countDecisions(db: Db, viewer: SessionUser | null, filters: RegisterFilters, where: SQL | undefined): Promise<number> {
	const key = JSON.stringify({ ...filters, side: 0 });
	const kept = viewer ? undefined : counts.get(db)?.get(key);
	if (kept && Date.now() - kept.at < COUNT_TTL_MS) return kept.total;
	let total: number;
	if (filters.q) {
		const [a, b] = textBranches(filters.q).map((match) => sql`select ${decisions.id} from ${fromJoined} where ${and(where, match)}`);
		const [row] = await db.execute<{ n: number }>(sql`select count(*)::int as n from (${a} union ${b}) matched`);
		total = row.n;
	} else {
		const [row] = await db
			.select({ n: count() })
			.from(decisions)
			.innerJoin(agendaItems, eq(agendaItems.id, decisions.agendaItemId))
			.innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
			.innerJoin(bodies, eq(bodies.id, meetings.bodyId))
			.where(where);
		total = row.n;
	}
	if (!viewer) {
		const map = counts.get(db) ?? new Map();
		if (map.size >= 1000) map.delete(map.keys().next().value!); // the oldest first
		map.set(key, { total, at: Date.now() });
		counts.set(db, map);
	}
	return total;
}

/** The ids of one page, newest first; with free text, the union of the two branches, each cut at the page's end. */
async function pageIds(db: Db, filters: RegisterFilters, where: SQL | undefined): Promise<number[] | null> {
	if (!filters.q) return null;
	const offset = (filters.side - 1) * PAGE_SIZE;
	const branches = textBranches(filters.q).map(
		(match) =>
			sql`(select ${decisions.id} as id, ${meetings.startsAt} as starts_at, ${agendaItems.position} as item_position, ${decisions.position} as position from ${fromJoined} where ${and(where, match)} order by ${newestFirst} limit ${offset + PAGE_SIZE})`
	);
	const rows = await db.execute<{ id: number }>(
		sql`select id from (${branches[0]} union ${branches[1]}) matched order by starts_at desc, item_position, position, id limit ${PAGE_SIZE} offset ${offset}`
	);
	return rows.map((r) => r.id);
}

/** One page of the register for the viewer; closed items and unpublished meetings as the policy says. */
export async function registerPage(db: Db, viewer: SessionUser | null, filters: RegisterFilters, options: FilterOptions): Promise<RegisterPage> {
	const where = and(...conditions(viewer, filters));
	const [total, ids] = await Promise.all([countDecisions(db, viewer, filters, where), pageIds(db, filters, where)]);
	const query = db
		.select({
			id: decisions.id,
			kind: decisions.kind,
			text: decisions.text,
			itemId: agendaItems.id,
			meeting: { id: meetings.id, startsAt: meetings.startsAt },
			body: { id: bodies.id, slug: bodies.slug, name: bodies.name, shortName: bodies.shortName },
			item: { number: agendaItems.number, title: agendaItems.title }
		})
		.from(decisions)
		.innerJoin(agendaItems, eq(agendaItems.id, decisions.agendaItemId))
		.innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
		.innerJoin(bodies, eq(bodies.id, meetings.bodyId))
		.orderBy(desc(meetings.startsAt), asc(agendaItems.position), asc(decisions.position), asc(decisions.id));
	// The ids were already chosen under the same conditions; without free text the page is one ordered query.
	const rows =
		ids === null
			? await query.where(where).limit(PAGE_SIZE).offset((filters.side - 1) * PAGE_SIZE)
			: ids.length === 0
				? []
				: await query.where(inArray(decisions.id, ids));
	const byItem = await loadDecisions(db, [...new Set(rows.map((r) => r.itemId))]);
	return {
		filters,
		options,
		total,
		pages: Math.max(1, Math.ceil(total / PAGE_SIZE)),
		rows: rows.map(({ text, itemId, ...r }) => {
			const view = byItem.get(itemId)?.find((d) => d.id === r.id);
			return {
				...r,
				excerpt: excerpt(text),
				links: {
					offers: view?.offers ?? [],
					tariffRules: view?.tariffRules ?? [],
					focusAreas: view?.focusAreas ?? [],
					networkGroups: view?.networkGroups ?? [],
					municipalities: view?.municipalities ?? []
				}
			};
		})
	};
}

/**
 * The page links to show: the first and last, and two either side of the current one (100,000 decisions make
 * 4,000 pages; a link to each would bury the list for keyboard and screen-reader users). Gaps are `null`.
 */
export function pageWindow(side: number, pages: number): (number | null)[] {
	const shown = [...new Set([1, side - 2, side - 1, side, side + 1, side + 2, pages])].filter((p) => p >= 1 && p <= pages).sort((a, b) => a - b);
	return shown.flatMap((p, i) => (i > 0 && p - shown[i - 1] > 1 ? [null, p] : [p]));
}

/** The address of another page of the same filtered list. */
export function pageHref(filters: RegisterFilters, side: number): string {
	const params = new URLSearchParams();
	for (const name of FILTER_PARAMS) {
		const value = name === 'side' ? (side > 1 ? String(side) : null) : filters[name];
		if (value) params.set(name, String(value));
	}
	const query = params.toString();
	return query ? `/beslutninger?${query}` : '/beslutninger';
}
