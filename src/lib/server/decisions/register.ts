// The decisions register (/beslutninger): every decision the viewer may see, newest first, filtered on the server
// by body, period, kind, what it touches and free text, a page at a time. Filters come from the address, so the
// page works without JavaScript and a filtered list can be shared as a link.
import { and, asc, count, desc, eq, gte, ilike, lt, or, sql, type SQL } from 'drizzle-orm';
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

export async function filterOptions(db: Db): Promise<FilterOptions> {
	const [bodyRows, offerRows, ruleRows, focusRows, groupRows, municipalityRows] = await Promise.all([
		db.select({ value: bodies.slug, label: bodies.name }).from(bodies).orderBy(asc(bodies.name)),
		db.select({ value: offers.slug, label: offers.name }).from(offers).orderBy(asc(offers.name)),
		db.select({ value: tariffRules.slug, label: tariffRules.title }).from(tariffRules).orderBy(asc(tariffRules.position)),
		db
			.select({ value: focusAreas.slug, label: sql<string>`${focusAreas.periodLabel} || ': ' || ${focusAreas.number} || '. ' || ${focusAreas.title}` })
			.from(focusAreas)
			.orderBy(asc(focusAreas.agreementPeriodId), asc(focusAreas.number)),
		db
			.select({ value: bodies.slug, label: bodies.name })
			.from(networkGroups)
			.innerJoin(bodies, eq(bodies.id, networkGroups.bodyId))
			.orderBy(asc(bodies.name)),
		db.select({ value: municipalities.slug, label: municipalities.name }).from(municipalities).orderBy(asc(municipalities.kind), asc(municipalities.name))
	]);
	return {
		bodies: bodyRows,
		kinds: decisionKind.enumValues,
		offers: offerRows,
		tariffRules: ruleRows,
		focusAreas: focusRows,
		networkGroups: groupRows,
		municipalities: municipalityRows
	};
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

const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

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
		f.q ? or(ilike(decisions.text, likePattern(f.q)), ilike(agendaItems.title, likePattern(f.q))) : undefined
	];
}

/** One page of the register for the viewer; closed items and unpublished meetings as the policy says. */
export async function registerPage(db: Db, viewer: SessionUser | null, filters: RegisterFilters, options: FilterOptions): Promise<RegisterPage> {
	const where = and(...conditions(viewer, filters));
	const base = () =>
		db
			.select({ n: count() })
			.from(decisions)
			.innerJoin(agendaItems, eq(agendaItems.id, decisions.agendaItemId))
			.innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
			.innerJoin(bodies, eq(bodies.id, meetings.bodyId))
			.where(where);
	const [{ n: total }] = await base();
	const rows = await db
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
		.where(where)
		.orderBy(desc(meetings.startsAt), asc(agendaItems.position), asc(decisions.position), asc(decisions.id))
		.limit(PAGE_SIZE)
		.offset((filters.side - 1) * PAGE_SIZE);
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
