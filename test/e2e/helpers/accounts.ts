// Users made for one test through the admin pages, so that specs never change the demo users' passwords.
import { expect, type Page } from '@playwright/test';
import { passwordLinkIn, waitForMail } from './mail';

/** A unique e-mail per call and test run, so reruns against the same database don't collide. */
export function uniqueEmail(prefix: string): string {
	return `${prefix}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@kommune.example`;
}

/**
 * On /admin/brugere as an admin: creates the user and returns the invitation link, read from the invitation
 * e-mail the e2e server's SMTP sink received (the page itself no longer shows it when mail is set up).
 */
export async function createUserAsAdmin(
	page: Page,
	user: { name: string; email: string; role?: string }
): Promise<string> {
	await page.goto('/admin/brugere');
	await page.getByLabel('Navn', { exact: true }).fill(user.name);
	await page.getByLabel('E-mail', { exact: true }).fill(user.email);
	if (user.role) await page.getByRole('combobox', { name: 'Rolle', exact: true }).selectOption({ label: user.role });
	await page.getByRole('button', { name: 'Opret bruger' }).click();
	await expect(page.getByRole('status')).toContainText(`${user.name} er oprettet`);
	await expect(page.getByRole('status')).toContainText(`Invitationen er sendt til ${user.email}`);
	return passwordLinkIn(await waitForMail(user.email));
}

/** Opens a password link and sets the password; ends on the sign-in page with its success message. */
export async function setPasswordThroughLink(page: Page, link: string, password: string) {
	await page.goto(link);
	await page.getByLabel('Ny adgangskode', { exact: true }).fill(password);
	await page.getByLabel('Gentag ny adgangskode').fill(password);
	await page.getByRole('button', { name: 'Gem adgangskode' }).click();
	await expect(page).toHaveURL(/\/log-ind\?adgangskode=gemt$/);
	await expect(page.getByRole('status')).toContainText('Din adgangskode er gemt.');
}
