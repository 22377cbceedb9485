// A new version of a tariff rule: it must name a decision, may not overlap, and the rule's page then shows every
// version with a word-level diff and the decision behind it. Uses `egenbetaling`, which no calculator reads.
import { test, expect } from '@playwright/test';
import { SignInPage } from '../pages/sign-in-page';
import { expectAccessible } from '../helpers/axe';
import { demo } from '../helpers/users';

test('the secretariat adds a version; the page shows the diff and the decision', async ({ page }) => {
	await new SignInPage(page).signInAs(demo.secretariat);
	await page.goto('/takstregler');
	await page.getByRole('link', { name: /^Borgerens egenbetaling/ }).click();
	await expect(page.getByRole('heading', { level: 2, name: 'Versioner' })).toBeVisible();
	await expectAccessible(page);
	await page.getByRole('link', { name: 'Ny version af reglen' }).click();
	await expectAccessible(page);

	// Without a decision and overlapping version 1: refused, with the messages on the fields.
	const text = page.getByLabel('Reglens tekst (Markdown)');
	await text.fill(`${await text.inputValue()}\n\nEgenbetalingen opkræves af handlekommunen.`);
	await page.getByLabel('Gælder fra', { exact: true }).fill('2021-01-01');
	await page.getByRole('button', { name: 'Gem ny version' }).click();
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('Vælg den beslutning, den nye version følger af.');
	await expect(alert).toContainText('Perioden overlapper version 1');

	const decision = page.getByLabel('Beslutningen, versionen følger af');
	await decision.selectOption({ index: 1 });
	await page.getByLabel('Gælder fra', { exact: true }).fill('2027-01-01');
	await page.getByRole('button', { name: 'Gem ny version' }).click();
	await expect(page).toHaveURL(/\/takstregler\/egenbetaling\?gemt=2$/);
	await expect(page.getByRole('status')).toContainText('Version 2 er gemt.');
	const v2 = page.getByRole('article', { name: /^Version 2/ });
	const diff = v2.getByRole('region', { name: 'Ændringer fra version 1' });
	await expect(diff.locator('ins')).toContainText('Egenbetalingen opkræves af handlekommunen.');
	await expect(diff.locator('ins .sr-only').first()).toHaveText('[tilføjet]');
	await expect(v2.getByRole('link', { name: 'Beslutningen bag versionen' })).toHaveAttribute('href', /\/beslutninger\/\d+$/);
	// Version 1 now ends the day before.
	await expect(page.getByRole('article', { name: /^Version 1/ })).toContainText('31. december 2026');
	await expectAccessible(page);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the rule page and its diff read without JavaScript; a member cannot add a version', async ({ page }) => {
		await page.goto('/takstregler/standardkontrakter');
		await expect(page.getByRole('region', { name: 'Ændringer fra version 1' }).locator('del').first()).toBeVisible();
		await new SignInPage(page).signInAs(demo.member);
		const response = await page.goto('/takstregler/standardkontrakter/ny-version');
		expect(response?.status()).toBe(403);
	});
});
