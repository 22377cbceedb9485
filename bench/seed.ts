// npm run bench:seed -- --decisions 100000 [--database rammeaftale_bench]
//
// (Re)creates a separate benchmark database on the PostgreSQL the app uses (bench/seed/cluster.ts), migrates it,
// loads the reference data and adds a realistic volume: meetings of every body from 2006 to now (~10–13 a year
// each), 5–15 agenda items a meeting, 1–3 decisions an item, Danish text from the domain's words, ~3 % closed items,
// ~2 % meetings not public, a few hundred offers and links from decisions to offers, municipalities, tariff rules
// and focus areas. The search columns are stored generated tsvectors and fill themselves; `published_at` is the
// meeting's time. Rows go in as column arrays (`insert … select from unnest(…)`), 10,000 a statement. Progress on
// stderr, one JSON line on stdout. Deterministic: the same arguments give the same data.
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { TZDate } from '@date-fns/tz';
import type postgres from 'postgres';
import { connect, applyMigrations } from '../src/lib/server/db/connect';
import { loadReferenceData } from '../src/lib/server/db/seed/reference-data';
import { argument, benchDatabaseProblem, DEFAULT_BENCH_DATABASE, openCluster } from './seed/cluster';
import { CLOSED_REASONS, decisionText, fill, KINDS, OFFER_KINDS, paragraph, PLACE_NAMES, prng, sentence, TITLE_TEMPLATES, type Kind } from './seed/words';

process.chdir(path.resolve(import.meta.dirname, '..'));
const started = performance.now();
const log = (line: string) => process.stderr.write(`[bench:seed ${((performance.now() - started) / 1000).toFixed(1)} s] ${line}\n`);

const target = Number(argument('decisions') ?? 100_000);
const database = argument('database') ?? DEFAULT_BENCH_DATABASE;
if (!Number.isInteger(target) || target < 1 || target > 5_000_000) {
	process.stderr.write(`--decisions skal være et helt tal fra 1 til 5.000.000, ikke »${argument('decisions')}«.\n`);
	process.exit(2);
}
const BATCH = 10_000;
const OFFERS = 300;
const FIRST_DAY = new Date(Date.UTC(2006, 0, 2));
const LAST_DAY = new Date(Date.UTC(2026, 10, 20));

const cluster = await openCluster(log);
const problem = benchDatabaseProblem(database, cluster.appDatabase);
if (problem) {
	await cluster.close();
	process.stderr.write(problem + '\n');
	process.exit(2);
}

try {
	const admin = connect(cluster.url('postgres'), { max: 1 });
	await admin.sql.unsafe(`drop database if exists "${database}" with (force)`);
	await admin.sql.unsafe(`create database "${database}"`);
	await admin.close();
	log(`database ${database} oprettet`);

	const { db, sql, close } = connect(cluster.url(database), { max: 2 });
	await applyMigrations(db);
	await loadReferenceData(db);
	log('migreret og referencedata indlæst');
	const counts = await generate(sql);
	// Proposed for migration 0010 (see docs/benchmarks.md); `if not exists` makes this a no-op once it has them.
	log('vacuum analyze');
	await sql`vacuum (analyze)`;
	await close();
	const seconds = +((performance.now() - started) / 1000).toFixed(1);
	process.stdout.write(JSON.stringify({ bench: 'seed', database, ...counts, seconds }) + '\n');
} finally {
	await cluster.close();
}

/** Indexes the register needs at this volume, until migration 0010 carries them. */
type Column = [name: string, type: string, cast?: string];

/** Inserts rows given as column arrays, `BATCH` rows a statement, explicit ids included. */
async function insert(sql: postgres.Sql, table: string, columns: Column[], rows: unknown[][]) {
	const names = columns.map(([n]) => n).join(', ');
	// Parameters go as int[] or text[] (the arrays postgres.js serialises reliably), cast to the column's type here.
	const selects = columns.map(([, type, cast], i) => (cast ? `c${i}::${cast}` : type === 'int' || type === 'text' ? `c${i}` : `c${i}::${type}`)).join(', ');
	const unnests = columns.map(([, type], i) => `$${i + 1}::${type === 'int' ? 'int' : 'text'}[]`).join(', ');
	const aliases = columns.map((_, i) => `c${i}`).join(', ');
	const query = `insert into ${table} (${names}) overriding system value select ${selects} from unnest(${unnests}) as t(${aliases})`;
	for (let from = 0; from < rows.length; from += BATCH) {
		const batch = rows.slice(from, from + BATCH);
		// Booleans travel as text: postgres.js types a boolean array's parameter as a single boolean.
		const params = columns.map((_, i) => batch.map((row) => (typeof row[i] === 'boolean' ? String(row[i]) : row[i])));
		await sql.begin(async (tx) => {
			await tx`set local synchronous_commit = off`;
			await tx.unsafe(query, params as postgres.ParameterOrJSON<never>[]);
		});
	}
	if (columns[0][0] === 'id' && rows.length > 0) {
		await sql.unsafe(`select setval(pg_get_serial_sequence('${table}', 'id'), (select max(id) from ${table}))`);
	}
	log(`${table}: ${rows.length} rækker`);
}

async function generate(sql: postgres.Sql) {
	const r = prng(20061);
	const bodyRows = await sql<{ id: number; slug: string; name: string; shortName: string | null }[]>`
		select id, slug, name, short_name as "shortName" from bodies where slug <> 'rammeaftalesekretariatet' order by id`;
	const municipalityRows = await sql<{ id: number; name: string }[]>`select id, name from municipalities where kind = 'kommune' order by id`;
	const ruleIds = (await sql<{ id: number }[]>`select id from tariff_rules order by id`).map((x) => x.id);
	const focusIds = (await sql<{ id: number }[]>`select id from focus_areas order by id`).map((x) => x.id);
	const taken = new Set((await sql<{ key: string }[]>`select body_id || ':' || extract(epoch from starts_at) as key from meetings`).map((x) => x.key));
	const max = async (table: string) => Number((await sql.unsafe(`select coalesce(max(id), 0) as n from ${table}`))[0].n);
	let offerId = await max('offers');
	let meetingId = await max('meetings');
	let itemId = await max('agenda_items');
	let decisionId = await max('decisions');

	// Offers: a few hundred, each run by a municipality, for the links and the offer filter.
	const offerRows: unknown[][] = [];
	const offerNames: string[] = [];
	const referenceOffers = (await sql<{ id: number; name: string }[]>`select id, name from offers order by id`).map((o) => ({ ...o }));
	const offers = [...referenceOffers];
	for (let i = 0; i < OFFERS; i++) {
		const [kind, group] = r.pick(OFFER_KINDS);
		const operator = municipalityRows[i % municipalityRows.length];
		const name = `${kind} ${PLACE_NAMES[i % PLACE_NAMES.length]} ${Math.floor(i / PLACE_NAMES.length) + 1}, ${operator.name}`;
		const id = ++offerId;
		offerNames.push(name);
		offers.push({ id, name });
		offerRows.push([
			id,
			`bench-tilbud-${i + 1}`,
			name,
			operator.id,
			group,
			`${kind} i ${operator.name} Kommune tilbyder døgnophold og støtte til ${group}. ${paragraph(r, 1, 3)}`,
			r.int(4, 80),
			r.weighted([['local', 3], ['cluster', 4], ['regional', 3]] as const),
			r.weighted([['active', 85], ['closing', 5], ['closed', 7], ['planned', 3]] as const)
		]);
	}
	await insert(
		sql,
		'offers',
		[['id', 'int'], ['slug', 'text'], ['name', 'text'], ['operator_id', 'int'], ['target_group', 'text'], ['description', 'text'], ['places', 'int'], ['category', 'text', 'offer_category'], ['status', 'text', 'offer_status']],
		offerRows
	);

	// Meetings' shapes first (items, decisions per item) until the decisions add up, then spread over 2006–now.
	const shapes: number[][] = [];
	for (let total = 0; total < target; ) {
		const items = Array.from({ length: r.int(5, 15) }, () => r.int(1, 3));
		const room = target - total;
		let sum = 0;
		const fitted = items.map((n) => {
			const k = Math.max(0, Math.min(n, room - sum));
			sum += k;
			return k;
		});
		shapes.push(fitted.filter((k, i) => k > 0 || i < 3));
		total += sum;
	}
	const days = (LAST_DAY.getTime() - FIRST_DAY.getTime()) / 86_400_000;
	const meetingRows: unknown[][] = [];
	const itemRows: unknown[][] = [];
	const decisionRows: unknown[][] = [];
	const links = { offers: [] as unknown[][], municipalities: [] as unknown[][], rules: [] as unknown[][], focus: [] as unknown[][] };
	let closed = 0;
	let hidden = 0;
	let summaries = 0;
	shapes.forEach((shape, m) => {
		const body = bodyRows[m % bodyRows.length];
		const day = new Date(FIRST_DAY.getTime() + Math.floor((m * days) / shapes.length) * 86_400_000);
		const weekday = day.getUTCDay();
		if (weekday === 0) day.setUTCDate(day.getUTCDate() + 1);
		if (weekday === 6) day.setUTCDate(day.getUTCDate() - 1);
		let startsAt = new TZDate(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), 9 + (m % 6), 0, 'Europe/Copenhagen');
		while (taken.has(`${body.id}:${startsAt.getTime() / 1000}`)) startsAt = new TZDate(startsAt.getTime() + 30 * 60_000, 'Europe/Copenhagen');
		taken.add(`${body.id}:${startsAt.getTime() / 1000}`);
		const at = new Date(startsAt.getTime());
		const isPublic = r.next() >= 0.02;
		if (!isPublic) hidden++;
		const id = ++meetingId;
		const year = at.getFullYear();
		meetingRows.push([id, body.id, at.toISOString(), new Date(at.getTime() + 2 * 3_600_000).toISOString(), r.pick(['Roskilde Rådhus', 'Holbæk Rådhus', 'Næstved Rådhus', 'Sorø, Regionshuset', 'Virtuelt møde']), 'minutes_published', isPublic]);
		const bodyName = body.shortName ?? body.name;
		shape.forEach((count, i) => {
			const item = ++itemId;
			const vars = {
				year: String(year),
				y2: String((year + 1) % 100).padStart(2, '0'),
				next: String(year + 1),
				offer: offerNames[r.int(0, offerNames.length - 1)],
				municipality: r.pick(municipalityRows).name
			};
			const formal = i === 0;
			const title = formal ? 'Godkendelse af dagsorden' : fill(r.pick(TITLE_TEMPLATES), r, vars);
			const isClosed = !formal && r.next() < 0.03;
			if (isClosed) closed++;
			const kinds: Kind[] = Array.from({ length: count }, () => r.weighted(KINDS));
			const texts = kinds.map((k) => decisionText(r, k, bodyName));
			itemRows.push([
				item,
				id,
				String(i + 1),
				i + 1,
				formal ? 'formal' : r.weighted([['decision', 45], ['orientation', 30], ['discussion', 20], ['other', 5]] as const),
				title,
				formal ? '' : sentence(r),
				formal ? '' : paragraph(r, 1, 3),
				formal ? '' : paragraph(r, 2, 6),
				formal ? 'Det indstilles, at dagsordenen godkendes.' : `Det indstilles, at ${bodyName.toLowerCase()} godkender ${sentence(r).toLowerCase()}`,
				texts.join('\n\n'),
				isClosed,
				isClosed ? r.pick(CLOSED_REASONS) : ''
			]);
			kinds.forEach((kind, position) => {
				const decision = ++decisionId;
				const summary = r.next() < 0.1 ? `Kort fortalt: ${bodyName} har besluttet noget om ${title.toLowerCase()}.` : '';
				if (summary) summaries++;
				decisionRows.push([decision, item, position, kind, texts[position], summary, at.toISOString(), at.toISOString()]);
				if (r.next() < 0.08) {
					const first = r.pick(offers).id;
					links.offers.push([decision, first]);
					const second = r.pick(offers).id;
					if (second !== first && r.next() < 0.3) links.offers.push([decision, second]);
				}
				if (r.next() < 0.06) links.municipalities.push([decision, r.pick(municipalityRows).id]);
				if (ruleIds.length && /takst/i.test(title) && r.next() < 0.6) links.rules.push([decision, r.pick(ruleIds)]);
				if (focusIds.length && r.next() < 0.04) links.focus.push([decision, r.pick(focusIds)]);
			});
		});
	});
	log(`genereret: ${meetingRows.length} møder, ${itemRows.length} punkter, ${decisionRows.length} beslutninger`);

	await insert(sql, 'meetings', [['id', 'int'], ['body_id', 'int'], ['starts_at', 'timestamptz'], ['ends_at', 'timestamptz'], ['place', 'text'], ['status', 'text', 'meeting_status'], ['is_public', 'boolean']], meetingRows);
	await insert(
		sql,
		'agenda_items',
		[
			['id', 'int'],
			['meeting_id', 'int'],
			['number', 'text'],
			['position', 'int'],
			['kind', 'text', 'agenda_item_kind'],
			['title', 'text'],
			['beslutningstema', 'text'],
			['baggrund', 'text'],
			['sagsfremstilling', 'text'],
			['indstilling', 'text'],
			['beslutning', 'text'],
			['is_closed', 'boolean'],
			['closed_reason', 'text']
		],
		itemRows
	);
	await insert(
		sql,
		'decisions',
		[['id', 'int'], ['agenda_item_id', 'int'], ['position', 'int'], ['kind', 'text', 'decision_kind'], ['text', 'text'], ['plain_summary', 'text'], ['published_at', 'timestamptz'], ['updated_at', 'timestamptz']],
		decisionRows
	);
	await insert(sql, 'decision_offers', [['decision_id', 'int'], ['offer_id', 'int']], links.offers);
	await insert(sql, 'decision_municipalities', [['decision_id', 'int'], ['municipality_id', 'int']], links.municipalities);
	await insert(sql, 'decision_tariff_rules', [['decision_id', 'int'], ['tariff_rule_id', 'int']], links.rules);
	await insert(sql, 'decision_focus_areas', [['decision_id', 'int'], ['focus_area_id', 'int']], links.focus);
	const [totals] = await sql<{ decisions: number; agendaItems: number; meetings: number; offers: number }[]>`
		select (select count(*)::int from decisions) as decisions, (select count(*)::int from agenda_items) as "agendaItems",
		       (select count(*)::int from meetings) as meetings, (select count(*)::int from offers) as offers`;
	return {
		decisions_added: decisionRows.length,
		agenda_items_added: itemRows.length,
		meetings_added: meetingRows.length,
		offers_added: offerRows.length,
		closed_items: closed,
		unpublished_meetings: hidden,
		plain_summaries: summaries,
		links: { offers: links.offers.length, municipalities: links.municipalities.length, tariff_rules: links.rules.length, focus_areas: links.focus.length },
		totals
	};
}
