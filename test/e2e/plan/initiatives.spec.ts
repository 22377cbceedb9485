// The implementation plan kept by the secretariat: a new initiative under an area of effort, approved by a decision
// from the register, shows on the public status page (filtered by status, also without JavaScript), on its own page
// with its timeline, in the printable version and in the Atom feed; a milestone moves its progress; focus-area owners
// over time. axe on every page on the way.
import { test, expect } from '@playwright/test';
import { SignInPage } from '../pages/sign-in-page';
import { expectAccessible } from '../helpers/axe';
import { demo } from '../helpers/users';

const title = `Fælles kontraktskabelon ${Date.now()}`;

test.describe.configure({ mode: 'serial' });

test('the secretariat adds an initiative approved by a decision; it shows on the status page, its own page and the feed', async ({ page }) => {
	await new SignInPage(page).signInAs(demo.secretariat);
	await page.goto('/implementeringsplan');
	await page.getByRole('link', { name: 'Nyt initiativ under indsatsområde 1' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nyt initiativ');
	await expect(page.getByLabel('Indsatsområde')).toHaveValue(/\d+/);
	await expectAccessible(page);

	// Bad input first: nothing is saved, the errors are named.
	await page.getByLabel('Start').fill('2026-06-01');
	await page.getByLabel('Frist').fill('2026-05-01');
	await page.getByRole('button', { name: 'Opret initiativet' }).click();
	await expect(page.getByRole('alert').first()).toContainText("Skriv initiativets titel.");
	await expect(page.getByRole('alert').first()).toContainText('Fristen kan ikke ligge før starten.');
	await expectAccessible(page);

	await page.getByLabel('Titel').fill(title);
	await page.getByLabel('Frist').fill('2026-12-31');
	await page.getByRole('radio', { name: 'Et organ' }).check();
	await page.getByLabel('Hvilken: Et organ').selectOption({ label: 'Direktør- og Chefforum' });
	await page.getByLabel('Status').selectOption({ label: 'I gang' });
	const decision = page.getByLabel('Beslutning (valgfri)');
	await decision.selectOption({ index: 1 });
	await page.getByLabel('Hvad beslutningen gjorde').selectOption({ label: 'Godkendt' });
	await page.getByRole('button', { name: 'Opret initiativet' }).click();

	await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
	await expect(page.getByRole('status')).toContainText('Initiativet er gemt.');
	await expect(page.getByTestId('initiative-status')).toHaveText('I gang');
	const timeline = page.getByRole('list').filter({ hasText: 'Godkendt af' });
	await expect(timeline).toContainText('Godkendt af');
	await expectAccessible(page);
	const initiativeUrl = page.url().replace(/\?.*$/, '');

	// A milestone, reached: the progress shows on the status page.
	await page.getByRole('link', { name: 'Redigér initiativet og dets milepæle' }).click();
	await expectAccessible(page);
	await page.getByLabel('Milepæl', { exact: true }).fill('Skabelon i høring');
	await page.getByLabel('Dato', { exact: true }).fill('2026-09-01');
	await page.getByRole('button', { name: 'Tilføj milepælen' }).click();
	await page.getByRole('button', { name: 'Markér »Skabelon i høring« som nået' }).click();
	await expect(page.getByText('nået')).toBeVisible();

	await page.goto('/implementeringsplan?status=in_progress');
	const row = page.getByRole('row', { name: new RegExp(title) });
	await expect(row).toContainText('I gang');
	await expect(row).toContainText('1 af 1 milepæle nået');
	await expect(row.getByRole('link', { name: /Godkendt af/ })).toBeVisible();
	await expectAccessible(page);
	await page.goto('/implementeringsplan?status=done');
	await expect(page.getByRole('row', { name: new RegExp(title) })).toHaveCount(0);

	const feed = await page.request.get('/implementeringsplan/status.atom');
	expect(feed.headers()['content-type']).toContain('application/atom+xml');
	expect(await feed.text()).toContain(`${title}: I gang`);
	expect(initiativeUrl).toMatch(/\/implementeringsplan\/initiativer\/\d+$/);
});

test('a focus area gets a body as owner from a date, shown with its period', async ({ page }) => {
	await new SignInPage(page).signInAs(demo.secretariat);
	await page.goto('/fokusomraader');
	await page.getByRole('link', { name: 'Redigér tovholdere' }).first().click();
	await expectAccessible(page);
	// A body that does not own the area yet (reruns against the same database pick another).
	const owners = await page.getByRole('list').first().innerText();
	const labels = (await page.getByLabel('Hvilken: Et organ').locator('option').allInnerTexts()).filter((l) => l !== '—' && !owners.includes(l));
	const body = labels[Math.floor(Math.random() * labels.length)];
	await page.getByRole('radio', { name: 'Et organ' }).check();
	await page.getByLabel('Hvilken: Et organ').selectOption({ label: body });
	await page.getByLabel('Fra (valgfri)').fill('2026-01-01');
	await page.getByRole('button', { name: 'Tilføj tovholderen' }).click();
	await expect(page.getByRole('status')).toContainText('Tovholderne er opdateret.');
	await expect(page.getByRole('main')).toContainText(`${body} (fra 1. januar 2026)`);
	// The same owner twice is refused.
	await page.getByRole('radio', { name: 'Et organ' }).check();
	await page.getByLabel('Hvilken: Et organ').selectOption({ label: body });
	await page.getByRole('button', { name: 'Tilføj tovholderen' }).click();
	await expect(page.getByRole('alert').first()).toContainText('allerede tovholder');
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the status page filters by principle and status, prints, and names an unknown filter in Danish', async ({ page }) => {
		await page.goto('/implementeringsplan');
		await page.getByRole('combobox', { name: 'Princip', exact: true }).selectOption({ label: '1. Fælles om kontrakter og takster' });
		await page.getByRole('combobox', { name: 'Status', exact: true }).selectOption({ label: 'I gang' });
		await page.getByRole('button', { name: 'Vis', exact: true }).click();
		await expect(page).toHaveURL(/princip=1/);
		await expect(page.getByRole('row', { name: new RegExp(title) })).toBeVisible();
		await expect(page.getByRole('heading', { name: /Fælles om kvalitet/ })).toHaveCount(0);
		await page.getByRole('link', { name: 'Udskriftsvenlig version' }).click();
		await expect(page).toHaveURL(/\/implementeringsplan\/udskrift\?princip=1/);
		await expect(page.getByRole('main')).toContainText(title);
		const response = await page.goto('/implementeringsplan?status=maaske');
		expect(response?.status()).toBe(400);
		await expect(page.getByRole('main')).toContainText('Ukendt Status: »maaske«.');
	});
});
