// Access and refusals as a visitor meets them: unpublished meetings of other bodies, ids beyond the database's
// range, malformed addresses and cross-site posts all answer with the app's own Danish error page.
import { test, expect, type Page } from '@playwright/test';
import { e2eDatabase } from '../helpers/db';
import { demo } from '../helpers/users';
import { SignInPage } from '../pages/sign-in-page';
import { expectAccessible } from '../helpers/axe';

const REFUSED = 'Forespørgslen kom fra et andet websted og blev afvist.';

test.describe('unpublished meetings', () => {
	let kkrHidden: number;
	let sgHidden: number;

	test.beforeAll(async () => {
		const sql = e2eDatabase();
		// A start time of its own per run: meetings are unique per body and start.
		const startsAt = new Date(Date.UTC(2041, 0, 1) + Math.floor(Math.random() * 1e6) * 60_000);
		try {
			const insert = async (slug: string) => {
				const [row] = await sql<{ id: number }[]>`
					insert into meetings (body_id, starts_at, status, is_public)
					select id, ${startsAt}, 'agenda_published', false from bodies where slug = ${slug}
					returning id`;
				return row.id;
			};
			kkrHidden = await insert('kkr-sjaelland');
			sgHidden = await insert('styregruppen');
		} finally {
			await sql.end();
		}
	});

	test.afterAll(async () => {
		const sql = e2eDatabase();
		await sql`delete from meetings where id in (${kkrHidden}, ${sgHidden})`;
		await sql.end();
	});

	const listed = (page: Page, id: number) => page.locator(`a[href="/moeder/${id}"]`);

	test('a steering-group member gets 404 for a non-public KKR meeting, and it is not listed', async ({ page }) => {
		await new SignInPage(page).signInAs(demo.member);
		const other = await page.goto(`/moeder/${kkrHidden}`);
		expect(other?.status()).toBe(404);
		await expect(page.getByText('Siden findes ikke.')).toBeVisible();
		const own = await page.goto(`/moeder/${sgHidden}`);
		expect(own?.status()).toBe(200);
		await page.goto('/moeder');
		await expect(listed(page, sgHidden)).toHaveCount(1);
		await expect(listed(page, kkrHidden)).toHaveCount(0);
		const data = await page.request.get(`/moeder/${kkrHidden}/__data.json`);
		expect(await data.text()).not.toContain('agenda_published');
	});

	test('the secretariat opens both', async ({ page }) => {
		await new SignInPage(page).signInAs(demo.secretariat);
		expect((await page.goto(`/moeder/${kkrHidden}`))?.status()).toBe(200);
		expect((await page.goto(`/moeder/${sgHidden}`))?.status()).toBe(200);
	});
});

test.describe('addresses', () => {
	test('an id beyond the database’s integer range is “page not found”, not an error', async ({ page }) => {
		for (const path of ['/moeder/2147483648', '/moeder/99999999999999999999', '/moeder/0']) {
			const res = await page.goto(path);
			expect(res?.status(), path).toBe(404);
			await expect(page.getByText('Siden findes ikke.')).toBeVisible();
			await expect(page.getByText('uventet fejl')).toHaveCount(0);
		}
		expect((await page.goto('/moeder/2147483647'))?.status()).toBe(404);
		await expectAccessible(page);
	});

	test('an admin asking for a user id beyond the range gets 404 too', async ({ page }) => {
		await new SignInPage(page).signInAs(demo.admin);
		expect((await page.goto('/admin/brugere/2147483648'))?.status()).toBe(404);
		await expect(page.getByText('uventet fejl')).toHaveCount(0);
	});

	test('a malformed escape answers 400 saying the address is malformed', async ({ page, request }) => {
		const res = await page.goto('/tilbud/%E0%A4%A');
		expect(res?.status()).toBe(400);
		await expect(page.locator('html')).toHaveAttribute('lang', 'da');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fejl 400');
		await expect(page.getByText('Adressen er forkert udformet')).toBeVisible();
		await expect(page.getByText('uventet fejl')).toHaveCount(0);
		await expectAccessible(page);
		const direct = await request.get('/moeder/%E0%A4%A');
		expect(direct.status()).toBe(400);
		expect(await direct.text()).toContain('Adressen er forkert udformet');
	});
});

test.describe('cross-site posts', () => {
	const browserAccept = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

	test('a refused form post is the app’s own error page, in Danish', async ({ request }) => {
		const attempts: Record<string, string>[] = [
			{ origin: 'https://evil.example', accept: browserAccept },
			{ accept: browserAccept } // no Origin, no Referer
		];
		for (const headers of attempts) {
			const res = await request.post('/log-ind', {
				form: { email: demo.secretariat, password: 'rammeaftale-demo' },
				headers,
				maxRedirects: 0
			});
			expect(res.status()).toBe(403);
			expect(res.headers()['content-type']).toContain('text/html');
			expect(res.headers()['set-cookie'] ?? '').not.toContain('session');
			const html = await res.text();
			expect(html).toContain('<html lang="da"');
			expect(html).toContain(REFUSED);
			expect(html).toContain('Fejl 403');
			// The app's layout around it: the skip link and the main menu.
			expect(html).toContain('Gå til sidens indhold');
			expect(html).toContain('Hovedmenu');
		}
	});

	test('in English for a reader who chose English', async ({ request }) => {
		const res = await request.post('/sprog', {
			form: { locale: 'da', redirectTo: '/' },
			headers: { origin: 'https://evil.example', accept: browserAccept, cookie: 'PARAGLIDE_LOCALE=en' },
			maxRedirects: 0
		});
		expect(res.status()).toBe(403);
		const html = await res.text();
		expect(html).toContain('<html lang="en"');
		expect(html).toContain('The request came from another site and was refused.');
	});

	test('scripts and enhanced forms get a clear 403 as JSON', async ({ request }) => {
		const res = await request.post('/log-ind', {
			form: { email: demo.secretariat, password: 'rammeaftale-demo' },
			headers: { origin: 'https://evil.example', accept: 'application/json' },
			maxRedirects: 0
		});
		expect(res.status()).toBe(403);
		expect(await res.json()).toEqual({ message: REFUSED });
	});

	test('a browser posting from another page sees the refusal in the portal’s layout', async ({ page, baseURL }) => {
		const problems: string[] = [];
		page.on('pageerror', (e) => problems.push(e.message));
		page.on('console', (message) => {
			// Chromium reports the 403 itself as "Failed to load resource"; anything else would be a fault.
			if (message.type() === 'error' && !message.text().includes('status of 403')) problems.push(message.text());
		});
		// about:blank is another origin: its form post carries `Origin: null`.
		await page.setContent(
			`<!doctype html><html lang="da"><title>Anden side</title><form method="post" action="${baseURL}/sprog">` +
				'<input type="hidden" name="locale" value="en"><button>Send</button></form></html>'
		);
		const [response] = await Promise.all([page.waitForResponse(`${baseURL}/sprog`), page.getByRole('button').click()]);
		expect(response.status()).toBe(403);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fejl 403');
		await expect(page.getByText(REFUSED)).toBeVisible();
		await expect(page.locator('html')).toHaveAttribute('lang', 'da');
		await expect(page.getByRole('link', { name: 'Gå til forsiden' })).toBeVisible();
		await expectAccessible(page);
		// The page hydrates like any other: no script errors (the hydration runs on the refusal page's route).
		expect(problems).toEqual([]);
		// Nothing changed: the language is still Danish.
		const cookies = await page.context().cookies();
		expect(cookies.find((c) => c.name === 'PARAGLIDE_LOCALE')?.value ?? 'da').toBe('da');
	});
});
