// The portal's search (/soeg): one Danish full-text query over published agenda items, decisions, offers, tariff
// rules, focus areas, initiatives and published annual reports, ranked (titles weigh more than bodies), with facets
// counted on the server and a page of hits with highlighted snippets. Visibility is the portal's: the viewer's
// open meetings and readable items (meetings/visibility.ts); a closed item the viewer may not read is found by its
// title only, and its text never reaches the snippet.
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/types';
import type { SessionUser } from '../auth/session';
import { openMeetingCondition, readableItemCondition } from '../meetings/visibility';
import { can } from '../auth/policy';
import { searchQuery } from './tsquery';
import { SEARCH_PAGE_SIZE, type SearchParams, type SearchType } from './params';
import { hitDetails, type SearchHit } from './hits';
import { suggestion } from './suggest';

export interface FacetValue {
	value: string;
	label: string;
	count: number;
}

export interface SearchResult {
	hits: SearchHit[];
	total: number;
	pages: number;
	facets: { type: FacetValue[]; organ: FacetValue[]; aar: FacetValue[]; tilbud: FacetValue[] };
	/** The text with a misspelt word replaced, when nothing was found. */
	suggestion: string | null;
	/** The words were all too common (stop words): nothing to search for. */
	onlyCommonWords: boolean;
}

export type SearchOutcome = { ok: true; result: SearchResult } | { ok: false; field: 'organ' | 'tilbud'; value: string };

interface MatchRow {
	type: SearchType;
	id: number;
	/** The date the hit is sorted by (the meeting's, a version's, an edit's). */
	date: Date | null;
}

const COPENHAGEN_YEAR = (column: SQL) => sql`extract(year from ${column} at time zone 'Europe/Copenhagen')::int`;

/** Every match the viewer may see, one row per hit, with what the facets and the sorting need. */
function matches(viewer: SessionUser | null, query: SQL): SQL {
	const open = openMeetingCondition(viewer) ?? sql`true`;
	const readableCondition = readableItemCondition(viewer);
	const readable = readableCondition ?? sql`true`;
	const itemYear = COPENHAGEN_YEAR(sql`meetings.starts_at`);
	const closedByTitle = readableCondition
		? sql`
		union all
		select 'moedepunkt', agenda_items.id, meetings.body_id, ${itemYear}, meetings.starts_at,
			ts_rank(setweight(to_tsvector('danish', agenda_items.title), 'A'), ${query})
		from agenda_items join meetings on meetings.id = agenda_items.meeting_id
		where agenda_items.is_closed and not (${readableCondition}) and ${open}
			and to_tsvector('danish', agenda_items.title) @@ ${query}`
		: sql``;
	return sql`
		select 'moedepunkt'::text as type, agenda_items.id, meetings.body_id, ${itemYear} as year,
			meetings.starts_at as date, ts_rank(agenda_items.rank_vector, ${query}) as rank
		from agenda_items join meetings on meetings.id = agenda_items.meeting_id
		where agenda_items.search_vector @@ ${query} and ${open} and ${readable}
		${closedByTitle}
		union all
		select 'beslutning', d.id, meetings.body_id, ${itemYear}, meetings.starts_at, ts_rank(d.search_vector, ${query})
		from decisions d join agenda_items on agenda_items.id = d.agenda_item_id join meetings on meetings.id = agenda_items.meeting_id
		where d.search_vector @@ ${query} and ${open} and ${readable}
		union all
		select 'tilbud', o.id, null, null, o.updated_at, ts_rank(o.search_vector, ${query})
		from offers o where o.search_vector @@ ${query}
		union all
		select 'takstregel', r.id, null, ${COPENHAGEN_YEAR(sql`v.effective_from::timestamp at time zone 'Europe/Copenhagen'`)},
			v.effective_from::timestamp at time zone 'Europe/Copenhagen', ts_rank(r.search_vector || coalesce(v.search_vector, ''::tsvector), ${query})
		from tariff_rules r
			left join lateral (select search_vector, effective_from from tariff_rule_versions where rule_id = r.id order by version desc limit 1) v on true
		where (r.search_vector || coalesce(v.search_vector, ''::tsvector)) @@ ${query}
		union all
		select 'fokusomraade', f.id, null, null, null, ts_rank(f.search_vector, ${query})
		from focus_areas f where f.search_vector @@ ${query}
		union all
		select 'initiativ', i.id, i.owner_body_id, null, i.updated_at, ts_rank(i.search_vector, ${query})
		from initiatives i where i.search_vector @@ ${query}
		union all
		select 'aarsrapport', r.id, g.body_id, r.year, coalesce(sg.starts_at, r.submitted_at),
			ts_rank(setweight(to_tsvector('danish', b.name), 'A') || r.search_vector, ${query})
		from annual_reports r join network_groups g on g.id = r.network_group_id join bodies b on b.id = g.body_id
			left join meetings sg on sg.id = r.sg_meeting_id
		where ${reportsVisible(viewer)}
			and (setweight(to_tsvector('danish', b.name), 'A') || r.search_vector) @@ ${query}`;
}

/**
 * The annual reports the viewer finds: the public (and anyone else) those on a steering-group meeting whose minutes
 * are published; the secretariat every report as last submitted (drafts live in their co-edited document until then).
 */
function reportsVisible(viewer: SessionUser | null): SQL {
	return can(viewer, 'report.manage')
		? sql`true`
		: sql`r.status = 'on_agenda' and sg.status = 'minutes_published' and sg.is_public`;
}

/** Searches as `viewer` (null: the public). An unknown body or offer slug is reported, not ignored. */
export async function searchPortal(db: Db, viewer: SessionUser | null, params: SearchParams): Promise<SearchOutcome> {
	const [bodyId, offerId] = await Promise.all([
		params.organ ? lookup(db, sql`select id from bodies where slug = ${params.organ}`) : null,
		params.tilbud ? lookup(db, sql`select id from offers where slug = ${params.tilbud}`) : null
	]);
	if (params.organ && bodyId === null) return { ok: false, field: 'organ', value: params.organ };
	if (params.tilbud && offerId === null) return { ok: false, field: 'tilbud', value: params.tilbud };

	const empty: SearchResult = {
		hits: [],
		total: 0,
		pages: 0,
		facets: { type: [], organ: [], aar: [], tilbud: [] },
		suggestion: null,
		onlyCommonWords: false
	};
	if (!params.q.trim()) return { ok: true, result: empty };
	// The query is built once and then passed as a constant: the planner estimates each branch from it (a hash join
	// for a common word, an index for a rare one), and no row evaluates websearch_to_tsquery again.
	const [{ nodes, tsquery }] = await db.execute<{ nodes: number; tsquery: string }>(
		sql`select numnode(websearch_to_tsquery('danish', ${params.q})) as nodes, (${searchQuery(params.q)})::text as tsquery`
	);
	if (Number(nodes) === 0) return { ok: true, result: { ...empty, onlyCommonWords: true } };
	const query = sql`${tsquery}::tsquery`;

	const filters = {
		type: params.type ? sql`type = ${params.type}` : sql`true`,
		organ: bodyId !== null ? sql`body_id = ${bodyId}` : sql`true`,
		aar: params.aar !== null ? sql`year = ${params.aar}` : sql`true`,
		tilbud:
			offerId !== null
				? sql`((type = 'tilbud' and id = ${offerId}) or (type = 'beslutning' and exists (select 1 from decision_offers o where o.decision_id = id and o.offer_id = ${offerId})))`
				: sql`true`
	};
	const except = (facet: keyof typeof filters) =>
		sql.join(
			(Object.keys(filters) as (keyof typeof filters)[]).filter((k) => k !== facet).map((k) => filters[k]),
			sql` and `
		);
	const all = sql.join(Object.values(filters), sql` and `);
	const order = params.sortering === 'dato' ? sql`date desc nulls last, rank desc` : sql`rank desc, date desc nulls last`;
	const offset = (params.side - 1) * SEARCH_PAGE_SIZE;

	// One statement: the matches once (materialized), then the page and the four facets over them.
	const statement = sql`
		with m as materialized (${matches(viewer, query)}),
		page as (select type, id, date, row_number() over () as n from (select type, id, date from m where ${all} order by ${order}, type, id limit ${SEARCH_PAGE_SIZE} offset ${offset}) p)
		select 'hit' as part, type, id, null as key, n::int as count, date from page
		union all select 'total', null, null, null, count(*)::int, null from m where ${all}
		union all select 'type', null, null, type, count(*)::int, null from m where ${except('type')} group by type
		union all select 'organ', null, null, body_id::text, count(*)::int, null from m where ${except('organ')} and body_id is not null group by body_id
		union all select 'aar', null, null, year::text, count(*)::int, null from m where ${except('aar')} and year is not null group by year
		union all select 'tilbud', null, null, offer_id::text, count(*)::int, null from (
			select o.offer_id from m join decision_offers o on m.type = 'beslutning' and o.decision_id = m.id where ${except('tilbud')}
			union all select id from m where type = 'tilbud' and ${except('tilbud')}) o group by offer_id`;
	// Without sequential scans: the planner prices `@@` on a scanned row as cheap, but each item's and decision's
	// vector is stored out of line and must be fetched and decompressed, while the GIN index answers the match
	// without reading it. For a word in most of the data this halves the search (docs/benchmarks.md).
	const rows = await db.transaction(async (tx) => {
		await tx.execute(sql`set local enable_seqscan = off`);
		return tx.execute<{ part: string; type: string | null; id: number | null; key: string | null; count: number; date: string | null }>(statement);
	});

	const page = rows
		.filter((r) => r.part === 'hit')
		.sort((a, b) => a.count - b.count)
		.map((r) => ({ type: r.type as SearchType, id: Number(r.id), date: r.date === null ? null : new Date(r.date) }) satisfies MatchRow);
	const total = Number(rows.find((r) => r.part === 'total')?.count ?? 0);
	const counts = (part: string) => rows.filter((r) => r.part === part).map((r) => ({ key: r.key!, count: Number(r.count) }));
	const [hits, labels, suggested] = await Promise.all([
		hitDetails(db, viewer, page, query),
		facetLabels(db, counts('organ').map((c) => Number(c.key)), counts('tilbud').map((c) => Number(c.key))),
		total === 0 ? suggestion(db, params.q) : null
	]);
	const byCount = (a: FacetValue, b: FacetValue) => b.count - a.count || a.label.localeCompare(b.label, 'da');
	return {
		ok: true,
		result: {
			hits,
			total,
			pages: Math.ceil(total / SEARCH_PAGE_SIZE),
			facets: {
				type: counts('type').map((c) => ({ value: c.key, label: c.key, count: c.count })),
				organ: counts('organ')
					.flatMap((c) => {
						const body = labels.bodies.get(Number(c.key));
						return body ? [{ value: body.slug, label: body.name, count: c.count }] : [];
					})
					.sort(byCount),
				aar: counts('aar')
					.map((c) => ({ value: c.key, label: c.key, count: c.count }))
					.sort((a, b) => Number(b.value) - Number(a.value)),
				tilbud: counts('tilbud')
					.flatMap((c) => {
						const offer = labels.offers.get(Number(c.key));
						return offer ? [{ value: offer.slug, label: offer.name, count: c.count }] : [];
					})
					.sort(byCount)
					.slice(0, 15)
			},
			suggestion: suggested,
			onlyCommonWords: false
		}
	};
}

async function lookup(db: Db, query: SQL): Promise<number | null> {
	const [row] = await db.execute<{ id: number }>(query);
	return row ? Number(row.id) : null;
}

async function facetLabels(db: Db, bodyIds: number[], offerIds: number[]) {
	const [bodyRows, offerRows] = await Promise.all([
		bodyIds.length
			? db.execute<{ id: number; slug: string; name: string }>(sql`select id, slug, name from bodies where id in ${bodyIds}`)
			: [],
		offerIds.length
			? db.execute<{ id: number; slug: string; name: string }>(sql`select id, slug, name from offers where id in ${offerIds}`)
			: []
	]);
	return {
		bodies: new Map(bodyRows.map((r) => [Number(r.id), r])),
		offers: new Map(offerRows.map((r) => [Number(r.id), r]))
	};
}
