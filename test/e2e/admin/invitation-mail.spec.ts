// Invitations and reset links by e-mail, through the e2e server's SMTP sink (scripts/e2e-server.js).
import { test, expect, type Browser } from '@playwright/test';
import { SignInPage } from '../pages/sign-in-page';
import { expectAccessible } from '../helpers/axe';
import { demo } from '../helpers/users';
import { setPasswordThroughLink, uniqueEmail } from '../helpers/accounts';
import { mailsTo, passwordLinkIn, waitForMail } from '../helpers/mail';

async function otherBrowser(browser: Browser) {
	const context = await browser.newContext();
	return { context, page: await context.newPage() };
}

test.describe('invitations by e-mail', () => {
	test('the admin creates a user, the invitation arrives, and its link sets the password', async ({ page, browser }) => {
		await new SignInPage(page).signInAs(demo.admin);
		await page.goto('/admin/brugere');
		await expect(page.getByText('Den nye bruger får en invitation på e-mail')).toBeVisible();
		const email = uniqueEmail('invitation');
		const name = `Ivan Invitation ${Date.now()}`;
		await page.getByLabel('Navn', { exact: true }).fill(name);
		await page.getByLabel('E-mail', { exact: true }).fill(email);
		await page.getByRole('button', { name: 'Opret bruger' }).click();
		const status = page.getByRole('status');
		await expect(status).toContainText(`${name} er oprettet`);
		await expect(status).toContainText(`Invitationen er sendt til ${email}`);
		await expect(page.getByLabel('Invitationslink')).toHaveCount(0);
		await expectAccessible(page);

		const mail = await waitForMail(email);
		expect(mail.to).toEqual([email]);
		expect(mail.from).toEqual({ name: 'Rammeaftalesekretariatet', address: 'sekretariat@rammeaftale.example' });
		expect(mail.subject).toBe('Invitation til Rammeaftale Sjælland');
		expect(mail.text).toContain(`Hej ${name}`);
		expect(mail.text).toContain('Anne Admin har oprettet en bruger til dig');
		expect(mail.text).toMatch(/Linket kan bruges én gang og virker indtil \S+dag \d{1,2}\. \S+ \d{4} kl\. \d{1,2}\.\d{2}\./);
		const link = passwordLinkIn(mail);

		const other = await otherBrowser(browser);
		await other.page.goto(link);
		await expect(other.page.getByRole('heading', { level: 1, name: 'Vælg din adgangskode' })).toBeVisible();
		await setPasswordThroughLink(other.page, link, 'ivans hemmelige sætning');
		await new SignInPage(other.page).signIn(email, 'ivans hemmelige sætning');
		await expect(other.page.getByText(`Logget ind som ${name}`)).toBeVisible();
		await other.context.close();
		expect(mailsTo(email)).toHaveLength(1);
	});

	test('when the mail server refuses, the admin gets a Danish message and the link to copy, which works', async ({ page, browser }) => {
		await new SignInPage(page).signInAs(demo.admin);
		await page.goto('/admin/brugere');
		// The e2e sink refuses addresses starting with "afvist".
		const email = uniqueEmail('afvist');
		const name = `Alma Afvist ${Date.now()}`;
		await page.getByLabel('Navn', { exact: true }).fill(name);
		await page.getByLabel('E-mail', { exact: true }).fill(email);
		await page.getByRole('button', { name: 'Opret bruger' }).click();
		const status = page.getByRole('status');
		await expect(status).toContainText(`${name} er oprettet`);
		await expect(status).toContainText(`E-mailen til ${email} kunne ikke sendes. Kopiér linket herunder`);
		const link = await page.getByLabel('Invitationslink').inputValue();
		expect(link).toMatch(/\/adgangskode\/[a-z2-7]{32,}$/);
		await expectAccessible(page);

		const other = await otherBrowser(browser);
		await setPasswordThroughLink(other.page, link, 'almas adgangskode');
		await new SignInPage(other.page).signIn(email, 'almas adgangskode');
		await expect(other.page.getByText(`Logget ind som ${name}`)).toBeVisible();
		await other.context.close();
		expect(mailsTo(email)).toEqual([]);
	});

	test('the user page sends a reset link; the new password works and the old one no longer does', async ({ page, browser }) => {
		await new SignInPage(page).signInAs(demo.admin);
		const email = uniqueEmail('nulstil');
		const name = `Nora Nulstil ${Date.now()}`;
		await page.goto('/admin/brugere');
		await page.getByLabel('Navn', { exact: true }).fill(name);
		await page.getByLabel('E-mail', { exact: true }).fill(email);
		await page.getByRole('button', { name: 'Opret bruger' }).click();
		await expect(page.getByRole('status')).toContainText(`Invitationen er sendt til ${email}`);
		const other = await otherBrowser(browser);
		await setPasswordThroughLink(other.page, passwordLinkIn(await waitForMail(email)), 'den gamle adgangskode');

		await page.getByRole('link', { name }).first().click();
		await expect(page.getByText('send et link, hvor brugeren selv vælger en ny')).toBeVisible();
		await page.getByRole('button', { name: 'Send link til ny adgangskode' }).click();
		await expect(page.getByRole('status')).toContainText(`Et link til ny adgangskode er sendt til ${email}`);
		await expect(page.getByLabel('Link til ny adgangskode')).toHaveCount(0);
		await expectAccessible(page);

		const mail = await waitForMail(email, { nth: 2 });
		expect(mail.subject).toBe('Nulstil din adgangskode til Rammeaftale Sjælland');
		expect(mail.text).toContain('Anne Admin har lavet et link, så du kan vælge en ny adgangskode');
		const link = passwordLinkIn(mail);
		await other.page.goto(link);
		await expect(other.page.getByRole('heading', { level: 1, name: 'Vælg en ny adgangskode' })).toBeVisible();
		await setPasswordThroughLink(other.page, link, 'den nye adgangskode');
		await new SignInPage(other.page).signIn(email, 'den gamle adgangskode');
		await expect(other.page.getByRole('alert')).toContainText('E-mail eller adgangskode er forkert.');
		await new SignInPage(other.page).signIn(email, 'den nye adgangskode');
		await expect(other.page.getByText(`Logget ind som ${name}`)).toBeVisible();
		await other.context.close();
	});
});
