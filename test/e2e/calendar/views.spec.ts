// The calendar's views: month, list and chains, filtered by body or to "mine møder"; broken rules in words; the
// public calendar without JavaScript.
import { test, expect } from '@playwright/test';
import { expectAccessible } from '../helpers/axe';
import { e2eDatabase } from '../helpers/db';
import { demo } from '../helpers/users';
import { SignInPage } from '../pages/sign-in-page';

test.describe('the public calendar without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the month view puts the meetings on their days; the pager and the body filter are plain links and forms', async ({
		page
	}) => {
		await page.goto('/kalender?visning=maaned&maaned=2022-08');
		await expect(page.getByRole('heading', { level: 2, name: 'august 2022' })).toBeVisible();
		const grid = page.getByRole('table', { name: 'august 2022' });
		const friday12 = grid.getByRole('cell', { name: /fredag 12\. august 2022/ });
		await expect(friday12.getByRole('link', { name: 'SG' })).toBeVisible();
		await expect(grid.getByRole('cell', { name: /fredag 26\. august 2022/ }).getByRole('link', { name: 'K17' })).toBeVisible();

		await page.getByRole('link', { name: 'Næste måned: september 2022' }).click();
		await expect(page).toHaveURL(/maaned=2022-09/);
		await expect(page.getByRole('table', { name: 'september 2022' }).getByRole('link', { name: 'KKR' })).toHaveCount(1);

		await page.getByLabel('Vis møder i').selectOption({ label: 'K17' });
		await page.getByRole('button', { name: 'Vis møder' }).click();
		await expect(page).toHaveURL(/organ=k17/);
		const filtered = page.getByRole('table', { name: 'september 2022' });
		await expect(filtered.getByRole('link', { name: 'KKR' })).toHaveCount(0);
	});

	test('the list view shows a year of meetings with the deadlines among them, each naming its rule', async ({ page }) => {
		await page.goto('/kalender?visning=liste&aar=2022');
		await expect(page.getByRole('heading', { level: 1, name: 'Mødekalender' })).toBeVisible();
		const december = page.getByRole('table', { name: 'december 2022' });
		const approval = december.getByRole('row').filter({ hasText: '1. december 2022' });
		await expect(approval).toContainText('Frist:');
		await expect(approval).toContainText('17 kommunalbestyrelser');
	});

	test('the chain view links the feeds, with help for Outlook', async ({ page }) => {
		await page.goto('/kalender');
		await expect(page.getByRole('link', { name: 'Abonnér i dit kalenderprogram' })).toHaveAttribute(
			'href',
			/^webcal:\/\/.*\/kalender\.ics$/
		);
		await expect(page.getByText(/Outlook: Tilføj kalender/)).toBeAttached();
	});

	test('a malformed month is a request error in Danish', async ({ page }) => {
		const response = await page.goto('/kalender?visning=maaned&maaned=2026-13');
		expect(response?.status()).toBe(400);
		await expect(page.getByText(/»2026-13« er ikke en gyldig måned/)).toBeVisible();
	});
});

test('every view of the calendar passes axe', async ({ page }) => {
	for (const path of ['/kalender', '/kalender?visning=maaned&maaned=2022-08', '/kalender?visning=liste&aar=2022']) {
		await page.goto(path);
		await expectAccessible(page);
	}
});

test('the month view is usable by keyboard alone: views, pager and filter', async ({ page }) => {
	await page.goto('/kalender?visning=maaned&maaned=2022-08');
	const next = page.getByRole('link', { name: 'Næste måned: september 2022' });
	await next.focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/maaned=2022-09/);
	await page.getByLabel('Vis møder i').focus();
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('Tab');
	await expect(page.getByRole('button', { name: 'Vis møder' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/organ=/);
});

test('a deliberately broken chain shows its violations in words, on the calendar and on the meeting page', async ({
	page
}) => {
	// Kristi himmelfartsdag 2034 is Thursday 18 May: an SG meeting that day, 8 days before a K17 with no KKR after it.
	// Convened, so their pages are public.
	const sql = e2eDatabase();
	const ids: Record<string, number> = {};
	try {
		for (const [slug, start] of [
			['styregruppen', '2034-05-18 09:00'],
			['k17', '2034-05-26 09:00']
		] as const) {
			const [row] = await sql<{ id: number }[]>`
				insert into meetings (body_id, starts_at, ends_at, status)
				select id, ${start}::timestamp at time zone 'Europe/Copenhagen',
					(${start}::timestamp + interval '3 hours') at time zone 'Europe/Copenhagen', 'agenda_published'
				from bodies where slug = ${slug}
				returning id`;
			ids[slug] = row.id;
		}
	} finally {
		await sql.end();
	}

	await page.goto('/kalender');
	const row = page.getByRole('row').filter({ hasText: 'torsdag 18. maj 2034' });
	await expect(row).toContainText('Advarsel:');
	await expect(row).toContainText('8 dage før K17-mødet');
	await expect(row).toContainText(/mindst 14 dage/);
	await expect(row).toContainText(/Kristi himmelfartsdag/i);
	await expect(row).toContainText(/intet KKR-møde|efterfølges af et møde i KKR/i);

	await page.goto(`/moeder/${ids.styregruppen}`);
	const box = page.getByRole('region', { name: 'Mødet bryder kalenderens regler' });
	await expect(box).toContainText('8 dage før K17-mødet');
	await expect(box).toContainText(/Kristi himmelfartsdag/i);
	await expectAccessible(page);
});

test('"Mine møder" shows a member the meetings of the bodies they sit in', async ({ page }) => {
	await new SignInPage(page).signInAs(demo.member);
	await page.goto('/kalender');
	await page.getByRole('link', { name: 'Mine møder' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Mine møder' })).toBeVisible();
	await page.goto('/kalender?visning=liste&aar=2022&mine=1');
	const bodies = await page.locator('tbody tr td:nth-child(2)').allTextContents();
	expect(bodies.length).toBeGreaterThan(0);
	expect(new Set(bodies.map((b) => b.trim()))).toEqual(new Set(['Styregruppen for Rammeaftale Sjælland']));
	await expectAccessible(page);
});

test('"Mine møder" asks an anonymous visitor to sign in', async ({ page }) => {
	await page.goto('/kalender?visning=liste&mine=1');
	await expect(page).toHaveURL(/\/log-ind\?redirectTo=/);
});

test('the secretariat opens the meeting form from a day of the month view, with the day and the filtered body filled in', async ({
	page
}) => {
	await new SignInPage(page).signInAs(demo.secretariat);
	await page.goto('/kalender?visning=maaned&maaned=2032-09&organ=styregruppen');
	const day = page.getByRole('table', { name: 'september 2032' }).getByRole('cell', { name: /fredag 17\. september 2032/ });
	await day.getByRole('link', { name: 'Opret møde fredag 17. september 2032' }).click();
	await expect(page).toHaveURL(/\/moeder\/ny\?dato=2032-09-17&organ=styregruppen$/);
	await expect(page.getByLabel('Dato', { exact: true })).toHaveValue('2032-09-17');
	await expectAccessible(page);
});

test('the public sees no meeting-form links in the month view', async ({ page }) => {
	await page.goto('/kalender?visning=maaned&maaned=2022-08');
	await expect(page.getByRole('link', { name: /^Opret møde/ })).toHaveCount(0);
});
