// A page of search hits made readable: title, where it belongs, and a snippet with the matched words marked
// (`ts_headline`). Marks come back as segments, never as HTML, so text from the database is always escaped.
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/types';
import type { SessionUser } from '../auth/session';
import { readableItemCondition } from '../meetings/visibility';
import { can } from '../auth/policy';
import type { SearchType } from './params';
import type { DecisionKind } from '../meetings/meetings';
import { itemAnchor } from '$lib/components/meetings/anchor';

export interface Segment {
	text: string;
	mark: boolean;
}

export interface SearchHit {
	type: SearchType;
	id: number;
	href: string;
	title: Segment[];
	snippet: Segment[];
	body: string | null;
	date: Date | null;
	kind: DecisionKind | null;
	year: number | null;
	/** A closed item the viewer may not read: found by its title, shown without text. */
	closed: boolean;
	/** The snippet is the decision's plain-language summary. */
	plainSummary: boolean;
}

const START = '\u27e6';
const STOP = '\u27e7';
const OPTIONS = `StartSel=${START}, StopSel=${STOP}, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "`;
const headline = (text: SQL, query: SQL) => sql`ts_headline('danish', ${text}, ${query}, ${OPTIONS})`;
const titleMarks = (text: SQL, query: SQL) => sql`ts_headline('danish', ${text}, ${query}, ${`StartSel=${START}, StopSel=${STOP}, HighlightAll=true`})`;

/** Splits ts_headline's output at its marks. */
export function segments(text: string | null): Segment[] {
	if (!text) return [];
	const out: Segment[] = [];
	for (const part of text.split(STOP)) {
		const at = part.indexOf(START);
		const before = at === -1 ? part : part.slice(0, at);
		if (before) out.push({ text: before, mark: false });
		if (at !== -1 && part.length > at + 1) out.push({ text: part.slice(at + 1), mark: true });
	}
	return out.map((s) => ({ text: s.text.replaceAll(START, '').replaceAll(STOP, ''), mark: s.mark }));
}

interface Row extends Record<string, unknown> {
	id: number;
	title: string;
	snippet: string | null;
	href: string;
	body: string | null;
	kind: DecisionKind | null;
	year: number | null;
	closed: boolean;
	summary: boolean;
}

function detailQuery(type: SearchType, ids: number[], viewer: SessionUser | null, query: SQL): SQL {
	const readable = readableItemCondition(viewer) ?? sql`true`;
	switch (type) {
		case 'moedepunkt':
			return sql`select agenda_items.id, ${titleMarks(sql`'Punkt ' || agenda_items.number || ': ' || agenda_items.title`, query)} as title,
					case when ${readable} then ${headline(sql`concat_ws(' ', agenda_items.beslutningstema, agenda_items.indstilling, agenda_items.sagsfremstilling, agenda_items.baggrund, agenda_items.droftelse, agenda_items.beslutning)`, query)} end as snippet,
					'/moeder/' || meetings.id || '#' || agenda_items.number as href, bodies.name as body,
					null as kind, null as year, not (${readable}) as closed, false as summary
				from agenda_items join meetings on meetings.id = agenda_items.meeting_id join bodies on bodies.id = meetings.body_id
				where agenda_items.id in ${ids}`;
		case 'beslutning':
			return sql`select d.id, ${titleMarks(sql`agenda_items.title`, query)} as title,
					${headline(sql`coalesce(nullif(d.plain_summary, ''), d.text)`, query)} as snippet,
					'/beslutninger/' || d.id as href, bodies.name as body, d.kind as kind, null as year,
					false as closed, d.plain_summary <> '' as summary
				from decisions d join agenda_items on agenda_items.id = d.agenda_item_id join meetings on meetings.id = agenda_items.meeting_id
					join bodies on bodies.id = meetings.body_id
				where d.id in ${ids} and ${readable}`;
		case 'tilbud':
			return sql`select id, ${titleMarks(sql`name`, query)} as title, ${headline(sql`concat_ws(' ', target_group, description)`, query)} as snippet,
					'/tilbud/' || slug as href, null as body, null as kind, null as year, false as closed, false as summary
				from offers where id in ${ids}`;
		case 'takstregel':
			return sql`select r.id, ${titleMarks(sql`r.title`, query)} as title, ${headline(sql`coalesce(v.text, r.section)`, query)} as snippet,
					'/takstregler/' || r.slug as href, r.section as body, null as kind, null as year, false as closed, false as summary
				from tariff_rules r left join lateral (select text from tariff_rule_versions where rule_id = r.id order by version desc limit 1) v on true
				where r.id in ${ids}`;
		case 'fokusomraade':
			return sql`select id, ${titleMarks(sql`title`, query)} as title, ${headline(sql`concat_ws(' ', goal, content, desired_results)`, query)} as snippet,
					'/fokusomraader#' || slug as href, period_label as body, null as kind, null as year, false as closed, false as summary
				from focus_areas where id in ${ids}`;
		case 'initiativ':
			return sql`select id, ${titleMarks(sql`title`, query)} as title, ${headline(sql`concat_ws(' ', description, owner, resources)`, query)} as snippet,
					'/implementeringsplan/initiativer/' || id as href, nullif(owner, '') as body, null as kind, null as year,
					false as closed, false as summary
				from initiatives where id in ${ids}`;
		case 'aarsrapport':
			return sql`select r.id, ${titleMarks(sql`b.name`, query)} as title,
					${headline(sql`(select string_agg(value, ' ') from jsonb_each_text(r.content))`, query)} as snippet,
					${can(viewer, 'report.manage') ? sql`'/aarsrapporter/' || r.id` : sql`'/netvaerksgrupper/' || b.slug || '/aarsrapport/' || r.year`} as href,
					null as body, null as kind, r.year as year,
					false as closed, false as summary
				from annual_reports r join network_groups g on g.id = r.network_group_id join bodies b on b.id = g.body_id
				where r.id in ${ids}`;
	}
}

/** The page's hits in the order found, with titles, snippets and links. */
export async function hitDetails(db: Db, viewer: SessionUser | null, page: { type: SearchType; id: number; date: Date | null }[], query: SQL): Promise<SearchHit[]> {
	const types = [...new Set(page.map((h) => h.type))];
	const byType = await Promise.all(
		types.map(async (type) => {
			const ids = page.filter((h) => h.type === type).map((h) => h.id);
			const rows = await db.execute<Row>(detailQuery(type, ids, viewer, query));
			return rows.map((r) => [`${type}:${r.id}`, { type, row: r }] as const);
		})
	);
	const found = new Map(byType.flat());
	return page.flatMap(({ type, id, date }) => {
		const hit = found.get(`${type}:${id}`);
		if (!hit) return [];
		const r = hit.row;
		const href = type === 'moedepunkt' ? r.href.replace(/#(.*)$/, (_, n: string) => `#${itemAnchor(n)}`) : r.href;
		return [
			{
				type,
				id: Number(r.id),
				href,
				title: segments(r.title),
				snippet: r.closed ? [] : segments(r.snippet),
				body: r.body,
				date,
				kind: r.kind,
				year: r.year === null ? null : Number(r.year),
				closed: Boolean(r.closed),
				plainSummary: Boolean(r.summary)
			}
		];
	});
}
