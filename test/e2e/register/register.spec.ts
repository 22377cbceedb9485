// The decisions register: filters by keyboard alone, filters and pages without JavaScript, a decision's page with
// its case, and the secretariat's correction of a decision's links, logged on the page.
import { test, expect, type Locator, type Page } from '@playwright/test';
import { SignInPage } from '../pages/sign-in-page';
import { expectAccessible } from '../helpers/axe';
import { demo } from '../helpers/users';

/** Presses Tab until `target` has focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator) {
	for (let i = 0; i < 120; i++) {
		if (await target.evaluate((el) => el === document.activeElement)) return;
		await page.keyboard.press('Tab');
	}
	throw new Error('never reached by Tab');
}

test('the register’s filters by keyboard alone', async ({ page }) => {
	await page.goto('/beslutninger');
	await expectAccessible(page);
	const offer = page.getByLabel('Tilbud', { exact: true });
	await tabTo(page, offer);
	// A closed native select chooses by typing the start of an option's name.
	await page.keyboard.type('Tilbud til udv');
	await expect(offer).toHaveValue('slagelse-tilbud-udviklingshaemmede-59-pladser');
	const search = page.getByLabel('Søg i beslutningens tekst og punktets titel');
	await tabTo(page, search);
	await page.keyboard.type('lukke');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/tilbud=slagelse-tilbud-udviklingshaemmede-59-pladser/);
	await expect(page.getByRole('status')).toHaveText('Viser 1-1 af 1 beslutninger');
	const link = page.getByRole('table').getByRole('link', { name: /lukke/i }).last();
	await tabTo(page, link);
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { level: 1 })).toContainText('punkt 7');
	await expectAccessible(page);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('filters and pages are plain links and GET forms; a bad filter value is a Danish 400', async ({ page }) => {
		await page.goto('/beslutninger');
		await page.getByLabel('Organ', { exact: true }).selectOption({ label: 'Styregruppen for Rammeaftale Sjælland' });
		await page.getByRole('button', { name: 'Vis beslutninger' }).click();
		await expect(page).toHaveURL(/organ=styregruppen/);
		const status = page.getByRole('status');
		await expect(status).toContainText(/^Viser 1-\d+ af \d+ beslutninger$/);
		const pages = page.getByRole('navigation', { name: 'Sider' });
		if (await pages.count()) {
			await pages.getByRole('link', { name: 'Næste side' }).click();
			await expect(page).toHaveURL(/organ=styregruppen&side=2/);
			await expect(status).toContainText(/^Viser 26-/);
		}
		const bad = await page.goto('/beslutninger?organ=findes-ikke');
		expect(bad?.status()).toBe(400);
		await expect(page.locator('main')).toContainText('Ukendt organ: »findes-ikke«.');
	});
});

test('the secretariat corrects a decision’s links; the page shows it and who did it', async ({ page }) => {
	await new SignInPage(page).signInAs(demo.secretariat);
	await page.goto('/beslutninger?tilbud=slagelse-tilbud-udviklingshaemmede-59-pladser');
	await page.getByRole('table').getByRole('link').last().click();
	await page.getByRole('link', { name: 'Ret type og koblinger' }).click();
	await expectAccessible(page);
	const municipalities = page.getByRole('group', { name: 'Kommuner' });
	if ((await municipalities.locator('details').getAttribute('open')) === null) await municipalities.locator('summary').click();
	await municipalities.getByLabel('Sorø').check();
	await page.getByLabel('Begrundelse (valgfri)').fill('Sorø har borgere i tilbuddet.');
	await page.getByRole('button', { name: 'Gem rettelse' }).click();
	await expect(page.getByRole('status')).toContainText('Rettelsen er gemt.');
	const corrections = page.getByRole('region', { name: 'Rettelser' });
	await expect(corrections).toContainText('Sorø');
	await expect(corrections).toContainText('Sorø har borgere i tilbuddet.');
	await expect(corrections).toContainText(/af /);
	await expectAccessible(page);
	// No change: a Danish message, nothing logged.
	await page.getByRole('link', { name: 'Ret type og koblinger' }).click();
	await page.getByRole('button', { name: 'Gem rettelse' }).click();
	await expect(page.getByRole('alert')).toContainText('Der er ingen ændringer at gemme');
});
