import { test, expect } from '@playwright/test';
import { hash } from '@node-rs/argon2';
import { SignInPage } from '../pages/sign-in-page';
import { expectAccessible } from '../helpers/axe';
import { e2eDatabase } from '../helpers/db';
import { demo } from '../helpers/users';

test.describe('sign-in', () => {
	test('the sign-in page passes axe, also with errors shown', async ({ page }) => {
		const signIn = new SignInPage(page);
		await signIn.goto();
		await expect(page.getByRole('heading', { level: 1, name: 'Log ind' })).toBeVisible();
		await expectAccessible(page);
		await signIn.signIn('ikke-en-email', 'x');
		await expect(page.getByText('Skriv en gyldig e-mailadresse')).toHaveCount(2); // summary + field
		await expectAccessible(page);
	});

	test('the secretariat signs in through the form and out again', async ({ page }) => {
		const signIn = new SignInPage(page);
		await signIn.goto();
		await signIn.signIn(demo.secretariat);
		await expect(page.getByText('Logget ind som Sofie Sekretær')).toBeVisible();
		await expectAccessible(page);
		await page.getByRole('button', { name: 'Log ud' }).click();
		await expect(page.getByRole('link', { name: 'Log ind' })).toBeVisible();
		await expect(page.getByText('Logget ind som')).toHaveCount(0);
	});

	test('a wrong password gives a Danish message and keeps the e-mail', async ({ page }) => {
		const signIn = new SignInPage(page);
		await signIn.goto();
		await signIn.signIn(demo.municipalContact, 'forkert-adgangskode');
		await expect(page.getByRole('alert')).toContainText('E-mail eller adgangskode er forkert.');
		await expect(page.getByLabel('E-mail')).toHaveValue(demo.municipalContact);
		await expect(page.getByLabel('Adgangskode')).toHaveValue('');
	});

	test('returns to the page that asked for sign-in, never to another site', async ({ page }) => {
		const signIn = new SignInPage(page);
		await signIn.goto('/tilbud');
		await signIn.signIn(demo.secretariat);
		await expect(page).toHaveURL(/\/tilbud$/);
		await page.context().clearCookies();
		await signIn.goto('//evil.example/');
		await signIn.signIn(demo.secretariat);
		await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/$/);
	});

	test('signs in with the keyboard alone', async ({ page }) => {
		await page.goto('/log-ind');
		await page.keyboard.press('Tab');
		await expect(page.getByRole('link', { name: 'Gå til sidens indhold' })).toBeFocused();
		// Tab until the e-mail field has focus, as a keyboard user would.
		for (let i = 0; i < 30 && !(await page.getByLabel('E-mail').evaluate((el) => el === document.activeElement)); i++) {
			await page.keyboard.press('Tab');
		}
		await expect(page.getByLabel('E-mail')).toBeFocused();
		await page.keyboard.type(demo.member);
		await page.keyboard.press('Tab');
		await expect(page.getByLabel('Adgangskode')).toBeFocused();
		await page.keyboard.type('rammeaftale-demo');
		await page.keyboard.press('Enter');
		await expect(page.getByText('Logget ind som Mads Medlem')).toBeVisible();
	});

	test('throttles an account after five failures, even for the right password', async ({ page }) => {
		const email = `throttle-${Date.now()}@rammeaftale.example`;
		const sql = e2eDatabase();
		await sql`insert into users (email, name, role, password_hash)
			values (${email}, 'Throttle Test', 'secretariat', ${await hash('rigtig-adgangskode')})`;
		try {
			const signIn = new SignInPage(page);
			await signIn.goto();
			for (let i = 0; i < 5; i++) {
				await signIn.signIn(email, `forkert-${i}`);
				await expect(page.getByRole('alert')).toContainText('E-mail eller adgangskode er forkert.');
			}
			await signIn.signIn(email, 'rigtig-adgangskode');
			await expect(page.getByRole('alert')).toContainText('For mange mislykkede forsøg. Prøv igen om 15 minutter.');
			await expect(page.getByText('Logget ind som')).toHaveCount(0);
		} finally {
			// The account's counters: per account, and per account and address.
			await sql`delete from sign_in_failures where position(${email} in key) > 0`;
			await sql`delete from users where email = ${email}`;
			await sql.end();
		}
	});

	test('an over-long password is refused with a message, and nothing is written', async ({ page, request, baseURL }) => {
		const signIn = new SignInPage(page);
		await signIn.goto();
		await signIn.signIn(demo.secretariat, 'x'.repeat(300));
		await expect(page.getByRole('alert')).toContainText('Adgangskoden må højst være 256 tegn.');
		const res = await request.post('/log-ind', {
			form: { email: demo.secretariat, password: 'x'.repeat(300) },
			headers: { origin: baseURL!, accept: 'text/html' },
			maxRedirects: 0
		});
		expect(res.status()).toBe(400);
		// Refused before any password check: not even a failed attempt is recorded.
		const sql = e2eDatabase();
		const [{ n }] = await sql`select count(*)::int as n from sign_in_failures where key = ${'account:' + demo.secretariat}`;
		await sql.end();
		expect(n).toBe(0);
	});
});

test.describe('security', () => {
	test('a POST from a foreign origin is refused and signs nobody in', async ({ request }) => {
		const res = await request.post('/log-ind', {
			form: { email: demo.secretariat, password: 'rammeaftale-demo' },
			headers: { origin: 'https://evil.example' },
			maxRedirects: 0
		});
		expect(res.status()).toBe(403);
		expect(await res.text()).toContain('Forespørgslen kom fra et andet websted og blev afvist.');
		expect(res.headers()['set-cookie'] ?? '').not.toContain('session=');
	});

	test('a state-changing request with only a foreign Referer is refused too', async ({ request }) => {
		const res = await request.post('/sprog', {
			form: { locale: 'en', redirectTo: '/' },
			headers: { referer: 'https://evil.example/side' },
			maxRedirects: 0
		});
		expect(res.status()).toBe(403);
		expect(res.headers()['set-cookie'] ?? '').not.toContain('PARAGLIDE_LOCALE');
	});

	test('pages carry the security headers', async ({ request }) => {
		const res = await request.get('/');
		const headers = res.headers();
		expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
		expect(headers['content-security-policy']).toContain("script-src 'self'");
		expect(headers['x-content-type-options']).toBe('nosniff');
		expect(headers['strict-transport-security']).toBeUndefined(); // plain http here; sent over https
	});

	test('the session cookie is HttpOnly and SameSite=Lax', async ({ page }) => {
		await new SignInPage(page).signInAs(demo.secretariat);
		const cookie = (await page.context().cookies()).find((c) => c.name === 'session');
		expect(cookie?.httpOnly).toBe(true);
		expect(cookie?.sameSite).toBe('Lax');
	});

	test('an unknown page is a Danish 404 that passes axe', async ({ page }) => {
		const res = await page.goto('/findes-ikke');
		expect(res?.status()).toBe(404);
		await expect(page.getByText('Siden findes ikke.')).toBeVisible();
		await expectAccessible(page);
	});

	test('the language switch works without JavaScript', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto('/tilgaengelighed');
		await expect(page.locator('html')).toHaveAttribute('lang', 'da');
		await page.getByRole('button', { name: /English/ }).click();
		await expect(page).toHaveURL(/\/tilgaengelighed$/);
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Accessibility statement');
		await context.close(); // (axe needs JavaScript; the page is checked with it in the portal specs)
	});
});
