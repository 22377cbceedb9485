// DKFDS' error summary: after a failed form post the focus moves to the summary (so a screen reader reads it and
// the next Tab reaches its links), its links focus their field, and it shows DKFDS' error icon in its gutter.
import { test, expect } from '@playwright/test';
import { SignInPage } from '../pages/sign-in-page';
import { expectAccessible } from '../helpers/axe';
import { uniqueEmail } from '../helpers/accounts';

test.describe('error summary', () => {
	test('a failed sign-in moves focus to the summary, which shows its icon', async ({ page }) => {
		const signIn = new SignInPage(page);
		await signIn.goto();
		await signIn.signIn(uniqueEmail('fejlopsummering'), 'forkert-adgangskode');
		const summary = page.getByRole('alert');
		await expect(summary).toContainText('E-mail eller adgangskode er forkert.');
		await expect(summary).toBeFocused();
		// The gutter DKFDS keeps for the icon holds the error icon, named for screen readers.
		const icon = summary.getByRole('img', { name: 'Fejl' });
		await expect(icon).toBeVisible();
		const [iconBox, summaryBox] = [await icon.boundingBox(), await summary.boundingBox()];
		expect(iconBox && summaryBox && iconBox.x - summaryBox.x).toBeLessThan(40);
		await expectAccessible(page);
	});

	test('a field error’s link in the summary focuses the field; Tab from the summary reaches it', async ({ page }) => {
		const signIn = new SignInPage(page);
		await signIn.goto();
		await signIn.signIn('ikke-en-email', 'x');
		const summary = page.getByRole('alert');
		await expect(summary).toBeFocused();
		await page.keyboard.press('Tab');
		const link = summary.getByRole('link', { name: 'Skriv en gyldig e-mailadresse' });
		await expect(link).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page.getByLabel('E-mail')).toBeFocused();
	});

	test('the forgot-password form focuses its summary too', async ({ page }) => {
		await page.goto('/glemt-adgangskode');
		await page.getByLabel('E-mail').fill('ikke-en-mail');
		await page.getByRole('button', { name: 'Send link' }).click();
		await expect(page.getByRole('alert')).toContainText('Skriv en gyldig e-mailadresse');
		await expect(page.getByRole('alert')).toBeFocused();
	});

	test('without JavaScript the summary is still shown and announced as an alert', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		try {
			await new SignInPage(page).goto();
			await new SignInPage(page).signIn('ikke-en-email', 'x');
			await expect(page.getByRole('alert').getByRole('link', { name: 'Skriv en gyldig e-mailadresse' })).toBeVisible();
		} finally {
			await context.close();
		}
	});
});

test('"Glemt adgangskode" points to an administrator, not to the secretariat, which cannot manage users', async ({
	page
}) => {
	await page.goto('/glemt-adgangskode');
	await page.getByLabel('E-mail').fill(uniqueEmail('hjaelp'));
	await page.getByRole('button', { name: 'Send link' }).click();
	await expect(page.getByText('Du kan også bede en administrator om et nyt link.')).toBeVisible();
	await expect(page.locator('main')).not.toContainText('i sekretariatet');
});
