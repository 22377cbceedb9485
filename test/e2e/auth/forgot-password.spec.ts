// "Glemt adgangskode?": the reset link arrives by e-mail (the e2e server's SMTP sink) for an existing user, and the
// answer is the same for an e-mail without a user, which gets no mail.
import { test, expect, type Page } from '@playwright/test';
import { hash } from '@node-rs/argon2';
import { SignInPage } from '../pages/sign-in-page';
import { expectAccessible } from '../helpers/axe';
import { e2eDatabase } from '../helpers/db';
import { uniqueEmail, setPasswordThroughLink } from '../helpers/accounts';
import { mailsTo, passwordLinkIn, waitForMail } from '../helpers/mail';

/** A user with a password, planted in the e2e database. */
async function plantUser(name: string, password: string) {
	const email = uniqueEmail('glemt');
	const sql = e2eDatabase();
	try {
		await sql`insert into users (email, name, role, password_hash) values (${email}, ${name}, 'member', ${await hash(password)})`;
	} finally {
		await sql.end();
	}
	return email;
}

async function requestReset(page: Page, email: string) {
	await page.goto('/glemt-adgangskode');
	await page.getByLabel('E-mail').fill(email);
	await page.getByRole('button', { name: 'Send link' }).click();
	const status = page.getByRole('status');
	await expect(status).toContainText('Hvis e-mailen findes, har vi sendt et link');
	return (await status.textContent())?.replace(email, '<e-mail>').trim();
}

test.describe('forgot password', () => {
	test('is linked from the sign-in page, explains itself in Danish and passes axe, also with errors', async ({ page }) => {
		await new SignInPage(page).goto();
		await page.getByRole('link', { name: 'Glemt adgangskode?' }).click();
		await expect(page).toHaveURL(/\/glemt-adgangskode$/);
		await expect(page.getByRole('heading', { level: 1, name: 'Glemt adgangskode' })).toBeVisible();
		await expectAccessible(page);

		await page.getByLabel('E-mail').fill('ikke-en-mail');
		await page.getByRole('button', { name: 'Send link' }).click();
		await expect(page.getByRole('alert')).toContainText('Skriv en gyldig e-mailadresse');
		await expect(page.getByLabel('E-mail')).toHaveValue('ikke-en-mail');
		await expectAccessible(page);

		await page.getByRole('link', { name: 'Tilbage til Log ind' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Log ind' })).toBeVisible();
	});

	test('an existing user gets a link by e-mail and chooses a new password with it', async ({ page }) => {
		const name = `Gerda Glemsom ${Date.now()}`;
		const email = await plantUser(name, 'den glemte adgangskode');
		await requestReset(page, email.toUpperCase());
		await expectAccessible(page);

		const mail = await waitForMail(email);
		expect(mail.subject).toBe('Nulstil din adgangskode til Rammeaftale Sjælland');
		expect(mail.text).toContain(`Hej ${name}`);
		expect(mail.text).toContain('Vi har fået en anmodning om at nulstille adgangskoden');
		const link = passwordLinkIn(mail);

		await page.goto(link);
		await expect(page.getByRole('heading', { level: 1, name: 'Vælg en ny adgangskode' })).toBeVisible();
		await setPasswordThroughLink(page, link, 'gerdas nye adgangskode');
		const signIn = new SignInPage(page);
		await signIn.signIn(email, 'den glemte adgangskode');
		await expect(page.getByRole('alert')).toContainText('E-mail eller adgangskode er forkert.');
		await signIn.signIn(email, 'gerdas nye adgangskode');
		await expect(page.getByText(`Logget ind som ${name}`)).toBeVisible();
	});

	test('an e-mail without a user gets the same answer and no mail, also without JavaScript', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		const unknown = uniqueEmail('findes-ikke');
		const known = await plantUser(`Kendt Bruger ${Date.now()}`, 'en adgangskode');

		const answerUnknown = await requestReset(page, unknown);
		const answerKnown = await requestReset(page, known);
		expect(answerUnknown).toBe(answerKnown);

		// The known user's mail was sent after the unknown request was handled: by now any mail for it would be here.
		await waitForMail(known);
		expect(mailsTo(unknown)).toEqual([]);
		await context.close();
	});
});
