// The takstaftale's calculators: each works as a plain form without JavaScript, explains its result in steps and
// cites the rule's version; bad input gets a Danish message and a 400; every page passes axe and submits by keyboard.
import { test, expect } from '@playwright/test';
import { expectAccessible } from '../helpers/axe';

const calculators: { slug: string; fill: Record<string, string>; check?: string[]; result: RegExp; rule: RegExp }[] = [
	{
		slug: 'nedlukning',
		fill: { 'Dato for beslutningen om nedlukning': '2010-06-15', 'Merudgifter, der skal fordeles': '300.000' },
		result: /300\.000,00 kr\. fordeles mellem 2 brugerkommuner efter belægningen i 2009/,
		rule: /Nedlukning af tilbud med deling af nedlukningsomkostninger, version 1/
	},
	{
		slug: 'indkoering',
		fill: { 'Tilbuddets startdato': '2024-09-01', 'Indkøringsudgifter, der skal fordeles': '900.000' },
		result: /fordeles mellem 2 brugerkommuner over 2024-2025/,
		rule: /indkøringsudgifter, version 1/
	},
	{
		slug: 'produktionsaendring',
		fill: { 'Årets bruttobudget for tilbuddet': '10.000.000', 'Ændringer allerede foretaget i år': '0', 'Den planlagte ændring': '-2.100.000' },
		result: /21 % af bruttobudgettet: over 20 %/,
		rule: /±20 %/
	},
	{
		slug: 'udgiftsstigning',
		fill: { 'Sidste års udgifter': '1.000.000', 'Årets udgifter': '1.060.000' },
		check: ['Tilbuddet er et døgn- eller botilbud'],
		result: /stiger 6 %: over 5 %/,
		rule: /Udgiftsstigninger over 5 pct/
	},
	{ slug: 'opsigelse', fill: { 'Dato for opsigelsen eller dødsfaldet': '2024-01-15' }, result: /til og med 1\. marts 2024/, rule: /Opsigelsesvarsel/ },
	{
		slug: 'aflastning',
		fill: { 'Ankomst (dato og klokkeslæt)': '2025-03-29T12:00', 'Afrejse (dato og klokkeslæt)': '2025-03-30T12:00' },
		result: /1 hoteldøgn/,
		rule: /hoteldøgn fra kl\. 12 til kl\. 12/
	},
	{
		slug: 'betaling',
		fill: { 'Regningens dato': '2025-03-01', 'Regningens beløb': '100.000', 'Betalt den (valgfrit)': '2025-04-30', 'Rentesats pr. år i procent (valgfrit)': '9,6' },
		result: /Morarenter: 789,04 kr\./,
		rule: /Afregning månedsvis bagud/
	}
];

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	for (const calc of calculators) {
		test(`${calc.slug}: fill, calculate, read the steps and the cited rule`, async ({ page }) => {
			await page.goto(`/takstregler/beregnere/${calc.slug}`);
			for (const [label, value] of Object.entries(calc.fill)) await page.getByLabel(label, { exact: true }).fill(value);
			if (calc.slug === 'nedlukning') {
				await page.getByRole('textbox', { name: /^Faxe Døgn/ }).fill('730');
				await page.getByRole('textbox', { name: /^Køge Døgn/ }).fill('365');
			}
			if (calc.slug === 'indkoering') {
				await page.getByRole('textbox', { name: 'Roskilde Døgn i startåret' }).fill('100');
				await page.getByRole('textbox', { name: 'Roskilde Døgn i år 2' }).fill('365');
				await page.getByRole('textbox', { name: 'Lejre Døgn i startåret' }).fill('20');
			}
			for (const label of calc.check ?? []) await page.getByLabel(label).check();
			await page.getByRole('button', { name: 'Beregn' }).click();
			const result = page.getByRole('region', { name: 'Resultat' });
			await expect(result).toContainText(calc.result);
			await expect(result.getByRole('heading', { name: 'Sådan er det beregnet' })).toBeVisible();
			await expect(result.getByRole('link', { name: calc.rule })).toBeVisible();
		});
	}

	test('bad input gets Danish messages on the fields and a 400', async ({ page }) => {
		await page.goto('/takstregler/beregnere/betaling');
		// The date left empty: the browser's date field sends nothing for an impossible date anyway.
		await page.getByLabel('Regningens beløb').fill('mange penge');
		const [response] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByRole('button', { name: 'Beregn' }).click()]);
		expect(response.status()).toBe(400);
		await expect(page.getByRole('alert')).toContainText('Angiv regningens dato.');
		await expect(page.getByRole('alert')).toContainText('Beløbet skal være et beløb i kroner, fx 125.000,50.');
		await expect(page.getByRole('region', { name: 'Resultat' })).toHaveCount(0);
	});
});

test('the index and each calculator pass axe; a result passes too, and Enter submits', async ({ page }) => {
	await page.goto('/takstregler');
	await page.getByRole('link', { name: 'Beregnere til takstreglerne' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Beregnere' })).toBeVisible();
	await expectAccessible(page);
	for (const calc of calculators) {
		await page.goto(`/takstregler/beregnere/${calc.slug}`);
		await expectAccessible(page);
	}
	await page.goto('/takstregler/beregnere/opsigelse');
	await page.getByLabel('Dato for opsigelsen eller dødsfaldet').fill('2025-12-10');
	await page.getByLabel('Dato for opsigelsen eller dødsfaldet').press('Enter');
	await expect(page.getByRole('region', { name: 'Resultat' })).toContainText('til og med 30. januar 2026');
	await expectAccessible(page);
});
