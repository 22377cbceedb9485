import { test, expect } from '@playwright/test';
import { SignInPage } from '../pages/sign-in-page';
import { expectAccessible } from '../helpers/axe';
import { demo } from '../helpers/users';
import { createUserAsAdmin, setPasswordThroughLink, uniqueEmail } from '../helpers/accounts';

test.describe('my account', () => {
	test('anonymous visitors are sent to sign in, and back to /konto afterwards', async ({ page }) => {
		await page.goto('/konto');
		await expect(page).toHaveURL(/\/log-ind\?redirectTo=%2Fkonto$/);
		await new SignInPage(page).signIn(demo.member);
		await expect(page).toHaveURL(/\/konto$/);
		await expect(page.getByRole('heading', { level: 1, name: 'Min konto' })).toBeVisible();
		await expect(page.locator('dl')).toContainText('Mads Medlem');
		await expect(page.locator('dl')).toContainText('Styregruppen');
		await expectAccessible(page);
	});

	test('changing the password: wrong current password changes nothing, then success everywhere else signed out', async ({
		page,
		browser
	}) => {
		// Our own user: the demo users keep 'rammeaftale-demo' for the other specs.
		const email = uniqueEmail('konto');
		const name = `Karen Konto ${Date.now()}`;
		const adminContext = await browser.newContext();
		const admin = await adminContext.newPage();
		await new SignInPage(admin).signInAs(demo.admin);
		const link = await createUserAsAdmin(admin, { name, email });
		await adminContext.close();
		await setPasswordThroughLink(page, link, 'den gamle adgangskode');

		const signIn = new SignInPage(page);
		await signIn.signIn(email, 'den gamle adgangskode');
		await expect(page.getByText(`Logget ind som ${name}`)).toBeVisible();
		// A second device, signed in too.
		const otherContext = await browser.newContext();
		const other = await otherContext.newPage();
		await new SignInPage(other).signInAs(email, 'den gamle adgangskode');

		await page.getByRole('link', { name: 'Min konto' }).click();
		await expect(page.getByRole('heading', { level: 2, name: 'Skift adgangskode' })).toBeVisible();
		await expectAccessible(page);

		// Wrong current password: a Danish message, nothing changed.
		await page.getByLabel('Nuværende adgangskode').fill('forkert gæt');
		await page.getByLabel('Ny adgangskode', { exact: true }).fill('den nye adgangskode');
		await page.getByLabel('Gentag ny adgangskode').fill('den nye adgangskode');
		const [failed] = await Promise.all([
			page.waitForResponse((r) => r.request().method() === 'POST' && r.url().includes('/konto')),
			page.getByRole('button', { name: 'Skift adgangskode' }).click()
		]);
		expect(failed.status()).toBe(400);
		await expect(page.getByRole('alert')).toContainText('Den nuværende adgangskode er forkert. Din adgangskode er ikke ændret.');
		await expect(page.getByLabel('Nuværende adgangskode')).toHaveValue('');
		await expectAccessible(page);
		await other.goto('/konto');
		await expect(other.getByRole('heading', { level: 1, name: 'Min konto' })).toBeVisible();

		// Mismatched repeat.
		await page.getByLabel('Nuværende adgangskode').fill('den gamle adgangskode');
		await page.getByLabel('Ny adgangskode', { exact: true }).fill('den nye adgangskode');
		await page.getByLabel('Gentag ny adgangskode').fill('en helt anden');
		await page.getByRole('button', { name: 'Skift adgangskode' }).click();
		await expect(page.getByRole('alert')).toContainText('De to nye adgangskoder er ikke ens.');

		// Success: this device stays signed in, the other is signed out.
		await page.getByLabel('Nuværende adgangskode').fill('den gamle adgangskode');
		await page.getByLabel('Ny adgangskode', { exact: true }).fill('den nye adgangskode');
		await page.getByLabel('Gentag ny adgangskode').fill('den nye adgangskode');
		await page.getByRole('button', { name: 'Skift adgangskode' }).click();
		await expect(page.getByRole('status')).toContainText('Din adgangskode er skiftet.');
		await expectAccessible(page);
		await page.goto('/konto');
		await expect(page.getByText(`Logget ind som ${name}`)).toBeVisible();
		await other.goto('/konto');
		await expect(other).toHaveURL(/\/log-ind\?redirectTo=%2Fkonto$/);

		// The old password no longer works; the new one does.
		await new SignInPage(other).signIn(email, 'den gamle adgangskode');
		await expect(other.getByRole('alert')).toContainText('E-mail eller adgangskode er forkert.');
		await new SignInPage(other).signIn(email, 'den nye adgangskode');
		await expect(other).toHaveURL(/\/konto$/);
		await expect(other.getByText(`Logget ind som ${name}`)).toBeVisible();
		await otherContext.close();
	});

	test('an unknown or malformed password link says so and passes axe', async ({ page }) => {
		const res = await page.goto('/adgangskode/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa');
		expect(res?.status()).toBe(200);
		await expect(page.getByRole('heading', { level: 1, name: 'Linket virker ikke' })).toBeVisible();
		await expect(page.getByText('Linket er ugyldigt.')).toBeVisible();
		expect(res?.headers()['cache-control']).toContain('no-store');
		await expectAccessible(page);
		await page.goto('/adgangskode/%3Cscript%3E');
		await expect(page.getByText('Linket er ugyldigt.')).toBeVisible();
	});
});
