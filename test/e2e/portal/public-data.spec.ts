// The public data as the portal shows it, checked against the seed documents: members, leads with their periods,
// decisions once, what a meeting without an agenda says, an offer's date, tariff parameters in words.
import { test, expect } from '@playwright/test';
import { expectAccessible } from '../helpers/axe';
import { MeetingPage, sgMeetingPath } from '../pages/portal';

test.describe('public data', () => {
	test('demo users are not listed as members of real bodies', async ({ page }) => {
		for (const path of ['/organer', '/organer/styregruppen', '/organer/boern-og-unge', '/netvaerksgrupper']) {
			await page.goto(path);
			await expect(page.locator('main'), path).not.toContainText('(demo)');
			await expect(page.locator('main'), path).not.toContainText('Mads Medlem');
			await expect(page.locator('main'), path).not.toContainText('Tove Tovholder');
		}
	});

	test('Region Sjælland is a region, and the steering group has one chair', async ({ page }) => {
		await page.goto('/organer');
		await expect(page.locator('main')).not.toContainText('Region Sjælland (kommune)');
		await expect(page.locator('#kontaktudvalget-heading').locator('..')).toContainText('Region Sjælland (region)');
		await page.goto('/organer/styregruppen');
		const members = page.locator('.member-list > li');
		await expect(members.filter({ hasText: '(formand' })).toHaveCount(1);
		await expect(members.filter({ hasText: '(formand' })).toContainText('Mette Olander');
	});

	test('Voksne sindslidende has Køge, then Roskilde from 1/9-2022, alike on both pages', async ({ page }) => {
		await page.goto('/netvaerksgrupper');
		const row = page.locator('tr#voksne-sindslidende');
		await expect(row).toContainText('Køge (til 31. august 2022)');
		await expect(row).toContainText('Roskilde (fra 1. september 2022)');
		await page.goto('/organer/voksne-sindslidende');
		const members = page.locator('.member-list > li');
		await expect(members.filter({ hasText: /^\s*Køge/ })).toContainText('(tovholder, til 31. august 2022)');
		await expect(members.filter({ hasText: /^\s*Roskilde/ })).toContainText('(tovholder, fra 1. september 2022)');
		await expectAccessible(page);
	});

	test('the 12/8-2022 meeting shows each decision once, and the 2022 actions with unknown status', async ({
		page,
		request
	}) => {
		await page.goto(await sgMeetingPath(request));
		const meeting = new MeetingPage(page);
		const item2 = meeting.item('2');
		await expect(item2.getByRole('heading', { name: 'Beslutning', exact: true })).toHaveCount(1);
		await expect(item2.getByRole('heading', { name: 'Beslutninger', exact: true })).toHaveCount(0);
		await expect(item2.getByText(/^Styregruppen besluttede at anbefale og videresende rammeaftalen/)).toHaveCount(1);
		await expect(meeting.item('7').getByText(/^Slagelse orienterede om at de lukker/)).toHaveCount(1);
		await expect(page.locator('main')).not.toContainText('Åben');
		await expect(meeting.item('4').getByText('status ukendt')).toHaveCount(2);
	});

	test('a held meeting without an agenda says it is not in the portal and links the minutes it is known from', async ({
		page
	}) => {
		await page.goto('/moeder?organ=k17');
		await page.getByRole('link', { name: /4\. november 2022/ }).click();
		await expect(page.locator('main')).not.toContainText('ikke klar endnu');
		await expect(page.getByText('Dagsorden og referat for dette møde findes ikke i portalen.')).toBeVisible();
		await page.getByRole('link', { name: 'Dagsorden og referat, styregruppemøde i Rammeaftale Sjælland 12/8-2022' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'Styregruppen for Rammeaftale Sjælland, møde 12. august 2022'
		);
	});

	test('Kildebo shows its source document, not when the seed was loaded', async ({ page }) => {
		await page.goto('/tilbud/kildebo');
		await expect(page.locator('main')).not.toContainText('Senest opdateret');
		await expect(page.getByRole('link', { name: 'Rammeaftale 2023-2024 (2022)' })).toBeVisible();
	});

	test('/takstregler says versions and parameters in words with their units', async ({ page }) => {
		await page.goto('/takstregler');
		const main = page.locator('main');
		await expect(main).toContainText('1 (rammeaftale 2021-22)');
		await expect(main).not.toContainText('1(rammeaftale');
		await expect(main).not.toContainText('Frist: dag');
		const fact = (label: string) => page.locator('dt', { hasText: new RegExp(`^${label}$`) }).locator('xpath=following-sibling::dd[1]');
		await expect(fact('Betalingsfrist')).toHaveText('30 dage');
		await expect(fact('Døgnskifte')).toHaveText('kl. 12.00');
		await expect(fact('Opsigelsesvarsel').first()).toHaveText('løbende måned plus 30 dage');
		await expectAccessible(page);
	});
});
