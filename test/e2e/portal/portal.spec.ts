// The public portal as an anonymous visitor: every page renders, passes axe, and shows the reference data.
import { test, expect } from '@playwright/test';
import { expectAccessible } from '../helpers/axe';
import { MeetingPage, portalPages, sgMeetingPath, SG_MEETING_TIME } from '../pages/portal';

test.describe('portal pages, anonymous', () => {
	for (const { path, heading } of portalPages) {
		test(`${path} renders with one h1 and passes axe`, async ({ page }) => {
			const response = await page.goto(path);
			expect(response?.status()).toBe(200);
			await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
			await expect(page).toHaveTitle(/· Rammeaftale Sjælland$/);
			await expectAccessible(page);
		});
	}

	test('the meeting page of 12/8-2022 lists items 0-7 with 6A-6C and passes axe', async ({ page, request }) => {
		const path = await sgMeetingPath(request);
		await page.goto(path);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'Styregruppen for Rammeaftale Sjælland, møde 12. august 2022'
		);
		await expect(page.getByText(SG_MEETING_TIME)).toBeVisible();
		const meeting = new MeetingPage(page);
		const numbers = (await meeting.agendaLinks().allTextContents()).map((t) => /^Punkt (\S+)\./.exec(t)?.[1]);
		expect(numbers.slice(0, 10)).toEqual(['0', '1', '2', '3', '4', '5', '6A', '6B', '6C', '7']);
		await expect(meeting.item('2').getByRole('heading', { name: 'Beslutning', exact: true })).toBeVisible();
		await expect(meeting.item('2').getByText('Anbefalet og videresendt').first()).toBeVisible();
		await expect(meeting.item('7').getByRole('link', { name: /59 pladser/ })).toBeVisible();
		await expectAccessible(page);
	});

	test('an unknown or malformed meeting id is a Danish 404', async ({ page }) => {
		for (const path of ['/moeder/999999', '/moeder/abc', '/moeder/1e3', '/tilbud/findes-ikke', '/organer/findes-ikke']) {
			const response = await page.goto(path);
			expect(response?.status(), path).toBe(404);
			await expect(page.getByText('Siden findes ikke.')).toBeVisible();
		}
		await expectAccessible(page);
	});

	test('the meetings list filters by body with a GET form', async ({ page }) => {
		await page.goto('/moeder');
		await page.getByLabel('Vis møder i').selectOption({ label: 'K17' });
		await page.getByRole('button', { name: 'Vis møder' }).click();
		await expect(page).toHaveURL(/\/moeder\?organ=k17$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Møder i K17');
		await expect(page.getByRole('status')).toHaveText('Antal møder: 7');
		await expect(page.getByRole('table').getByRole('row')).toHaveCount(8);
	});

	test('Kildebo is on /tilbud among the most specialised offers, and on its own page', async ({ page }) => {
		await page.goto('/tilbud');
		await expect(page.getByRole('link', { name: 'Kildebo' })).toBeVisible();
		await page.getByLabel('Vis', { exact: true }).selectOption({ label: 'De mest specialiserede tilbud' });
		await page.getByRole('button', { name: 'Vis tilbud' }).click();
		await expect(page).toHaveURL(/udvalg=mest-specialiserede/);
		await expect(page.getByRole('status')).toHaveText('Antal tilbud: 10');
		await page.getByRole('link', { name: 'Kildebo' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kildebo');
		await expect(page.getByText('Faxe').first()).toBeVisible();
		await expect(page.getByText('Mest specialiseret')).toBeVisible();
	});

	test('the decision to close the Slagelse offer shows on the offer page with body and date', async ({ page }) => {
		await page.goto('/tilbud/slagelse-tilbud-udviklingshaemmede-59-pladser');
		// One timeline: the closing recorded in the offer's history cites the decision, so they are one entry.
		const timeline = page.getByRole('list', { name: 'Tidslinje' });
		await expect(timeline.getByRole('listitem')).toHaveCount(1);
		await expect(timeline).toContainText('12. august 2022');
		await expect(timeline).toContainText('Styregruppen for Rammeaftale Sjælland');
		await timeline.getByRole('link', { name: /^Punkt 7\./ }).click();
		await expect(page).toHaveURL(/\/moeder\/\d+#punkt-7$/);
	});

	test('six focus areas of 2021-22 and three of 2025-26 appear', async ({ page }) => {
		await page.goto('/fokusomraader');
		const p2526 = page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'Rammeaftale 2025-26' }) });
		const p2122 = page.locator('section', {
			has: page.getByRole('heading', { level: 2, name: /Rammeaftale 2021-22/ })
		});
		await expect(p2526.getByRole('heading', { level: 3 })).toHaveCount(3);
		await expect(p2122.getByRole('heading', { level: 3 })).toHaveCount(6);
		await expect(p2122.getByRole('heading', { level: 3, name: /^Fokusområde 6: Bedre styringsdata/ })).toBeVisible();
	});

	test('the calendar shows the seven chains with days between SG and K17', async ({ page }) => {
		await page.goto('/kalender');
		const table = page.getByRole('table', { name: 'Møderækker: styregruppe, K17 og KKR Sjælland' });
		await expect(table.getByRole('row')).toHaveCount(8);
		await expect(table.getByRole('row').nth(1)).toContainText('fredag 12. august 2022');
		await expect(table.getByRole('row').nth(1)).toContainText('14 dage');
		await expect(table.getByRole('row').nth(2)).toContainText('21 dage');
		await expect(page.getByRole('status')).toHaveText('7 møderækker. Alle overholder reglen.');
	});

	test('the network groups show a vacant lead in words', async ({ page }) => {
		await page.goto('/netvaerksgrupper');
		const row = page.getByRole('row', { name: /Voksne handicappede/ });
		await expect(row.getByText('Vakant', { exact: true })).toHaveCount(2);
	});

	test('keyboard: the first Tab reaches the skip link, and it moves focus to the main content', async ({ page }) => {
		await page.goto('/tilbud');
		await page.keyboard.press('Tab');
		const skip = page.getByRole('link', { name: 'Gå til sidens indhold' });
		await expect(skip).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page.locator('main#main-content')).toBeFocused();
		await page.keyboard.press('Tab');
		// The next stop is inside the main content: the breadcrumb's first link.
		await expect(page.locator('main a').first()).toBeFocused();
	});
});
