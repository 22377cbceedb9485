// The supply-and-demand survey: the secretariat opens one for a far-future year, the Næstved contact answers and
// submits by keyboard, another municipality's contact can neither open nor post Næstved's answer, the aggregate
// table and the CSV and .xlsx downloads show the answer, reminders go only to those who have not submitted; the
// answer form also works without JavaScript. axe on every new page.
import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { SignInPage } from '../pages/sign-in-page';
import { expectAccessible } from '../helpers/axe';
import { demo } from '../helpers/users';
import { e2eDatabase } from '../helpers/db';
import { uniqueEmail } from '../helpers/accounts';
import { mailsTo, waitForMail } from '../helpers/mail';
import { hashPassword } from '../../../src/lib/server/auth/password';

test.describe.configure({ mode: 'serial' });

const year = 2090 + Math.floor(Math.random() * 100);
const group = 'Børn og unge med psykiske vanskeligheder';
const opening = `Nyt dagtilbud for unge ${Date.now()}`;
const balance = `Mangler pladser til unge med angst ${Date.now()}`;
const otherPassword = 'slagelse-kontakt-e2e';
let other: { email: string };
let naestvedId: number;

function isoDaysFromNow(days: number): string {
	const d = new Date(Date.now() + days * 86_400_000);
	return d.toLocaleDateString('sv-SE', { timeZone: 'Europe/Copenhagen' });
}

/** Næstved's stored answer, straight from the database. */
async function naestvedAnswer() {
	const sql = e2eDatabase();
	try {
		const rows = await sql`select a.status, a.answers from survey_answers a join surveys s on s.id = a.survey_id
			where s.year = ${year} and a.municipality_id = ${naestvedId}`;
		return rows[0] ?? null;
	} finally {
		await sql.end();
	}
}

test.beforeAll(async () => {
	// A contact of another municipality (Slagelse), made directly in the database with the app's password hash.
	const sql = e2eDatabase();
	try {
		const email = uniqueEmail('kontakt-slagelse');
		const hash = await hashPassword(otherPassword);
		await sql`insert into users (email, name, role, municipality_id, password_hash)
			select ${email}, 'Kontakt Slagelse', 'municipal_contact', id, ${hash} from municipalities where slug = 'slagelse'`;
		other = { email };
		[{ id: naestvedId }] = await sql`select id from municipalities where slug = 'naestved'`;
	} finally {
		await sql.end();
	}
});

/** Presses Tab until the named button has focus (bounded), then Enter: the form is used by keyboard only. */
async function tabToAndPress(page: Page, name: string) {
	const button = page.getByRole('button', { name, exact: true });
	for (let i = 0; i < 200; i++) {
		if (await button.evaluate((el) => el === document.activeElement)) break;
		await page.keyboard.press('Tab');
	}
	await expect(button).toBeFocused();
	await page.keyboard.press('Enter');
}

test('the secretariat opens the year\'s survey; bad input is refused', async ({ page }) => {
	await new SignInPage(page).signInAs(demo.secretariat);
	await page.getByRole('link', { name: 'Udbud og efterspørgsel' }).first().click();
	await expect(page).toHaveURL(/\/undersoegelse$/);
	await expectAccessible(page);
	await page.getByLabel('År', { exact: true }).fill('19');
	await page.getByRole('button', { name: 'Åbn spørgeskema' }).click();
	await expect(page.getByRole('alert')).toContainText('Skriv et årstal mellem 2000 og 2199.');
	await expect(page.getByRole('alert')).toContainText('Skriv svarfristen som en dato');
	await expectAccessible(page);
	await page.getByLabel('År', { exact: true }).fill(String(year));
	await page.getByLabel('Svarfrist').fill(isoDaysFromNow(14));
	await expect(page.getByRole('checkbox', { name: group })).toBeChecked();
	await page.getByRole('button', { name: 'Åbn spørgeskema' }).click();
	await expect(page).toHaveURL(new RegExp(`/undersoegelse/${year}$`));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Udbud og efterspørgsel ${year}`);
	await expect(page.getByText('0 af 17 kommuner har indsendt deres svar.')).toBeVisible();
	await expectAccessible(page);
});

test('the Næstved contact saves a draft and submits by keyboard', async ({ page }) => {
	await new SignInPage(page).signInAs(demo.municipalContact);
	await page.goto('/undersoegelse');
	await expectAccessible(page);
	await page.getByRole('link', { name: `Spørgeskema ${year}` }).click();
	await expect(page).toHaveURL(new RegExp(`/undersoegelse/${year}/svar$`));
	await expect(page.getByText('Svar for Næstved')).toBeVisible();
	await expectAccessible(page);

	const groupBox = page.getByRole('group', { name: group, exact: true });
	// Keyboard only from the first radio: arrow keys choose, Tab moves on, Enter in a field saves a draft.
	await groupBox.getByRole('radio', { name: 'Stigende' }).focus();
	await page.keyboard.press('Space');
	await expect(groupBox.getByRole('radio', { name: 'Stigende' })).toBeChecked();
	await page.keyboard.press('Tab');
	await expect(groupBox.getByLabel('Pladser forventet købt (valgfri)')).toBeFocused();
	await page.keyboard.type('fire');
	await page.keyboard.press('Enter');
	const summary = page.getByRole('alert');
	await expect(summary).toContainText(`Skriv antal pladser for ${group} som et helt tal fra 0 til 9999.`);
	await expect(summary).toBeFocused();
	await expectAccessible(page);
	// The error summary's link takes the keyboard to the field; what was typed is still there.
	await page.keyboard.press('Tab');
	await page.keyboard.press('Enter');
	const places = page.getByRole('group', { name: group, exact: true }).getByLabel('Pladser forventet købt (valgfri)');
	await expect(places).toBeFocused();
	await expect(places).toHaveValue('fire');
	await page.keyboard.press('ControlOrMeta+a');
	await page.keyboard.type('4');
	await page.keyboard.press('Tab');
	await page.keyboard.type(opening);
	await page.keyboard.press('Shift+Tab');
	await page.keyboard.press('Enter');
	await expect(page.getByRole('status')).toContainText('Kladden er gemt.');
	expect((await naestvedAnswer())?.status).toBe('draft');

	await page.getByLabel('Sammenhængen mellem udbud og efterspørgsel').focus();
	await page.keyboard.type(balance);
	await tabToAndPress(page, 'Indsend');
	await expect(page.getByRole('status')).toContainText('Svaret er indsendt.');
	await expect(page.getByText('Status: Indsendt.')).toBeVisible();
	await expect(page.getByRole('group', { name: group, exact: true }).getByLabel('Pladser forventet købt (valgfri)')).toHaveValue('4');
	await expectAccessible(page);
	const stored = await naestvedAnswer();
	expect(stored?.status).toBe('submitted');
	expect(stored?.answers.groups['children-psychiatric']).toEqual({ demand: 'up', places: 4, opening, closing: '' });
	expect(stored?.answers.parts.balance).toBe(balance);
});

test("another municipality's contact can neither open nor post Næstved's answer", async ({ page }) => {
	const before = await naestvedAnswer();
	await new SignInPage(page).signInAs(other.email, otherPassword);
	const origin = new URL(page.url()).origin;
	expect((await page.goto(`/undersoegelse/${year}/svar?kommune=${naestvedId}`))?.status()).toBe(403);
	await expect(page.locator('main')).not.toContainText(opening);
	const post = await page.request.post(`/undersoegelse/${year}/svar?kommune=${naestvedId}`, {
		form: { 'demand-children-psychiatric': 'down', 'places-children-psychiatric': '99', intent: 'submit' },
		headers: { origin, accept: 'text/html' }
	});
	expect(post.status()).toBe(403);
	expect(await naestvedAnswer()).toEqual(before);
	// Their own page is Slagelse's, empty; the secretariat's pages and exports are closed to them.
	await page.goto(`/undersoegelse/${year}/svar`);
	await expect(page.getByText('Svar for Slagelse')).toBeVisible();
	await expect(page.locator('main')).not.toContainText(opening);
	expect((await page.goto(`/undersoegelse/${year}`))?.status()).toBe(403);
	expect((await page.request.get(`/undersoegelse/${year}/udbud-og-efterspoergsel.csv`)).status()).toBe(403);
	expect((await page.request.get(`/undersoegelse/${year}/udbud-og-efterspoergsel.xlsx`)).status()).toBe(403);
});

test('the aggregate table shows the answer; the CSV and .xlsx downloads contain it; reminders skip Næstved', async ({ page }) => {
	await new SignInPage(page).signInAs(demo.secretariat);
	await page.goto(`/undersoegelse/${year}`);
	await expect(page.getByText('1 af 17 kommuner har indsendt deres svar.')).toBeVisible();
	await expect(page.getByRole('row', { name: /^Næstved/ })).toContainText('Indsendt');
	const table = page.getByRole('table', { name: `Forventet efterspørgsel, pladser og planer pr. målgruppe ${year}` });
	const row = table.getByRole('row', { name: new RegExp(`^${group}`) });
	await expect(row.getByRole('cell')).toHaveText([/^1$/, /^0$/, /^0$/, /^16$/, /^4/, `Næstved: ${opening}`, '']);
	const chart = page.getByRole('img', { name: /Søjlediagram over forventet efterspørgsel/ });
	await expect(chart).toBeVisible();
	await expect(page.locator('main')).toContainText(`Næstved: ${balance}`);
	await expect(page.getByLabel('Tekstudkastet som Markdown')).toHaveValue(new RegExp(`- \\*\\*Næstved\\*\\*: ${opening}`));
	await expectAccessible(page);

	const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /som CSV/ }).click()]);
	expect(csvDownload.suggestedFilename()).toBe(`udbud-og-efterspoergsel-${year}.csv`);
	const csv = readFileSync((await csvDownload.path())!, 'utf8');
	expect(csv.startsWith('\uFEFFMålgruppe;Stigende;Uændret;Faldende;')).toBe(true);
	expect(csv).toContain(`${group};1;0;0;16;4;1;Næstved: ${opening};`);

	const [xlsxDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /Excel-projektmappe/ }).click()]);
	expect(xlsxDownload.suggestedFilename()).toBe(`udbud-og-efterspoergsel-${year}.xlsx`);
	const book = new ExcelJS.Workbook();
	await book.xlsx.readFile((await xlsxDownload.path())!);
	expect(book.worksheets.map((w) => w.name)).toEqual(['Målgrupper', 'Svar pr. kommune', 'Fritekst', 'Besvarelser']);
	const answers = book.getWorksheet('Svar pr. kommune')!.getSheetValues().map((r) => (Array.isArray(r) ? r.slice(1) : []));
	expect(answers).toContainEqual(['Næstved', group, 'Stigende', 4, opening, '']);
	const text = book.getWorksheet('Fritekst')!.getSheetValues().map((r) => (Array.isArray(r) ? r.slice(1) : []));
	expect(text).toContainEqual(['Sammenhængen mellem udbud og efterspørgsel', 'Næstved', balance]);

	// "Send påmindelse nu": Slagelse's contact (not submitted) gets one, Næstved's (submitted) none.
	await page.getByRole('button', { name: 'Send påmindelse nu' }).click();
	await expect(page.getByRole('status')).toContainText('Påmindelser sendt til kommuner:');
	// Other specs remind the same contact at the same time (indicators): wait for this survey's mail.
	const mail = await waitForMail(other.email, { subject: `udbud og efterspørgsel ${year}` });
	expect(mail.text).toContain(`/undersoegelse/${year}/svar`);
	expect(mailsTo(demo.municipalContact).filter((m) => m.subject.includes(`efterspørgsel ${year}`))).toHaveLength(0);
	await page.getByRole('button', { name: 'Send påmindelse nu' }).click();
	await expect(page.getByRole('status')).toContainText('Der var ingen påmindelser at sende');
	expect(mailsTo(other.email).filter((m) => m.subject.includes(`efterspørgsel ${year}`))).toHaveLength(1);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the Slagelse contact saves a draft, meets a field error and submits', async ({ page }) => {
		await new SignInPage(page).signInAs(other.email, otherPassword);
		await page.goto(`/undersoegelse/${year}/svar`);
		const box = page.getByRole('group', { name: 'Voksne i hjemløshed', exact: true });
		await box.getByRole('radio', { name: 'Faldende' }).check();
		await box.getByLabel('Pladser forventet købt (valgfri)').fill('2,5');
		await page.getByRole('button', { name: 'Gem kladde' }).click();
		await expect(page.getByRole('alert')).toContainText('Skriv antal pladser for Voksne i hjemløshed som et helt tal');
		await expect(box.getByRole('radio', { name: 'Faldende' })).toBeChecked();
		await box.getByLabel('Pladser forventet købt (valgfri)').fill('3');
		await page.getByRole('button', { name: 'Gem kladde' }).click();
		await expect(page.getByRole('status')).toContainText('Kladden er gemt.');
		await page.getByRole('button', { name: 'Indsend' }).click();
		await expect(page.getByRole('status')).toContainText('Svaret er indsendt.');
		await expect(page.getByRole('button', { name: 'Indsend ændringer' })).toBeVisible();
		await expect(page.getByRole('button', { name: 'Gem kladde' })).toHaveCount(0);
	});
});
