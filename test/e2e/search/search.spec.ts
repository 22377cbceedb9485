// The portal's search as a reader uses it: from the header on any page, without JavaScript, narrowing by facets,
// a misspelling corrected, bad input answered in Danish, and axe on the results.
import { test, expect } from '@playwright/test';
import { expectAccessible } from '../helpers/axe';

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('searches from the header, finds inflected forms, narrows by type and pages', async ({ page }) => {
		await page.goto('/tilbud');
		await page.getByRole('search', { name: 'Søg i portalen' }).getByLabel('Søg i portalen').fill('rammeaftalerne');
		await page.getByRole('search', { name: 'Søg i portalen' }).getByRole('button', { name: 'Søg' }).click();
		await expect(page).toHaveURL(/\/soeg\?q=rammeaftalerne$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Søg');
		const status = page.getByRole('status');
		await expect(status).toContainText(/\d+ resultater for »rammeaftalerne«/);
		// Stemming: the hits mark "rammeaftalen", "rammeaftale" … though the search said "rammeaftalerne".
		const marks = await page.locator('.search-hit mark').allTextContents();
		expect(marks.some((t) => /^rammeaftale(n|ns)?$/i.test(t))).toBe(true);

		const facets = page.getByRole('navigation', { name: 'Afgræns søgningen' });
		const decisionsFacet = facets.getByRole('link', { name: /^Beslutning \(\d+\)$/ });
		const count = Number((await decisionsFacet.textContent())!.match(/\((\d+)\)/)![1]);
		await decisionsFacet.click();
		await expect(page).toHaveURL(/type=beslutning/);
		await expect(status).toContainText(`${count === 1 ? '1 resultat' : `${count} resultater`} for »rammeaftalerne«`);
		const types = await page.locator('.search-hit .tag').allTextContents();
		expect(new Set(types)).toEqual(new Set(['Beslutning']));
		await page.getByRole('link', { name: 'Fjern afgrænsningen type' }).click();
		await expect(page).not.toHaveURL(/type=/);

		await page.getByLabel('Sortér efter').selectOption({ label: 'Dato, nyeste først' });
		await page.getByRole('search', { name: 'Søgning og sortering' }).getByRole('button', { name: 'Søg' }).click();
		await expect(page).toHaveURL(/sortering=dato/);
		const pages = page.getByRole('navigation', { name: 'Sider' });
		if (await pages.count()) {
			await pages.getByRole('link', { name: 'Næste side' }).click();
			await expect(page).toHaveURL(/side=2/);
			await expect(status).toContainText('Side 2 af');
		}
	});

	test('offers a spelling for a misspelt word, and answers bad input with a Danish 4xx', async ({ page }) => {
		await page.goto('/soeg?q=stryegruppen');
		await expect(page.getByRole('status')).toContainText('Ingen resultater for »stryegruppen«.');
		await page.getByRole('link', { name: 'styregruppen' }).click();
		await expect(page).toHaveURL(/q=styregruppen/);
		await expect(page.getByRole('status')).toContainText(/resultat/);

		const long = await page.goto(`/soeg?q=${'a'.repeat(10_000)}`);
		expect(long?.status()).toBe(400);
		await expect(page.locator('main')).toContainText('Søgningen er for lang: højst 200 tegn');
		const type = await page.goto('/soeg?q=takst&type=hemmelig');
		expect(type?.status()).toBe(400);
		await expect(page.locator('main')).toContainText('Ukendt type: »hemmelig«.');
		for (const side of ['-1', '1000000000000']) {
			const response = await page.goto(`/soeg?q=takst&side=${side}`);
			expect(response?.status()).toBe(400);
			await expect(page.locator('main')).toContainText('Sidetallet skal være et helt tal fra 1');
		}
		const beyond = await page.goto('/soeg?q=takst&side=9999');
		expect(beyond?.status()).toBe(404);
		const operators = await page.goto(`/soeg?q=${encodeURIComponent('"takst & | ! ( -')}`);
		expect(operators?.status()).toBe(200);
	});
});

test('the results page passes axe and is usable by keyboard', async ({ page }) => {
	await page.goto('/soeg?q=tilbud');
	await expectAccessible(page);
	const input = page.getByLabel('Søgeord');
	await input.focus();
	await page.keyboard.press('Control+A');
	await page.keyboard.type('takstregler');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/q=takstregler/);
	await expect(page.getByRole('status')).toContainText('for »takstregler«');
	await expectAccessible(page);
});
