// The portal works without JavaScript: server-rendered pages, plain links and GET forms.
import { test, expect } from '@playwright/test';
import { portalPages, sgMeetingPath } from '../pages/portal';

test.use({ javaScriptEnabled: false });

test.describe('portal without JavaScript', () => {
	test('every page renders its heading', async ({ page, request }) => {
		const paths: { path: string; heading: string | RegExp }[] = [
			...portalPages,
			{ path: await sgMeetingPath(request), heading: /møde 12\. august 2022$/ }
		];
		for (const { path, heading } of paths) {
			const response = await page.goto(path);
			expect(response?.status(), path).toBe(200);
			await expect(page.getByRole('heading', { level: 1 }), path).toHaveText(heading);
		}
	});

	test('the filters are plain GET forms', async ({ page }) => {
		await page.goto('/tilbud');
		await page.getByLabel('Vis', { exact: true }).selectOption({ label: 'Sikrede afdelinger' });
		await page.getByRole('button', { name: 'Vis tilbud' }).click();
		await expect(page).toHaveURL(/\/tilbud\?udvalg=sikrede$/);
		await expect(page.getByRole('link', { name: 'Bakkegården' })).toBeVisible();
		await expect(page.getByRole('link', { name: 'Stevnsfortet' })).toBeVisible();
		await expect(page.getByRole('link', { name: 'Kildebo' })).toHaveCount(0);

		await page.goto('/beslutninger');
		await page.getByLabel('Type', { exact: true }).selectOption({ label: 'Udsat' });
		await page.getByRole('button', { name: 'Vis beslutninger' }).click();
		await expect(page).toHaveURL(/\/beslutninger\?.*\btype=postponed\b/);
		const kinds = await page.getByRole('table').locator('tbody td:nth-child(4)').allTextContents();
		expect(kinds.length).toBeGreaterThan(0);
		expect(new Set(kinds)).toEqual(new Set(['Udsat']));
	});

	test('tariff rules keep earlier versions in a details element that opens without JavaScript', async ({ page }) => {
		await page.goto('/takstregler');
		const rule = page.locator('article#takstanbefaling');
		await expect(rule.getByRole('heading', { level: 3 })).toHaveText(/Takstanbefaling/);
		const summary = rule.getByText(/^Tidligere versioner \(2\)$/);
		await summary.click();
		await expect(rule.getByRole('heading', { level: 4, name: 'Version 1' })).toBeVisible();
	});
});
