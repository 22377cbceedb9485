// A closed item (lukket punkt) never leaves the server for those who may not read it: not in any page, not in
// SvelteKit's __data.json. Members of the body and the secretariat read it in full.
import { test, expect, type Page } from '@playwright/test';
import { e2eDatabase } from '../helpers/db';
import { demo } from '../helpers/users';
import { SignInPage } from '../pages/sign-in-page';
import { expectAccessible } from '../helpers/axe';

const marker = `LUKKET-${crypto.randomUUID()}`;
const title = 'Personsag: drøftelse af en enkelt borgers forløb';
let meetingId: number;
let itemId: number;
let decisionId: number;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
	const sql = e2eDatabase();
	try {
		const [meeting] = await sql<{ id: number }[]>`
			select m.id from meetings m join bodies b on b.id = m.body_id
			where b.slug = 'styregruppen' and (m.starts_at at time zone 'Europe/Copenhagen')::date = '2022-08-12'`;
		meetingId = meeting.id;
		const [item] = await sql<{ id: number }[]>`
			insert into agenda_items (meeting_id, number, position, kind, title, beslutningstema, baggrund,
				sagsfremstilling, indstilling, droftelse, beslutning, is_closed, closed_reason)
			values (${meetingId}, '98', 980, 'decision', ${title}, ${'Beslutningstema ' + marker}, ${'Baggrund ' + marker},
				${'Sagsfremstilling ' + marker}, ${'Indstilling ' + marker}, ${'Drøftelse ' + marker}, ${'Beslutning ' + marker},
				true, ${'Personoplysninger ' + marker})
			returning id`;
		itemId = item.id;
		const [decision] = await sql<{ id: number }[]>`
			insert into decisions (agenda_item_id, position, kind, text)
			values (${itemId}, 1, 'approved', ${'Styregruppen besluttede ' + marker}) returning id`;
		decisionId = decision.id;
		await sql`
			insert into decision_offers (decision_id, offer_id, note)
			select ${decision.id}, id, ${'Note ' + marker} from offers where slug = 'kildebo'`;
		await sql`
			insert into follow_up_actions (decision_id, what, owner)
			values (${decision.id}, ${'Opfølgning ' + marker}, ${'Ejer ' + marker})`;
		await sql`
			insert into attachments (agenda_item_id, position, title, url)
			values (${itemId}, 1, ${'Bilag ' + marker}, null)`;
	} finally {
		await sql.end();
	}
});

test.afterAll(async () => {
	const sql = e2eDatabase();
	try {
		// Decisions, their links, follow-up actions and attachments go with the item (on delete cascade).
		await sql`delete from agenda_items where id = ${itemId}`;
	} finally {
		await sql.end();
	}
});

const publicPaths = () => [
	'/',
	'/moeder',
	'/moeder?organ=styregruppen',
	`/moeder/${meetingId}`,
	`/moeder/${meetingId}/__data.json`,
	'/kalender',
	'/beslutninger',
	'/beslutninger?type=approved',
	'/beslutninger?tilbud=kildebo',
	'/beslutninger?q=Personsag',
	'/beslutninger?organ=styregruppen&fra=2022-08-12&til=2022-08-12&side=2',
	'/tilbud',
	'/tilbud/kildebo',
	'/tilbud/kildebo/__data.json',
	'/takstregler',
	'/fokusomraader',
	'/implementeringsplan',
	'/netvaerksgrupper',
	'/organer',
	'/organer/styregruppen',
	// The search, feeds, open-data API and print views (issue 11): the same rule everywhere.
	'/soeg?q=Personsag',
	'/soeg?q=personsag+borgers+forløb&type=moedepunkt',
	'/soeg?q=styregruppen+besluttede&type=beslutning',
	'/soeg?q=besluttede&tilbud=kildebo',
	'/soeg?q=personoplysninger',
	'/beslutninger/feed.atom',
	'/organer/styregruppen/beslutninger.atom',
	'/tilbud/kildebo/beslutninger.atom',
	'/oparl',
	`/oparl/meeting/${meetingId}`,
	'/oparl/body/rammeaftale-sjaelland/meeting?limit=500',
	'/oparl/body/rammeaftale-sjaelland/agendaItem?limit=500',
	'/oparl/body/rammeaftale-sjaelland/file?limit=500',
	'/oparl/body/rammeaftale-sjaelland/paper?limit=500',
	'/oparl/tilbud?limit=500',
	'/oparl/takstregler?limit=500',
	'/implementeringsplan/udskrift'
];

test('no public page or data endpoint sends the closed item’s content to an anonymous visitor', async ({ request }) => {
	for (const path of publicPaths()) {
		const response = await request.get(path);
		expect(response.status(), path).toBe(200);
		expect(await response.text(), path).not.toContain(marker);
	}
	// The API has no object for the closed item: a JSON 404, as for one that does not exist.
	const oparlItem = await request.get(`/oparl/agendaItem/${itemId}`);
	expect(oparlItem.status()).toBe(404);
	expect(await oparlItem.text()).not.toContain(marker);
	// Searching for the marker finds nothing (the page only repeats what was typed).
	expect(await (await request.get(`/soeg?q=${marker}`)).text()).toContain(`Ingen resultater for »${marker}«.`);
	// The search finds the closed item by its title only, marked as closed.
	const search = await (await request.get('/soeg?q=Personsag+borgers+forløb')).text();
	expect(search).toContain('Lukket punkt: kun nummer og titel er offentlige.');
	// The closed item's decision has no page for the public: the same 404 as a decision that does not exist.
	const decisionPage = await request.get(`/beslutninger/${decisionId}`);
	expect(decisionPage.status()).toBe(404);
	expect(await decisionPage.text()).not.toContain(marker);
	// SvelteKit answers a data request with 200 and the error inside; what matters is that nothing leaks.
	expect(await (await request.get(`/beslutninger/${decisionId}/__data.json`)).text()).not.toContain(marker);
	const page = await (await request.get(`/moeder/${meetingId}`)).text();
	expect(page).toContain(title);
	expect(page).toContain('Lukket punkt');
});

async function meetingText(page: Page) {
	await page.goto(`/moeder/${meetingId}`);
	return page.locator('section#punkt-98');
}

test('an anonymous visitor sees the number, the title and “Lukket punkt”, and the page passes axe', async ({ page }) => {
	const item = await meetingText(page);
	await expect(item.getByRole('heading', { level: 2 })).toHaveText(`Punkt 98. ${title}`);
	await expect(item).toContainText('Lukket punkt');
	await expect(item).not.toContainText(marker);
	await expectAccessible(page);
});

test('the secretariat reads the closed item in full', async ({ page }) => {
	await new SignInPage(page).signInAs(demo.secretariat);
	const item = await meetingText(page);
	await expect(item).toContainText(`Sagsfremstilling ${marker}`);
	await expect(item).toContainText(`Styregruppen besluttede ${marker}`);
	await expect(item).toContainText(`Opfølgning ${marker}`);
	await expect(item).toContainText(`Bilag ${marker}`);
	await expectAccessible(page);
	// The register pages 25 at a time; the planted decision is found by its words.
	await page.goto(`/beslutninger?q=${encodeURIComponent(marker)}`);
	await expect(page.getByText(`Styregruppen besluttede ${marker}`)).toBeVisible();
	await page.getByRole('link', { name: `Styregruppen besluttede ${marker}` }).click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText('punkt 98');
	await expect(page.locator('main')).toContainText(`Opfølgning ${marker}`);
	await expectAccessible(page);
});

test('a member of Styregruppen reads it too', async ({ page }) => {
	await new SignInPage(page).signInAs(demo.member);
	const item = await meetingText(page);
	await expect(item).toContainText(`Drøftelse ${marker}`);
	// The minutes' free-text Beslutning is not shown beside the structured decisions (issue 5, item 9).
	await expect(item).toContainText(`Styregruppen besluttede ${marker}`);
	await page.goto('/tilbud/kildebo');
	await expect(page.getByText(`Styregruppen besluttede ${marker}`)).toBeVisible();
});

test('a municipal contact does not', async ({ page }) => {
	await new SignInPage(page).signInAs(demo.municipalContact);
	const item = await meetingText(page);
	await expect(item).toContainText('Lukket punkt');
	expect(await page.content()).not.toContain(marker);
	const data = await page.request.get(`/moeder/${meetingId}/__data.json`);
	expect(await data.text()).not.toContain(marker);
	await page.goto('/beslutninger?tilbud=kildebo');
	expect(await page.content()).not.toContain(marker);
	expect((await page.request.get(`/beslutninger/${decisionId}`)).status()).toBe(404);
	// Kildebo's timeline leaves the closed decision out for the contact too.
	await page.goto('/tilbud/kildebo');
	expect(await page.content()).not.toContain(marker);
});
