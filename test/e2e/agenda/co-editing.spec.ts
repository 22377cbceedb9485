// Two secretariat editors in two browsers on one agenda document: typing into the same field at once, each seeing
// the other's text, cursor and name; "Gemt" only after the server stored it; adding, moving, deleting and undoing
// items; axe and keyboard-only use. The meeting is planted fresh for the run, so the agenda starts from the
// standard frame (0 new members, 1 approval of the agenda, 2 Evt., 3 next meeting).
import { test, expect } from '@playwright/test';
import { SignInPage, signedIn } from '../pages/sign-in-page';
import { AgendaEditorPage } from '../pages/agenda-editor';
import { demo } from '../helpers/users';
import { e2eDatabase, plantSteeringGroupMeeting } from '../helpers/db';
import { expectAccessible } from '../helpers/axe';

let meetingId: number;

test.beforeAll(async () => {
	meetingId = await plantSteeringGroupMeeting(2031);
});

test('two editors type into the same field at once and see each other\'s text, cursor and name', async ({ browser }) => {
	test.setTimeout(90_000);
	const a = await signedIn(browser, demo.secretariat);
	const b = await signedIn(browser, demo.secretariat);
	try {
		const alfa = new AgendaEditorPage(a.page);
		const beta = new AgendaEditorPage(b.page);
		await alfa.goto(meetingId);
		await beta.goto(meetingId);
		expect(await alfa.headings()).toEqual([
			'Punkt 0: Præsentation af nye medlemmer',
			'Punkt 1: Godkendelse af dagsorden',
			'Punkt 2: Evt.',
			'Punkt 3: Næste møde'
		]);

		// Both are listed under "Hvem er her", and each sees the other arrive in item 2.
		await expect(alfa.presence().getByRole('listitem')).toHaveCount(2);
		const fieldA = alfa.field('2', 'Beslutningstema');
		const fieldB = beta.field('2', 'Beslutningstema');
		await fieldA.click();
		await a.page.keyboard.type('Første linje.');
		await AgendaEditorPage.expectText(fieldB, 'Første linje.');
		await fieldB.click();
		await b.page.keyboard.press('Control+End');
		await b.page.keyboard.press('Enter');
		await expect(beta.presence()).toContainText('Sofie Sekretær: i punkt 2 (Evt.)');

		// At once: A at the start of the field, B at its end.
		await a.page.keyboard.press('Control+Home');
		await Promise.all([
			a.page.keyboard.type('Alfa skriver her. ', { delay: 30 }),
			b.page.keyboard.type('Beta skriver her.', { delay: 30 })
		]);
		const both = 'Alfa skriver her. Første linje.\nBeta skriver her.';
		await AgendaEditorPage.expectText(fieldA, both);
		await AgendaEditorPage.expectText(fieldB, both);

		// The other's cursor, with their name, in the field they are in.
		for (const page of [a.page, b.page]) {
			const caret = page.locator('.cm-ySelectionCaret');
			await expect(caret).toHaveCount(1);
			await expect(caret.locator('.cm-ySelectionInfo')).toHaveText('Sofie Sekretær');
		}
		await expect(alfa.item('2')).toContainText('Her nu: Sofie Sekretær');

		// Saved means stored: "Gemt" after the server's confirmation, and a fresh browser gets the text from the server.
		await expect(alfa.status).toHaveText(/Gemt/);
		await expect(beta.status).toHaveText(/Gemt/);
		const c = await signedIn(browser, demo.admin);
		try {
			const gamma = new AgendaEditorPage(c.page);
			await gamma.goto(meetingId);
			await AgendaEditorPage.expectText(gamma.field('2', 'Beslutningstema'), both);
			// The others hear about the newcomer.
			await expect(a.page.getByRole('status').filter({ hasText: 'Anne Admin er kommet ind i dagsordenen.' })).toBeAttached();
		} finally {
			await c.context.close();
		}
	} finally {
		await a.context.close();
		await b.context.close();
	}
});

test('items are added, moved and deleted with undo, and the other editor follows', async ({ browser }) => {
	test.setTimeout(90_000);
	const a = await signedIn(browser, demo.secretariat);
	const b = await signedIn(browser, demo.secretariat);
	try {
		const alfa = new AgendaEditorPage(a.page);
		const beta = new AgendaEditorPage(b.page);
		await alfa.goto(meetingId);
		await beta.goto(meetingId);

		// Add a blank item after item 1, then give it a title.
		await a.page.getByLabel('Indhold').selectOption({ label: 'Tomt punkt' });
		await a.page.getByLabel('Placering').selectOption({ label: 'Efter punkt 1 (Godkendelse af dagsorden)' });
		await a.page.getByRole('button', { name: 'Tilføj punkt' }).click();
		await expect(alfa.field('2', 'Titel')).toBeFocused();
		await a.page.keyboard.type('Rammeaftale 2023-24');
		const expected = [
			'Punkt 0: Præsentation af nye medlemmer',
			'Punkt 1: Godkendelse af dagsorden',
			'Punkt 2: Rammeaftale 2023-24',
			'Punkt 3: Evt.',
			'Punkt 4: Næste møde'
		];
		await expect(b.page.locator('.agenda-item h2')).toHaveText(expected);

		// Move it down by keyboard: focus stays on the button, the numbers follow.
		const down = alfa.item('2').getByRole('button', { name: 'Flyt ned' });
		await down.focus();
		await a.page.keyboard.press('Enter');
		const moved = [expected[0], expected[1], 'Punkt 2: Evt.', 'Punkt 3: Rammeaftale 2023-24', expected[4]];
		await expect(b.page.locator('.agenda-item h2')).toHaveText(moved);
		await expect(alfa.item('3').getByRole('button', { name: 'Flyt ned' })).toBeFocused();
		await alfa.item('3').getByRole('button', { name: 'Flyt op' }).click();
		await expect(b.page.locator('.agenda-item h2')).toHaveText(expected);

		// Delete it, undo with the visible button: it comes back whole, for both.
		await alfa.field('2', 'Indstilling').click();
		await a.page.keyboard.type('Det indstilles, at aftalen godkendes.');
		await AgendaEditorPage.expectText(beta.field('2', 'Indstilling'), 'Det indstilles, at aftalen godkendes.');
		await alfa.item('2').getByRole('button', { name: 'Slet punkt' }).click();
		await expect(b.page.locator('.agenda-item h2')).toHaveText([expected[0], expected[1], 'Punkt 2: Evt.', 'Punkt 3: Næste møde']);
		const undo = a.page.getByRole('button', { name: 'Fortryd', exact: true }).first();
		await expect(undo).toBeFocused();
		await undo.click();
		await expect(b.page.locator('.agenda-item h2')).toHaveText(expected);
		await AgendaEditorPage.expectText(beta.field('2', 'Indstilling'), 'Det indstilles, at aftalen godkendes.');

		// Delete again and undo with Ctrl-Z outside the text fields.
		await alfa.item('2').getByRole('button', { name: 'Slet punkt' }).click();
		await expect(a.page.locator('.agenda-item h2')).toHaveCount(4);
		await a.page.keyboard.press('Control+z');
		await expect(a.page.locator('.agenda-item h2')).toHaveText(expected);
		await expect(b.page.locator('.agenda-item h2')).toHaveText(expected);
		await expect(alfa.status).toHaveText(/Gemt/);
	} finally {
		await a.context.close();
		await b.context.close();
	}
});

test('the editor passes axe and works by keyboard alone: Tab reaches the fields and buttons and leaves the editor', async ({
	page
}) => {
	await new SignInPage(page).signInAs(demo.secretariat);
	const editor = new AgendaEditorPage(page);
	await editor.goto(meetingId);
	await expectAccessible(page);

	// Tab from the first item's title field: it leaves CodeMirror (no keyboard trap) to the next control.
	const title = editor.field('0', 'Titel');
	await title.click();
	await page.keyboard.press('Tab');
	await expect(title).not.toBeFocused();
	await expect(page.locator('.cm-content:focus')).toHaveCount(0);

	// From the top of the page, Tab alone reaches an item's buttons and its text fields in order.
	await page.locator('h1').click();
	const reached: string[] = [];
	for (let i = 0; i < 60; i++) {
		await page.keyboard.press('Tab');
		const name = await page.evaluate(() => {
			const el = document.activeElement as HTMLElement | null;
			if (!el) return '';
			if (el.classList.contains('cm-content')) {
				const ids = (el.getAttribute('aria-labelledby') ?? '').split(' ');
				return `textbox:${ids.map((id) => document.getElementById(id)?.textContent?.trim()).join(' ')}`;
			}
			return `${el.tagName.toLowerCase()}:${el.textContent?.trim() ?? ''}`;
		});
		reached.push(name);
	}
	expect(reached).toContain('button:Flyt ned, punkt 0');
	expect(reached).toContain('textbox:Titel Punkt 0: Præsentation af nye medlemmer');
	expect(reached).toContain('textbox:Beslutningstema Punkt 0: Præsentation af nye medlemmer');
	expect(reached).toContain('button:Slet punkt, punkt 0');
	// In reading order: the item's fields after its title.
	const order = (name: string) => reached.indexOf(`textbox:${name} Punkt 0: Præsentation af nye medlemmer`);
	expect(order('Titel')).toBeGreaterThan(0);
	expect(order('Beslutningstema')).toBeGreaterThan(order('Titel'));
	expect(order('Baggrund')).toBeGreaterThan(order('Beslutningstema'));
});

test('a member gets 403 and an anonymous visitor is sent to sign in', async ({ page }) => {
	const response = await page.goto(`/moeder/${meetingId}/dagsorden`);
	await expect(page).toHaveURL(new RegExp(`/log-ind\\?redirectTo=${encodeURIComponent(`/moeder/${meetingId}/dagsorden`)}`));
	expect(response?.ok()).toBe(true);
	await new SignInPage(page).signInAs(demo.member);
	const refused = await page.goto(`/moeder/${meetingId}/dagsorden`);
	expect(refused?.status()).toBe(403);
});

test('a published agenda opens read-only and says so', async ({ page }) => {
	// The seeded 12/8-2022 meeting's minutes are published: its document is read-only.
	const sql = e2eDatabase();
	let seeded: number;
	try {
		const [row] = await sql<{ id: number }[]>`
			select m.id from meetings m join bodies b on b.id = m.body_id
			where b.slug = 'styregruppen' and (m.starts_at at time zone 'Europe/Copenhagen')::date = '2022-08-12'`;
		seeded = row.id;
	} finally {
		await sql.end();
	}
	await new SignInPage(page).signInAs(demo.secretariat);
	await page.goto(`/moeder/${seeded}/dagsorden`);
	await expect(page.getByText('Referatet er offentliggjort, så dagsordenen kan kun læses.')).toBeVisible();
	const first = page.locator('.cm-content').first();
	await expect(first).toHaveAttribute('contenteditable', 'false');
	await expect(page.getByRole('button', { name: 'Tilføj punkt' })).toHaveCount(0);
	await expectAccessible(page);
});
