// Follow-up: the secretariat gives a decision an action for a member; the member finds it in "Mine opgaver" and
// marks it done (also without JavaScript); the overview puts overdue first; bad input saves nothing.
import { test, expect } from '@playwright/test';
import { SignInPage } from '../pages/sign-in-page';
import { expectAccessible } from '../helpers/axe';
import { demo } from '../helpers/users';

const what = `Indhent tal for belægningen ${Date.now()}`;

test('create an action for a member; it is overdue first in the overview', async ({ page }) => {
	await new SignInPage(page).signInAs(demo.secretariat);
	await page.goto('/beslutninger?tilbud=slagelse-tilbud-udviklingshaemmede-59-pladser');
	await page.getByRole('table').getByRole('link').last().click();
	await page.getByRole('link', { name: 'Tilføj opfølgning' }).click();
	await expectAccessible(page);
	await page.getByRole('button', { name: 'Opret opfølgning' }).click();
	await expect(page.getByRole('alert')).toContainText('Skriv, hvad der skal gøres.');
	await expect(page.getByRole('alert')).toContainText('Vælg, hvem der ejer opgaven.');
	await page.getByLabel('Hvad skal gøres').fill(what);
	await page.getByLabel('En person').check();
	const person = page.getByLabel('Person', { exact: true });
	const value = await person.locator('option', { hasText: 'medlem@rammeaftale.example' }).getAttribute('value');
	await person.selectOption(value!);
	await page.getByLabel('Frist (valgfri)').fill('2026-01-05');
	await page.getByRole('button', { name: 'Opret opfølgning' }).click();
	await expect(page.getByRole('region', { name: 'Opfølgning' })).toBeVisible();
	await expect(page.locator('main')).toContainText(what);
	await page.goto('/opfoelgning');
	await expectAccessible(page);
	const first = page.getByRole('table').locator('tbody tr').first();
	await expect(first).toContainText('Frist overskredet');
	// The action's own page: the secretariat edits every field.
	await page.getByRole('row', { name: new RegExp(what) }).getByRole('link', { name: what }).click();
	await expect(page.getByLabel('Hvad skal gøres')).toHaveValue(what);
	await expectAccessible(page);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the member marks it done from Mine opgaver', async ({ page }) => {
		await new SignInPage(page).signInAs(demo.member);
		await page.getByRole('link', { name: 'Mine opgaver' }).click();
		const row = page.getByRole('row', { name: new RegExp(what) });
		await expect(row).toContainText('Frist overskredet');
		await row.getByRole('button', { name: `Markér »${what}« som udført` }).click();
		await expect(page.getByRole('status').first()).toContainText('Opgaven er gemt.');
		await expect(page.getByRole('row', { name: new RegExp(what) })).toContainText('Udført');
	});
});

test('Mine opgaver passes axe; a member may not open the overview', async ({ page }) => {
	await new SignInPage(page).signInAs(demo.member);
	await page.goto('/opgaver');
	await expectAccessible(page);
	const response = await page.goto('/opfoelgning');
	expect(response?.status()).toBe(403);
});
