import { test, expect, type Browser } from '@playwright/test';
import { SignInPage } from '../pages/sign-in-page';
import { expectAccessible } from '../helpers/axe';
import { demo } from '../helpers/users';
import { createUserAsAdmin, setPasswordThroughLink, uniqueEmail } from '../helpers/accounts';
import { passwordLinkIn, waitForMail } from '../helpers/mail';

/** A second browser, as another person on another machine would have. */
async function otherBrowser(browser: Browser) {
	const context = await browser.newContext();
	return { context, page: await context.newPage() };
}

test.describe('user administration', () => {
	test('anonymous visitors are sent to sign in; the secretariat gets 403', async ({ page }) => {
		await page.goto('/admin/brugere');
		await expect(page).toHaveURL(/\/log-ind\?redirectTo=%2Fadmin%2Fbrugere$/);

		await new SignInPage(page).signInAs(demo.secretariat);
		const res = await page.goto('/admin/brugere');
		expect(res?.status()).toBe(403);
		await expect(page.getByText('Du har ikke adgang til denne side.')).toBeVisible();
		await expect(page.getByRole('link', { name: 'Administration' })).toHaveCount(0);
		expect((await page.goto('/admin'))?.status()).toBe(403);
	});

	test('the admin pages pass axe, also with errors shown', async ({ page }) => {
		await new SignInPage(page).signInAs(demo.admin);
		await page.getByRole('link', { name: 'Administration' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Administration' })).toBeVisible();
		await expectAccessible(page);

		await page.getByRole('link', { name: 'Brugere' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Brugere' })).toBeVisible();
		await expect(page.getByRole('row', { name: /Anne Admin/ })).toContainText('Administrator');
		await expect(page.getByRole('row', { name: /Mads Medlem/ })).toContainText('Styregruppen');
		await expectAccessible(page);

		// Bad input: 400, a Danish message per field, nothing created.
		await page.getByLabel('E-mail', { exact: true }).fill('ikke-en-mail');
		await page.getByRole('combobox', { name: 'Organ', exact: true }).selectOption({ index: 1 });
		await page.getByRole('button', { name: 'Opret bruger' }).click();
		const summary = page.getByRole('alert');
		await expect(summary).toContainText('Skriv brugerens navn.');
		await expect(summary).toContainText('Skriv en gyldig e-mailadresse');
		await expect(summary).toContainText('Vælg brugerens rolle i organet.');
		await expectAccessible(page);

		// The e-mail is unique whatever its case.
		await page.getByLabel('Navn', { exact: true }).fill('Anden Admin');
		await page.getByLabel('E-mail', { exact: true }).fill('ADMIN@rammeaftale.example');
		await page.getByRole('combobox', { name: 'Organ', exact: true }).selectOption({ label: 'Intet organ' });
		await page.getByRole('button', { name: 'Opret bruger' }).click();
		await expect(page.getByRole('alert')).toContainText('Der findes allerede en bruger med denne e-mail.');
		await expect(page.getByRole('row', { name: /Anden Admin/ })).toHaveCount(0);
	});

	test('bad input is answered with 400 and unknown users with 404', async ({ page }) => {
		await new SignInPage(page).signInAs(demo.admin);
		const origin = new URL(page.url()).origin;
		const res = await page.request.post('/admin/brugere', {
			form: { name: '', email: 'x', role: 'root' },
			// As a browser's form post: HTML, not the JSON SvelteKit gives its own enhanced forms.
			headers: { origin, accept: 'text/html' }
		});
		expect(res.status()).toBe(400);
		expect((await page.goto('/admin/brugere/999999'))?.status()).toBe(404);
		await expect(page.getByText('Brugeren findes ikke.')).toBeVisible();
		expect((await page.goto('/admin/brugere/abc'))?.status()).toBe(404);
		const post = await page.request.post('/admin/brugere/999999?/enable', { form: {}, headers: { origin, accept: 'text/html' } });
		expect(post.status()).toBe(404);
	});

	test('the admin creates a user, who sets a password through the link and signs in', async ({ page, browser }) => {
		await new SignInPage(page).signInAs(demo.admin);
		const email = uniqueEmail('ny');
		const name = `Nina Ny ${Date.now()}`;
		const link = await createUserAsAdmin(page, { name, email, role: 'Tovholder for en netværksgruppe' });
		// Sent by e-mail (the e2e server has an SMTP sink): the page does not show the link.
		await expect(page.getByRole('status')).toContainText(`Invitationen er sendt til ${email}`);
		await expect(page.getByLabel('Invitationslink')).toHaveCount(0);
		await expectAccessible(page);
		await page.goto('/admin/brugere');
		await expect(page.getByLabel('Invitationslink')).toHaveCount(0);
		await expect(page.getByRole('row', { name: new RegExp(name) })).toContainText('Inviteret');

		const other = await otherBrowser(browser);
		await other.page.goto(link);
		await expect(other.page.getByRole('heading', { level: 1, name: 'Vælg din adgangskode' })).toBeVisible();
		await expect(other.page.getByText(email)).toBeVisible();
		await expectAccessible(other.page);
		// Mismatch and a short password: Danish messages, the link still works.
		await other.page.getByLabel('Ny adgangskode', { exact: true }).fill('kort');
		await other.page.getByLabel('Gentag ny adgangskode').fill('andet');
		await other.page.getByRole('button', { name: 'Gem adgangskode' }).click();
		await expect(other.page.getByRole('alert')).toContainText('Adgangskoden skal være mindst 8 tegn.');
		await expect(other.page.getByRole('alert')).toContainText('De to nye adgangskoder er ikke ens.');
		await expectAccessible(other.page);

		await setPasswordThroughLink(other.page, link, 'ninas hemmelige sætning');
		await expectAccessible(other.page);
		await new SignInPage(other.page).signIn(email, 'ninas hemmelige sætning');
		await expect(other.page.getByText(`Logget ind som ${name}`)).toBeVisible();

		// The link is used up.
		await other.page.goto(link);
		await expect(other.page.getByRole('heading', { level: 1, name: 'Linket virker ikke' })).toBeVisible();
		await expect(other.page.getByText('Linket er allerede brugt.')).toBeVisible();
		await expectAccessible(other.page);
		await other.context.close();

		await page.goto('/admin/brugere');
		await expect(page.getByRole('row', { name: new RegExp(name) })).toContainText('Aktiv');
	});

	test('the user page changes role and memberships, sends a new invitation, and passes axe', async ({ page }) => {
		await new SignInPage(page).signInAs(demo.admin);
		const name = `Rolf Rolle ${Date.now()}`;
		const email = uniqueEmail('rolle');
		const firstLink = await createUserAsAdmin(page, { name, email });
		await page.getByRole('link', { name }).first().click();
		await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
		await expectAccessible(page);

		await page.getByRole('combobox', { name: 'Rolle', exact: true }).selectOption({ label: 'Sekretariatet' });
		await page.getByRole('button', { name: 'Gem rolle' }).click();
		await expect(page.getByRole('status')).toContainText('Rollen er gemt.');
		await expect(page.locator('dl')).toContainText('Sekretariatet');

		await page.getByRole('combobox', { name: 'Organ', exact: true }).selectOption({ label: 'Takstgruppen' });
		await page.getByLabel('Rolle i organet').selectOption({ label: 'Formand' });
		await page.getByLabel('Medlem fra (valgfri)').fill('2025-01-01');
		await page.getByLabel('Medlem til og med (valgfri)').fill('2024-01-01');
		await page.getByRole('button', { name: 'Tilføj medlemskab' }).click();
		await expect(page.getByRole('alert')).toContainText('Slutdatoen må ikke ligge før startdatoen.');
		await expectAccessible(page);
		await page.getByLabel('Medlem til og med (valgfri)').fill('');
		await page.getByRole('button', { name: 'Tilføj medlemskab' }).click();
		await expect(page.getByRole('status')).toContainText('Medlemskabet er tilføjet.');
		const row = page.getByRole('row', { name: /Takstgruppen/ });
		await expect(row).toContainText('Formand');
		await expect(row).toContainText('Nuværende');

		await page.getByRole('combobox', { name: 'Medlemskab', exact: true }).selectOption({ label: 'Takstgruppen (Formand)' });
		await page.getByRole('button', { name: 'Afslut medlemskab' }).click();
		await expect(page.getByRole('status')).toContainText('Medlemskabet er afsluttet.');
		await expect(page.getByRole('row', { name: /Takstgruppen/ })).toContainText('til og med');

		await page.getByRole('button', { name: 'Send ny invitation' }).click();
		await expect(page.getByRole('status')).toContainText(`Invitationen er sendt til ${email}`);
		await expect(page.getByLabel('Invitationslink')).toHaveCount(0);
		await expectAccessible(page);
		// The new invitation is the second mail; the first link stopped working.
		const newLink = passwordLinkIn(await waitForMail(email, { nth: 2 }));
		expect(newLink).not.toBe(firstLink);
		await page.goto(firstLink);
		await expect(page.getByRole('heading', { level: 1, name: 'Linket virker ikke' })).toBeVisible();
		await page.goto(newLink);
		await expect(page.getByRole('heading', { level: 1, name: 'Vælg din adgangskode' })).toBeVisible();
	});

	test('an admin cannot disable themself or drop their own admin role', async ({ page }) => {
		await new SignInPage(page).signInAs(demo.admin);
		await page.goto('/admin/brugere');
		await page.getByRole('link', { name: 'Anne Admin' }).click();
		await expect(page.getByText('Det er dig.')).toBeVisible();
		await expect(page.getByRole('button', { name: 'Deaktivér bruger' })).toHaveCount(0);
		await page.getByRole('combobox', { name: 'Rolle', exact: true }).selectOption({ label: 'Sekretariatet' });
		await page.getByRole('button', { name: 'Gem rolle' }).click();
		await expect(page.getByRole('alert')).toContainText('Du kan ikke fjerne din egen administratorrolle.');
		await page.goto('/admin/brugere');
		await expect(page.getByRole('row', { name: /Anne Admin/ })).toContainText('Administrator');
	});

	test('disabling a signed-in user ends their session at once, and sign-in fails', async ({ page, browser }) => {
		await new SignInPage(page).signInAs(demo.admin);
		const email = uniqueEmail('deaktiver');
		const name = `Dorte Deaktiveret ${Date.now()}`;
		const link = await createUserAsAdmin(page, { name, email });

		const other = await otherBrowser(browser);
		await setPasswordThroughLink(other.page, link, 'dortes adgangskode');
		await new SignInPage(other.page).signIn(email, 'dortes adgangskode');
		await expect(other.page.getByText(`Logget ind som ${name}`)).toBeVisible();
		await other.page.goto('/konto');
		await expect(other.page.getByRole('heading', { level: 1, name: 'Min konto' })).toBeVisible();

		await page.getByRole('link', { name }).first().click();
		// Without the tick nothing happens but a Danish message.
		await page.getByRole('button', { name: 'Deaktivér bruger' }).click();
		await expect(page.getByRole('alert')).toContainText('Sæt flueben for at bekræfte');
		await expectAccessible(page);
		await page.getByLabel(`Ja, deaktivér ${name} og log brugeren ud`).check();
		await page.getByRole('button', { name: 'Deaktivér bruger' }).click();
		await expect(page.getByRole('status')).toContainText('Brugeren er deaktiveret og logget ud.');
		await expect(page.getByRole('button', { name: 'Aktivér bruger' })).toBeVisible();
		await expectAccessible(page);

		// The other browser's next request is anonymous.
		await other.page.goto('/konto');
		await expect(other.page).toHaveURL(/\/log-ind\?redirectTo=%2Fkonto$/);
		await expect(other.page.getByText('Logget ind som')).toHaveCount(0);
		await new SignInPage(other.page).signIn(email, 'dortes adgangskode');
		await expect(other.page.getByRole('alert')).toContainText('E-mail eller adgangskode er forkert.');

		// Enabled again, the old password works.
		await page.getByRole('button', { name: 'Aktivér bruger' }).click();
		await expect(page.getByRole('status')).toContainText('Brugeren er aktiveret igen.');
		await new SignInPage(other.page).signIn(email, 'dortes adgangskode');
		await expect(other.page.getByText(`Logget ind som ${name}`)).toBeVisible();
		await other.context.close();
	});

	test('the admin pages work without JavaScript', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await new SignInPage(page).signInAs(demo.admin);
		const name = `Uden JS ${Date.now()}`;
		const link = await createUserAsAdmin(page, { name, email: uniqueEmail('udenjs') });
		expect(link).toContain('/adgangskode/');
		await page.getByRole('link', { name }).first().click();
		await page.getByLabel(`Ja, deaktivér ${name} og log brugeren ud`).check();
		await page.getByRole('button', { name: 'Deaktivér bruger' }).click();
		await expect(page.getByRole('status')).toContainText('Brugeren er deaktiveret og logget ud.');
		await context.close();
	});
});
