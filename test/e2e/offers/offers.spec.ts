// The secretariat maintains offers: an edit linked to a decision shows in the offer's timeline; two secretaries
// saving the same offer: the second is told what changed meanwhile; bad input saves nothing; works without JS.
import { test, expect, type Page } from '@playwright/test';
import { SignInPage } from '../pages/sign-in-page';
import { expectAccessible } from '../helpers/axe';
import { demo } from '../helpers/users';

async function signIn(page: Page) {
	await new SignInPage(page).signInAs(demo.secretariat);
}

test('the secretariat edits Kildebo’s places linked to a decision, and the timeline shows it', async ({ page }) => {
	await signIn(page);
	await page.goto('/tilbud/kildebo');
	await page.getByRole('link', { name: 'Redigér tilbud' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Redigér tilbud');
	await expectAccessible(page);
	await page.getByLabel('Pladser', { exact: true }).fill('27');
	const decision = page.getByLabel('Beslutningen, ændringen følger af (valgfri)');
	const option = decision.locator('option', { hasText: /punkt 7:/ }).first();
	const label = (await option.textContent())!;
	await decision.selectOption({ label });
	await page.getByLabel('Gælder fra (valgfri, ellers i dag)').fill('2026-11-20');
	await page.getByLabel('Note til historikken (valgfri)').fill('Pladstallet opjusteret efter beslutningen.');
	await page.getByRole('button', { name: 'Gem tilbud' }).click();
	await expect(page.getByRole('status')).toContainText('Tilbuddet er gemt');
	const entry = page.getByRole('list', { name: 'Tidslinje' }).getByRole('listitem').first();
	await expect(entry).toContainText('20. november 2026');
	await expect(entry).toContainText('Pladser');
	await expect(entry).toContainText('→ 27');
	await expect(entry).toContainText('Pladstallet opjusteret efter beslutningen.');
	await expect(entry.getByRole('link', { name: /Styregruppen for Rammeaftale Sjælland/ })).toHaveAttribute('href', /\/beslutninger\/\d+$/);
	await expect(entry).toContainText('Ændret af');
	await expectAccessible(page);
	// The public sees the change and the decision, not who made it.
	await page.context().clearCookies();
	await page.goto('/tilbud/kildebo');
	const publicEntry = page.getByRole('list', { name: 'Tidslinje' }).getByRole('listitem').first();
	await expect(publicEntry).toContainText('→ 27');
	await expect(publicEntry).not.toContainText('Ændret af');
});

test('two secretaries edit the same offer: the second save is refused with what changed meanwhile', async ({ browser }) => {
	const [a, b] = await Promise.all([browser.newContext(), browser.newContext()]);
	const [pa, pb] = await Promise.all([a.newPage(), b.newPage()]);
	await signIn(pa);
	await signIn(pb);
	await pa.goto('/tilbud/orions-baelte/rediger');
	await pb.goto('/tilbud/orions-baelte/rediger');
	await pa.getByLabel('Kontakt', { exact: true }).fill('Næstved Kommune, Handicap og Psykiatri');
	await pa.getByRole('button', { name: 'Gem tilbud' }).click();
	await expect(pa.getByRole('status')).toContainText('Tilbuddet er gemt');
	await pb.getByLabel('Pladser', { exact: true }).fill('9');
	await pb.getByRole('button', { name: 'Gem tilbud' }).click();
	await expect(pb.getByRole('alert')).toContainText('Tilbuddet er ændret af en anden');
	const meanwhile = pb.getByRole('region', { name: /Ændret i mellemtiden/ });
	await expect(meanwhile).toContainText('Næstved Kommune, Handicap og Psykiatri');
	await expect(pb.getByLabel('Pladser', { exact: true })).toHaveValue('9');
	await expectAccessible(pb);
	await Promise.all([a.close(), b.close()]);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('create an offer; bad input gets Danish messages and saves nothing', async ({ page }) => {
		await signIn(page);
		await page.goto('/tilbud');
		await page.getByRole('link', { name: 'Opret tilbud' }).click();
		await page.getByLabel('Navn', { exact: true }).fill('Testhuset i Sorø');
		await page.getByLabel('Pladser', { exact: true }).fill('-3');
		await page.getByLabel('Belægning i procent').fill('130');
		await page.getByRole('button', { name: 'Gem tilbud' }).click();
		await expect(page.getByRole('alert')).toContainText('Pladser kan ikke være negativt.');
		await expect(page.getByRole('alert')).toContainText('Belægningen kan ikke være over 100 % af pladserne.');
		expect((await page.request.get('/tilbud/testhuset-i-soroe')).status()).toBe(404);
		await page.getByLabel('Pladser', { exact: true }).fill('6');
		await page.getByLabel('Belægning i procent').fill('83,5');
		await page.getByRole('button', { name: 'Gem tilbud' }).click();
		await expect(page).toHaveURL(/\/tilbud\/testhuset-i-soroe\?gemt=1$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Testhuset i Sorø');
		await expect(page.getByRole('list', { name: 'Tidslinje' })).toContainText('Tilbuddet oprettet.');
	});
});

test('the new-offer form passes axe', async ({ page }) => {
	await signIn(page);
	await page.goto('/tilbud/ny');
	await expect(page.getByRole('heading', { level: 1, name: 'Opret tilbud' })).toBeVisible();
	await expectAccessible(page);
});

test('a member may not open the offer form', async ({ page }) => {
	await new SignInPage(page).signInAs(demo.member);
	const response = await page.goto('/tilbud/kildebo/rediger');
	expect(response?.status()).toBe(403);
});
