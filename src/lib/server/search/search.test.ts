// The portal's search on the seeded database plus a small planted corpus: Danish stemming, title above body,
// prefixes, facets, sorting, suggestions, and that closed items' text, unpublished meetings and report drafts
// are never found by those who may not read them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../db/test-db';
import { agendaItems, annualReports, decisions, networkGroups } from '../db/schema';
import { CLOSED_TITLE, plantClosedItem, plantHiddenAndPlannedMeetings, sgMeeting, viewer } from '../meetings/test-fixtures';
import { secretariat } from '../calendar/test-actor';
import type { SessionUser } from '../auth/session';
import { parseSearch, searchHref, MAX_TEXT, type SearchParams } from './params';
import { searchPortal, type SearchResult } from './search';
import { rebuildSearchTerms } from './terms';
import { lastBareWord } from './tsquery';

let t: TestDb;
let staff: SessionUser;
let sg: { id: number; bodyId: number };
let hiddenId: number;
let plannedId: number;
const marker = `lukketmarkør${crypto.randomUUID().slice(0, 8)}`;
const ids: Record<string, number> = {};

async function plantItem(meetingId: number, number: string, fields: Partial<typeof agendaItems.$inferInsert>, decisionText?: string) {
	const [item] = await t.db
		.insert(agendaItems)
		.values({ meetingId, number, position: 900 + Number(number), kind: 'decision', title: 'Punkt', ...fields })
		.returning({ id: agendaItems.id });
	let decisionId: number | undefined;
	if (decisionText) {
		[{ id: decisionId }] = await t.db.insert(decisions).values({ agendaItemId: item.id, kind: 'approved', text: decisionText }).returning({ id: decisions.id });
	}
	return { itemId: item.id, decisionId };
}

beforeAll(async () => {
	t = await createTestDb({ seeded: true });
	staff = await secretariat(t.db);
	sg = await sgMeeting(t.db);
	await plantClosedItem(t.db, sg.id, marker);
	({ hiddenId, plannedId } = await plantHiddenAndPlannedMeetings(t.db, sg.bodyId));
	const inTitle = await plantItem(sg.id, '91', { title: 'Spurvehøgen og de nye takster' });
	const inBody = await plantItem(sg.id, '92', { title: 'Orientering', sagsfremstilling: 'Et notat nævner spurvehøgen i en bisætning.' });
	const stemmed = await plantItem(sg.id, '93', { title: 'Blåmejse' }, 'Styregruppen godkender at tilbuddet Blåmejsehuset lukker.');
	await plantItem(hiddenId, '1', { title: `Skjult møde ${marker}x` });
	await plantItem(plannedId, '1', { title: `Planlagt møde ${marker}y` });
	ids.inTitle = inTitle.itemId;
	ids.inBody = inBody.itemId;
	ids.stemmedDecision = stemmed.decisionId!;
	await rebuildSearchTerms(t.db);
});
afterAll(async () => {
	await t?.close();
});

function params(query: string): SearchParams {
	const parsed = parseSearch(new URLSearchParams(query));
	if (!parsed.ok) throw new Error(parsed.message);
	return parsed.params;
}
async function search(query: string, who: SessionUser | null = null): Promise<SearchResult> {
	const outcome = await searchPortal(t.db, who, params(query));
	if (!outcome.ok) throw new Error(`unknown ${outcome.field}`);
	return outcome.result;
}
const hitKeys = (r: SearchResult) => r.hits.map((h) => `${h.type}:${h.id}`);

describe('Danish full-text search', () => {
	it('finds an inflected form: "tilbuddene" finds a decision saying "tilbuddet"', async () => {
		const result = await search('q=blåmejsehuset+tilbuddene');
		expect(hitKeys(result)).toContain(`beslutning:${ids.stemmedDecision}`);
		const hit = result.hits.find((h) => h.id === ids.stemmedDecision)!;
		expect(hit.href).toBe(`/beslutninger/${ids.stemmedDecision}`);
		expect(hit.snippet.filter((s) => s.mark).map((s) => s.text.toLowerCase())).toEqual(expect.arrayContaining(['tilbuddet', 'blåmejsehuset']));
	});

	it('ranks a match in the title above one in the body, and sorts by date on request', async () => {
		const result = await search('q=spurvehøgen');
		expect(hitKeys(result).slice(0, 2)).toEqual([`moedepunkt:${ids.inTitle}`, `moedepunkt:${ids.inBody}`]);
		expect(result.hits[0].title.some((s) => s.mark)).toBe(true);
		const byDate = await search('q=takst&sortering=dato');
		const dates = byDate.hits.map((h) => h.date?.getTime() ?? 0);
		expect(dates).toEqual([...dates].sort((a, b) => b - a));
	});

	it('matches the last word as a prefix while it is being typed', async () => {
		expect(hitKeys(await search('q=spurvehø'))).toContain(`moedepunkt:${ids.inTitle}`);
		expect(lastBareWord('takst -lukn')).toBeNull();
		expect(lastBareWord('"nye takst')).toBeNull();
		expect(lastBareWord('nye takst')).toEqual({ rest: 'nye ', last: 'takst' });
	});

	it('reads operators and quotes as a search engine does and never fails on them', async () => {
		for (const text of ['"nye takster', 'takst & | ! ( :* \\', 'takst -spurvehøgen', '""', 'or and -', "'; drop table decisions; --"]) {
			await expect(search(`q=${encodeURIComponent(text)}`)).resolves.toBeDefined();
		}
		expect(hitKeys(await search('q=takster+-spurvehøgen'))).not.toContain(`moedepunkt:${ids.inTitle}`);
		expect(hitKeys(await search('q=%22spurvehøgen+og+de+nye%22'))).toContain(`moedepunkt:${ids.inTitle}`);
		expect((await search('q=og+i+at')).onlyCommonWords).toBe(true);
	});

	it('counts facets over what the other filters leave, and filters by them', async () => {
		const all = await search('q=rammeaftalen');
		const types = Object.fromEntries(all.facets.type.map((f) => [f.value, f.count]));
		expect(types.beslutning).toBeGreaterThan(0);
		expect(types.moedepunkt).toBeGreaterThan(0);
		expect(Object.values(types).reduce((a, b) => a + b, 0)).toBe(all.total);
		const decisionsOnly = await search('q=rammeaftalen&type=beslutning');
		expect(decisionsOnly.total).toBe(types.beslutning);
		expect(decisionsOnly.hits.every((h) => h.type === 'beslutning')).toBe(true);
		// The type facet still offers the other types while one is chosen.
		expect(decisionsOnly.facets.type.length).toBe(all.facets.type.length);
		const organ = decisionsOnly.facets.organ[0];
		const inBody = await search(`q=rammeaftalen&type=beslutning&organ=${organ.value}`);
		expect(inBody.total).toBe(organ.count);
		const year = all.facets.aar[0];
		expect((await search(`q=rammeaftalen&aar=${year.value}`)).total).toBe(year.count);
	});

	it('pages through the hits without repeating one', async () => {
		const first = await search('q=takst');
		expect(first.pages).toBeGreaterThan(1);
		const second = await search('q=takst&side=2');
		expect(hitKeys(second).filter((k) => hitKeys(first).includes(k))).toEqual([]);
		expect((await search(`q=takst&side=${first.pages + 1}`)).hits).toEqual([]);
	});

	it('suggests a spelling when a misspelt word finds nothing', async () => {
		const result = await search('q=spurvehøgn');
		expect(result.total).toBe(0);
		expect(result.suggestion).toBe('spurvehøgen');
	});
});

describe('what the search never shows', () => {
	it('finds a closed item by its title only, and never its text, for the public', async () => {
		expect((await search(`q=${marker}`)).total).toBe(0);
		const byTitle = await search(`q=${encodeURIComponent(CLOSED_TITLE)}`);
		const closed = byTitle.hits.find((h) => h.closed);
		expect(closed?.snippet).toEqual([]);
		expect(JSON.stringify(byTitle)).not.toContain(marker);
		expect(JSON.stringify(await search('q=personoplysninger+besluttet'))).not.toContain(marker);
	});

	it('leaves out unpublished meetings for the public and a member of another body; staff find them', async () => {
		expect((await search(`q=${marker}x`)).total).toBe(0);
		expect((await search(`q=${marker}y`)).total).toBe(0);
		expect((await search(`q=${marker}x`, viewer('member', [sg.bodyId]))).total).toBe(0);
		expect((await search(`q=${marker}x`, staff)).total).toBe(1);
		expect((await search(`q=${marker}`, staff)).total).toBeGreaterThan(0);
	});

	it('does not suggest words of closed or unpublished content', async () => {
		const [row] = await t.db.execute<{ n: number }>(
			// the marker appears only in closed and unpublished content
			(await import('drizzle-orm')).sql`select count(*)::int as n from search_terms where word like ${marker + '%'}`
		);
		expect(Number(row.n)).toBe(0);
	});

	it('does not find annual reports before their SG minutes are published', async () => {
		// The seed has no published report; a submitted one is not searchable.
		const result = await search('q=netværksgruppe&type=aarsrapport');
		expect(result.total).toBe(0);
	});

	it('lets the secretariat find a submitted report that is not published, at its working page; nobody else', async () => {
		const [group] = await t.db.select({ id: networkGroups.id }).from(networkGroups).limit(1);
		const [report] = await t.db
			.insert(annualReports)
			.values({ networkGroupId: group.id, year: 1999, status: 'submitted', content: { status: 'Gruppen har kortlagt rødglenternes ventetider.' }, submittedAt: new Date() })
			.returning({ id: annualReports.id });
		const forStaff = await search('q=rødglenternes', staff);
		expect(forStaff.hits.map((h) => [h.type, h.href])).toEqual([['aarsrapport', `/aarsrapporter/${report.id}`]]);
		expect((await search('q=rødglenternes')).total).toBe(0);
		expect((await search('q=rødglenternes', viewer('member', [sg.bodyId]))).total).toBe(0);
	});
});

describe('bad input', () => {
	it('names a long text, an unknown type or sort, a bad year or page in Danish', () => {
		const bad = (query: string) => {
			const parsed = parseSearch(new URLSearchParams(query));
			return parsed.ok ? null : parsed;
		};
		expect(bad(`q=${'a'.repeat(10_000)}`)?.message).toContain(`højst ${MAX_TEXT} tegn`);
		expect(bad('q=takst&type=hemmelig')?.message).toBe('Ukendt type: »hemmelig«.');
		expect(bad('q=takst&sortering=tilfældig')?.field).toBe('sortering');
		expect(bad('q=takst&aar=20x4')?.field).toBe('aar');
		expect(bad('q=takst&side=-1')?.field).toBe('side');
		expect(bad('q=takst&side=1000000000000')?.field).toBe('side');
		expect(bad('q=takst&side=0')?.field).toBe('side');
	});

	it('reports an unknown body or offer instead of ignoring it', async () => {
		expect(await searchPortal(t.db, null, params('q=takst&organ=ukendt'))).toEqual({ ok: false, field: 'organ', value: 'ukendt' });
		expect(await searchPortal(t.db, null, params('q=takst&tilbud=ukendt'))).toEqual({ ok: false, field: 'tilbud', value: 'ukendt' });
	});

	it('builds addresses that keep the other filters and drop the page', () => {
		const p = params('q=takst&type=beslutning&side=3');
		expect(searchHref(p, { organ: 'k17' })).toBe('/soeg?q=takst&type=beslutning&organ=k17');
		expect(searchHref(p, { type: null, side: 2 })).toBe('/soeg?q=takst&side=2');
	});
});
