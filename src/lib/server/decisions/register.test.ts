// The decisions register on the seeded database: each filter, combinations, pages, free text, bad values named in
// Danish, closed items never shown to those who may not read them; a decision's page; the secretariat's corrections.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDb, type TestDb } from '../db/test-db';
import { decisionCorrections, decisionOffers, decisions, offers } from '../db/schema';
import { plantClosedItem, sgMeeting, viewer } from '../meetings/test-fixtures';
import { secretariat } from '../calendar/test-actor';
import type { SessionUser } from '../auth/session';
import { filterOptions, pageHref, pageWindow, parseFilters, registerPage, PAGE_SIZE, type FilterOptions, type RegisterFilters } from './register';
import { decisionPage } from './decision-page';
import { correctDecision } from './corrections';

let t: TestDb;
let options: FilterOptions;
let sg: { id: number; bodyId: number };
let closedDecisionId: number;
let staff: SessionUser;
const marker = `LUKKET-${crypto.randomUUID()}`;

beforeAll(async () => {
	t = await createTestDb({ seeded: true });
	options = await filterOptions(t.db);
	sg = await sgMeeting(t.db);
	({ decisionId: closedDecisionId } = await plantClosedItem(t.db, sg.id, marker));
	staff = await secretariat(t.db);
});
afterAll(async () => {
	await t?.close();
});

function filters(query: string): RegisterFilters {
	const parsed = parseFilters(new URLSearchParams(query), options);
	if (!parsed.ok) throw new Error(parsed.message);
	return parsed.filters;
}
const page = (query: string, who: SessionUser | null = null) => registerPage(t.db, who, filters(query), options);

describe('the register’s filters', () => {
	it('lists every decision the public may see, newest first, a page at a time', async () => {
		const all = await page('');
		expect(all.total).toBeGreaterThan(10);
		expect(all.rows.length).toBe(Math.min(PAGE_SIZE, all.total));
		expect(all.rows.map((r) => r.id)).not.toContain(closedDecisionId);
		const times = all.rows.map((r) => r.meeting.startsAt.getTime());
		expect([...times].sort((a, b) => b - a)).toEqual(times);
	});

	it('filters by body, kind, period and each kind of link', async () => {
		const sgOnly = await page('organ=styregruppen');
		expect(sgOnly.rows.every((r) => r.body.slug === 'styregruppen')).toBe(true);
		const postponed = await page('type=postponed');
		expect(postponed.total).toBeGreaterThan(0);
		expect(postponed.rows.every((r) => r.kind === 'postponed')).toBe(true);
		const august = await page('fra=2022-08-12&til=2022-08-12');
		expect(august.total).toBeGreaterThan(10);
		expect(august.rows.every((r) => r.meeting.id === sg.id)).toBe(true);
		expect((await page('fra=2022-08-13&til=2022-08-31')).rows.map((r) => r.meeting.id)).not.toContain(sg.id);
		const slagelse = await page('tilbud=slagelse-tilbud-udviklingshaemmede-59-pladser');
		expect(slagelse.total).toBe(1);
		expect(slagelse.rows[0].item.number).toBe('7');
		expect(slagelse.rows[0].links.offers.map((o) => o.slug)).toContain('slagelse-tilbud-udviklingshaemmede-59-pladser');
		const tariff = await page('takstregel=takstanbefaling');
		expect(tariff.total).toBeGreaterThan(0);
		expect(tariff.rows.every((r) => r.links.tariffRules.some((l) => l.slug === 'takstanbefaling'))).toBe(true);
		const greve = await page('kommune=greve');
		expect(greve.rows.every((r) => r.links.municipalities.some((l) => l.slug === 'greve'))).toBe(true);
	});

	it('combines filters (all must hold) and searches the text and the item title', async () => {
		const both = await page('organ=styregruppen&type=recommended');
		expect(both.rows.every((r) => r.body.slug === 'styregruppen' && r.kind === 'recommended')).toBe(true);
		const text = await page('q=lukke');
		expect(text.total).toBeGreaterThan(0);
		expect((await page('q=100%25_')).total).toBe(0);
		expect((await page('organ=k17&tilbud=slagelse-tilbud-udviklingshaemmede-59-pladser')).total).toBe(0);
	});

	it('searches in Danish: a word finds its other forms, and quotes or operators do not break the search', async () => {
		const plain = await page('q=tilbud');
		expect(plain.total).toBeGreaterThan(0);
		// "tilbuddene" is in no decision; its stem is tilbud's.
		const inflected = await page('q=tilbuddene');
		expect(inflected.total).toBe(plain.total);
		expect(inflected.rows.map((r) => r.id)).toEqual(plain.rows.map((r) => r.id));
		expect(inflected.rows.some((r) => /tilbud/i.test(`${r.excerpt} ${r.item.title}`))).toBe(true);
		const both = await page('q=tilbud lukke');
		expect(both.total).toBeGreaterThan(0);
		expect(both.total).toBeLessThanOrEqual(plain.total);
		expect((await page('q=%22tilbud -lukke OR (%22')).rows.length).toBeGreaterThanOrEqual(0);
		const second = await page('q=tilbud&side=2');
		if (plain.total > PAGE_SIZE) expect(second.rows[0].id).not.toBe(plain.rows[0].id);
	});

	it('never finds a closed item’s decision for the public, by text or by offer; staff and the body’s members do', async () => {
		for (const query of [`q=${marker}`, 'tilbud=kildebo', 'q=Besluttet']) {
			for (const who of [null, viewer('municipal_contact'), viewer('member', [sg.bodyId + 1000])]) {
				expect((await page(query, who)).rows.map((r) => r.id), query).not.toContain(closedDecisionId);
			}
		}
		expect((await page(`q=${marker}`, staff)).rows.map((r) => r.id)).toEqual([closedDecisionId]);
		expect((await page('tilbud=kildebo', viewer('member', [sg.bodyId]))).rows.map((r) => r.id)).toContain(closedDecisionId);
	});

	it('pages keep the filters and count from the right place', async () => {
		const f = filters('organ=styregruppen&side=2');
		expect(pageHref(f, 3)).toBe('/beslutninger?organ=styregruppen&side=3');
		expect(pageHref(f, 1)).toBe('/beslutninger?organ=styregruppen');
		const first = await page('');
		if (first.total > PAGE_SIZE) {
			const second = await page('side=2');
			expect(second.rows[0].id).not.toBe(first.rows[0].id);
		}
		expect((await page('side=999')).rows).toEqual([]);
	});

	it('shows a window of page links, not thousands', () => {
		expect(pageWindow(1, 1)).toEqual([1]);
		expect(pageWindow(1, 4000)).toEqual([1, 2, 3, null, 4000]);
		expect(pageWindow(2000, 4000)).toEqual([1, null, 1998, 1999, 2000, 2001, 2002, null, 4000]);
		expect(pageWindow(4, 6)).toEqual([1, 2, 3, 4, 5, 6]);
	});

	it('names an unknown or malformed filter value in Danish', () => {
		const bad = (query: string) => {
			const parsed = parseFilters(new URLSearchParams(query), options);
			return parsed.ok ? null : parsed.message;
		};
		expect(bad('organ=nope')).toBe('Ukendt organ: »nope«.');
		expect(bad('tilbud=findes-ikke')).toBe('Ukendt tilbud: »findes-ikke«.');
		expect(bad('fra=2022-13-45')).toBe('Den fra-dato skal være en dato (åååå-mm-dd), ikke »2022-13-45«.');
		expect(bad('fra=2022-02-01&til=2022-01-01')).toBe('Til-datoen ligger før fra-datoen.');
		expect(bad('type=maybe')).toBe('Ukendt beslutningstype: »maybe«.');
		expect(bad('side=abc')).toBe('Sidetallet skal være et helt tal fra 1, ikke »abc«.');
		expect(bad('side=0')).toBe('Sidetallet skal være et helt tal fra 1, ikke »0«.');
		expect(bad('kommune=greve&netvaerksgruppe=')).toBeNull();
	});
});

describe('a decision’s page', () => {
	it('shows where it was taken, its links and follow-up actions, and its case with the other steps', async () => {
		const [slagelse] = await t.db
			.select({ id: decisionOffers.decisionId })
			.from(decisionOffers)
			.innerJoin(offers, eq(offers.id, decisionOffers.offerId))
			.where(eq(offers.slug, 'slagelse-tilbud-udviklingshaemmede-59-pladser'));
		const view = await decisionPage(t.db, null, slagelse.id);
		expect(view).toMatchObject({ body: { slug: 'styregruppen' }, item: { number: '7' }, meeting: { id: sg.id } });
		expect(view!.decision.offers.map((o) => o.slug)).toContain('slagelse-tilbud-udviklingshaemmede-59-pladser');
		const withCase = (await page('organ=styregruppen&type=recommended')).rows;
		const pages = await Promise.all(withCase.map((r) => decisionPage(t.db, null, r.id)));
		const steps = pages.find((p) => p?.case)?.case;
		expect(steps, 'a recommended SG decision belongs to a case').toBeTruthy();
		expect([...steps!.done, ...steps!.ahead].map((s) => s.body.slug)).toContain('k17');
	});

	it('is not found for a closed item’s decision unless the viewer may read it', async () => {
		expect(await decisionPage(t.db, null, closedDecisionId)).toBeNull();
		expect(await decisionPage(t.db, viewer('municipal_contact'), closedDecisionId)).toBeNull();
		const seen = await decisionPage(t.db, staff, closedDecisionId);
		expect(seen?.decision.actions.map((a) => a.what)).toEqual([`Opfølgning ${marker}`]);
		expect(await decisionPage(t.db, null, 987654)).toBeNull();
	});
});

describe('corrections by the secretariat', () => {
	const noLinks = { offers: [], tariffRules: [], focusAreas: [], networkGroups: [], municipalities: [] };

	it('changes kind and links in one go and logs who, when and what', async () => {
		const [row] = (await page('tilbud=slagelse-tilbud-udviklingshaemmede-59-pladser')).rows;
		const result = await correctDecision(t.db, staff, row.id, {
			kind: 'postponed',
			links: { ...noLinks, offers: ['slagelse-tilbud-udviklingshaemmede-59-pladser', 'kildebo'], municipalities: ['faxe'] },
			note: 'Kildebo var også omfattet.'
		});
		expect(result).toEqual({ ok: true });
		const view = await decisionPage(t.db, null, row.id);
		expect(view!.decision.kind).toBe('postponed');
		expect(view!.decision.offers.map((o) => o.slug).sort()).toEqual(['kildebo', 'slagelse-tilbud-udviklingshaemmede-59-pladser']);
		expect(view!.corrections).toHaveLength(1);
		expect(view!.corrections[0]).toMatchObject({ correctedBy: null, note: 'Kildebo var også omfattet.' });
		expect(Object.keys(view!.corrections[0].changes).sort()).toEqual(['kind', 'municipalities', 'offers']);
		expect((await decisionPage(t.db, staff, row.id))!.corrections[0].correctedBy).toBe(staff.name);
	});

	it('refuses no change, an unknown kind or link, writing nothing', async () => {
		const [row] = (await page('tilbud=slagelse-tilbud-udviklingshaemmede-59-pladser')).rows;
		const before = await t.db.select().from(decisionCorrections).where(eq(decisionCorrections.decisionId, row.id));
		const [current] = await t.db.select({ kind: decisions.kind }).from(decisions).where(eq(decisions.id, row.id));
		const view = (await decisionPage(t.db, staff, row.id))!;
		const same = {
			kind: current.kind,
			links: {
				offers: view.decision.offers.map((o) => o.slug),
				tariffRules: view.decision.tariffRules.map((o) => o.slug),
				focusAreas: view.decision.focusAreas.map((o) => o.slug),
				networkGroups: view.decision.networkGroups.map((o) => o.slug),
				municipalities: view.decision.municipalities.map((o) => o.slug)
			},
			note: ''
		};
		expect(await correctDecision(t.db, staff, row.id, same)).toMatchObject({ ok: false, status: 400, errors: { form: expect.stringContaining('ingen ændringer') } });
		expect(await correctDecision(t.db, staff, row.id, { ...same, kind: 'maybe' })).toMatchObject({ ok: false, errors: { kind: 'Vælg en beslutningstype fra listen.' } });
		expect(await correctDecision(t.db, staff, row.id, { ...same, links: { ...same.links, offers: ['nope'] } })).toMatchObject({
			ok: false,
			errors: { offers: 'Tilbud: »nope« findes ikke.' }
		});
		expect(await t.db.select().from(decisionCorrections).where(eq(decisionCorrections.decisionId, row.id))).toEqual(before);
	});
});
