// The life of an agenda in the browser: the secretariat sends a version, changes the agenda in the editor and sends
// again; a member sees version 2 with what changed since version 1; the minutes are written, approved and published;
// the portal shows the decision, and a closed item only by number and title; the item is sent on to K17 and the
// case page shows its path. Axe on every new page; the lifecycle forms by keyboard.
import { test, expect, type Page } from '@playwright/test';
import { signedIn } from '../pages/sign-in-page';
import { AgendaEditorPage } from '../pages/agenda-editor';
import { demo } from '../helpers/users';
import { e2eDatabase } from '../helpers/db';
import { expectAccessible } from '../helpers/axe';

test.describe.configure({ mode: 'serial' });
test.use({ actionTimeout: 20_000 });

const MARKER = `LUKKET-${Math.random().toString(36).slice(2, 10)}`;
const TITLE = `Rammeaftale ${Math.random().toString(36).slice(2, 6)}`;

/** A new steering-group meeting and the K17 meeting after it, far ahead at a random minute (reruns never collide). */
async function plantMeetings(): Promise<{ sg: number; k17: number }> {
	const sql = e2eDatabase();
	try {
		const startsAt = new Date(Date.UTC(2032, 0, 1) + Math.floor(Math.random() * 300 * 24 * 60) * 60_000);
		const k17At = new Date(startsAt.getTime() + 14 * 24 * 60 * 60_000);
		const [sg] = await sql<{ id: number }[]>`
			insert into meetings (body_id, starts_at, status)
			select id, ${startsAt}, 'planned' from bodies where slug = 'styregruppen' returning id`;
		const [k17] = await sql<{ id: number }[]>`
			insert into meetings (body_id, starts_at, status)
			select id, ${k17At}, 'planned' from bodies where slug = 'k17' returning id`;
		return { sg: sg.id, k17: k17.id };
	} finally {
		await sql.end();
	}
}

/** Presses a lifecycle button by keyboard: focus, Enter, and the page's status message. */
async function pressStep(page: Page, name: string, done: string | RegExp) {
	const button = page.getByRole('button', { name, exact: true });
	await button.focus();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('status').filter({ hasText: done })).toBeVisible();
}

let meetings: { sg: number; k17: number };

test.beforeAll(async () => {
	meetings = await plantMeetings();
});

test('from draft to published: versions, the diff a member sees, the minutes in the portal, send on to K17', async ({ browser }) => {
	test.setTimeout(180_000);
	const staff = await signedIn(browser, demo.secretariat);
	const member = await signedIn(browser, demo.member);
	const anonymous = await browser.newContext();
	try {
		const page = staff.page;
		const editor = new AgendaEditorPage(page);

		// The editor seeds the standard frame; a decision item and a closed item are added.
		await editor.goto(meetings.sg);
		await page.getByLabel('Indhold').selectOption({ label: 'Tomt punkt' });
		await page.getByLabel('Placering').selectOption({ label: 'Efter punkt 1 (Godkendelse af dagsorden)' });
		await page.getByRole('button', { name: 'Tilføj punkt' }).click();
		await expect(editor.field('2', 'Titel')).toBeFocused();
		// One input: the field's accessible name follows the title as it is typed.
		await editor.field('2', 'Titel').fill(TITLE);
		await expect(editor.item('2')).toBeVisible();
		await editor.item('2').getByLabel('Type').selectOption({ label: 'Til beslutning' });
		await editor.field('2', 'Indstilling').click();
		await page.keyboard.type('at styregruppen anbefaler aftalen');
		await page.getByLabel('Placering').selectOption({ label: `Efter punkt 2 (${TITLE})` });
		await page.getByRole('button', { name: 'Tilføj punkt' }).click();
		await expect(editor.field('3', 'Titel')).toBeFocused();
		await editor.field('3', 'Titel').fill('Personsag');
		await editor.item('3').getByLabel('Lukket punkt').check();
		await editor.field('3', 'Baggrund').click();
		await page.keyboard.type(`Fortroligt ${MARKER}`);
		await expect(editor.status).toHaveText(/Gemt/);

		// Version 1.
		await page.goto(`/moeder/${meetings.sg}/forloeb`);
		await expect(page.getByRole('heading', { level: 1 })).toContainText('Dagsordenens forløb');
		await expectAccessible(page);
		await pressStep(page, 'Send dagsordenen til medlemmerne', 'Version 1 er sendt til medlemmerne.');

		// The member opens version 1 (from the meeting page's link).
		await member.page.goto(`/moeder/${meetings.sg}`);
		await member.page.getByRole('link', { name: 'Læs den udsendte dagsorden' }).click();
		await expect(member.page.getByText(/^Version 1, sendt/)).toBeVisible();
		await expect(member.page.getByText(`Fortroligt ${MARKER}`)).toBeVisible();

		// A change in the editor, then version 2.
		await editor.goto(meetings.sg);
		await editor.field('2', 'Indstilling').click();
		await page.keyboard.press('Control+End');
		await page.keyboard.type(' og videresender den til K17');
		await expect(editor.status).toHaveText(/Gemt/);
		await page.goto(`/moeder/${meetings.sg}/forloeb`);
		await pressStep(page, 'Send dagsordenen til medlemmerne', 'Version 2 er sendt til medlemmerne.');
		// Sending again without changes is refused with a message.
		await page.getByRole('button', { name: 'Send dagsordenen til medlemmerne' }).click();
		await expect(page.getByRole('alert')).toContainText('ikke ændret siden version 2');

		// The secretariat compares the two versions (a plain GET form).
		await page.getByLabel('Fra version').selectOption('1');
		await page.getByLabel('Til version').selectOption('2');
		await page.getByRole('button', { name: 'Vis ændringer' }).click();
		const result = page.getByRole('region', { name: 'Ændringer fra version 1 til version 2' });
		await expect(result.locator('ins')).toContainText('videresender den til K17');
		await expectAccessible(page);

		// The member sees version 2 and what changed since version 1, word by word.
		await member.page.goto(`/moeder/${meetings.sg}/udsendt`);
		await expect(member.page.getByText(/^Version 2, sendt/)).toBeVisible();
		const changed = member.page.getByRole('region', { name: 'Ændret siden den version, du sidst åbnede (version 1)' });
		await expect(changed.locator('ins')).toContainText('videresender den til K17');
		await expect(changed.locator('ins .sr-only').first()).toHaveText('[tilføjet: ');
		await expectAccessible(member.page);

		// The meeting is held; the minutes get a decision; approved; published.
		await pressStep(page, 'Mødet er holdt: skriv referat', 'Mødet er markeret som holdt.');
		await editor.goto(meetings.sg);
		await editor.item('2').getByRole('button', { name: /^Tilføj beslutning/ }).click();
		const decision = editor.item('2').getByRole('textbox', { name: /^Beslutning 1/ });
		await decision.click();
		await page.keyboard.type('Styregruppen anbefalede aftalen og videresendte den til K17.');
		await expect(editor.status).toHaveText(/Gemt/);
		await page.goto(`/moeder/${meetings.sg}/forloeb`);
		await pressStep(page, 'Godkend referatet', 'Referatet er godkendt.');
		await pressStep(page, 'Offentliggør referatet', 'Referatet er offentliggjort.');

		// The portal, without signing in: the decision; the closed item by number and title only.
		const portal = await anonymous.newPage();
		await portal.goto(`/moeder/${meetings.sg}`);
		await expect(portal.getByText('Styregruppen anbefalede aftalen og videresendte den til K17.')).toBeVisible();
		await expect(portal.getByRole('heading', { name: /Personsag/ })).toBeVisible();
		expect(await portal.content()).not.toContain(MARKER);
		const data = await portal.request.get(`/moeder/${meetings.sg}/__data.json`);
		expect(await data.text()).not.toContain(MARKER);

		// Send on to K17: the proposed meeting is the planted one; the item appears in K17's agenda.
		await page.goto(`/moeder/${meetings.sg}/forloeb`);
		const sendOn = page.getByRole('region', { name: new RegExp(TITLE) });
		await expect(sendOn.getByLabel('Møde i K17')).toHaveValue(String(meetings.k17));
		await sendOn.getByRole('button', { name: /^Send punkt 2 videre til K17/ }).focus();
		await page.keyboard.press('Enter');
		await expect(page.getByRole('status').filter({ hasText: 'Punktet er sendt videre.' })).toBeVisible();
		await page.getByRole('link', { name: 'Se sagen' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toContainText(TITLE);
		await expect(page.getByRole('region', { name: 'Behandlet' })).toContainText('Styregruppen anbefalede aftalen');
		await expect(page.getByRole('region', { name: 'Næste skridt' })).toContainText('K17');
		await expectAccessible(page);

		await editor.goto(meetings.k17);
		expect(await editor.headings()).toContain(`Punkt 2: ${TITLE}`);
		await expect(editor.field('2', 'Indstilling')).toContainText('Styregruppen anbefalede aftalen');
	} finally {
		await staff.context.close();
		await member.context.close();
		await anonymous.close();
	}
});
