// On paper: a meeting, a decision and an offer print their content without the site's header, menu, search,
// footer, buttons or forms.
import { test, expect } from '@playwright/test';
import { sgMeetingPath } from '../pages/portal';

test('meeting, decision and offer pages print their content only', async ({ page, request }) => {
	const meeting = await sgMeetingPath(request);
	await page.goto('/beslutninger');
	const decision = await page.getByRole('table').getByRole('link').first().getAttribute('href');
	for (const path of [meeting, `/beslutninger/${decision!.split('/').pop()}`, '/tilbud/kildebo']) {
		await page.goto(path);
		await page.emulateMedia({ media: 'print' });
		await expect(page.getByRole('heading', { level: 1 }), path).toBeVisible();
		await expect(page.locator('header.header'), path).toBeHidden();
		await expect(page.locator('body footer'), path).toBeHidden();
		await expect(page.getByRole('search', { name: 'Søg i portalen' }), path).toBeHidden();
		await expect(page.locator('nav.breadcrumbs'), path).toBeHidden();
		await page.emulateMedia({ media: 'screen' });
		await expect(page.locator('header.header'), path).toBeVisible();
	}
});
