// Reading and paper: the agenda and the minutes downloaded from the meeting page as .docx, opened and checked (with
// a closed item that must reach an anonymous reader by number and title only); the page on paper.
import { readFile } from 'node:fs/promises';
import { test, expect, type Page } from '@playwright/test';
import { e2eDatabase } from '../helpers/db';
import { demo } from '../helpers/users';
import { expectAccessible } from '../helpers/axe';
import { sgMeetingPath } from '../pages/portal';
import { SignInPage } from '../pages/sign-in-page';
import { docxParagraphs } from '../../../src/lib/server/agenda/test-docx';

const marker = `LUKKET-EKSPORT-${crypto.randomUUID()}`;
const closedTitle = 'Personsag til eksporttest';
let itemId: number;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
	const sql = e2eDatabase();
	try {
		const [meeting] = await sql<{ id: number }[]>`
			select m.id from meetings m join bodies b on b.id = m.body_id
			where b.slug = 'styregruppen' and (m.starts_at at time zone 'Europe/Copenhagen')::date = '2022-08-12'`;
		const [item] = await sql<{ id: number }[]>`
			insert into agenda_items (meeting_id, number, position, kind, title, beslutningstema, sagsfremstilling,
				is_closed, closed_reason)
			values (${meeting.id}, '97', 970, 'decision', ${closedTitle}, ${'Beslutningstema ' + marker},
				${'Sagsfremstilling ' + marker}, true, ${'Personoplysninger ' + marker})
			returning id`;
		itemId = item.id;
		await sql`insert into decisions (agenda_item_id, position, kind, text)
			values (${itemId}, 1, 'approved', ${'Besluttet ' + marker})`;
	} finally {
		await sql.end();
	}
});

test.afterAll(async () => {
	const sql = e2eDatabase();
	try {
		await sql`delete from agenda_items where id = ${itemId}`;
	} finally {
		await sql.end();
	}
});

/** Clicks a download link on the meeting page and returns the file's name and its paragraphs. */
async function download(page: Page, name: string) {
	const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name }).click()]);
	const path = await file.path();
	const paragraphs = docxParagraphs(await readFile(path));
	return { fileName: file.suggestedFilename(), paragraphs, text: paragraphs.map((p) => p.text) };
}

test('an anonymous reader downloads the minutes: items as headings, Beslutning sections, the closed item by title only', async ({
	page,
	request
}) => {
	await page.goto(await sgMeetingPath(request));
	const minutes = await download(page, 'Referat (.docx)');
	expect(minutes.fileName).toBe('Styregruppen for Rammeaftale Sjælland 2022-08-12 referat.docx');
	const itemHeadings = minutes.paragraphs.filter((p) => p.style === 'Heading1').map((p) => p.text);
	expect(itemHeadings).toContain('2. Rammeaftale 2023-24 – behandling af rammeaftale 2023-24');
	expect(itemHeadings).toContain(`97. ${closedTitle} (lukket punkt)`);
	expect(itemHeadings.indexOf('7. Evt.')).toBeGreaterThan(itemHeadings.indexOf('6C. Nyt fra netværksgrupper og arbejdsgrupper'));
	// Item 2 from its heading: its sections in the minutes' order, the decision bullets under "Beslutning".
	const start = minutes.paragraphs.findIndex((p) => p.style === 'Heading1' && p.text.startsWith('2. '));
	const item2 = minutes.paragraphs.slice(start + 1);
	const sections = item2.slice(0, item2.findIndex((p) => p.style === 'Heading1')).filter((p) => p.style === 'Heading2');
	expect(sections.map((p) => p.text)).toEqual(['Beslutningstema', 'Baggrund', 'Sagsfremstilling', 'Indstilling', 'Beslutning', 'Bilag']);
	const decisionAt = item2.findIndex((p) => p.style === 'Heading2' && p.text === 'Beslutning');
	expect(item2[decisionAt + 1]).toEqual({ style: 'ListParagraph', listed: true, text: 'Styregruppen tog orienteringen til efterretning' });
	expect(minutes.text.join('\n')).not.toContain(marker);

	const agenda = await download(page, 'Dagsorden (.docx)');
	expect(agenda.fileName).toBe('Styregruppen for Rammeaftale Sjælland 2022-08-12 dagsorden.docx');
	expect(agenda.text[0]).toBe('Dagsorden til møde i Styregruppen for Rammeaftale Sjælland');
	expect(agenda.text).not.toContain('Styregruppen tog orienteringen til efterretning');
	expect(agenda.text.join('\n')).not.toContain(marker);
});

test('the secretariat downloads the minutes with the closed item in full', async ({ page, request }) => {
	await new SignInPage(page).signInAs(demo.secretariat);
	await page.goto(await sgMeetingPath(request));
	const minutes = await download(page, 'Referat (.docx)');
	expect(minutes.text).toContain(`Beslutningstema ${marker}`);
	expect(minutes.text).toContain(`Besluttet ${marker}`);
});

test('the files are not there for a meeting without an agenda', async ({ request }) => {
	expect((await request.get('/moeder/999999/referat.docx')).status()).toBe(404);
	expect((await request.get('/moeder/abc/dagsorden.docx')).status()).toBe(404);
});

test('on paper the meeting page leaves out the site’s header, menu and footer and prints attachment addresses', async ({
	page,
	request
}) => {
	await page.goto(await sgMeetingPath(request));
	await expectAccessible(page);
	const menu = page.getByRole('navigation', { name: 'Hovedmenu' });
	await expect(menu.first()).toBeAttached();
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('header.header')).toBeHidden();
	await expect(page.locator('footer')).toBeHidden();
	await expect(page.getByRole('link', { name: 'Referat (.docx)' })).toBeHidden();
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	const attachment = page.locator('section#punkt-2').getByRole('link', { name: 'Rammeaftalebekendtgørelse' });
	const printed = await attachment.evaluate((a) => getComputedStyle(a, '::after').content);
	expect(printed).toContain('https://www.retsinformation.dk/eli/lta/2020/1298');
	const heading = page.locator('section#punkt-2 h3').first();
	expect(await heading.evaluate((h) => getComputedStyle(h).breakAfter)).toBe('avoid-page');
	await page.emulateMedia({ media: 'screen' });
	await expect(page.locator('header.header')).toBeVisible();
	expect(await attachment.evaluate((a) => getComputedStyle(a, '::after').content)).toBe('none');
});
