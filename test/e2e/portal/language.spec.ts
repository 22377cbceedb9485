// In English the interface is translated but the content from the data stays Danish; that content is marked
// lang="da" (WCAG 3.1.2), so screen readers read it with Danish pronunciation. In Danish no marking is needed.
import { test, expect, type Locator, type Page } from '@playwright/test';
import { expectAccessible } from '../helpers/axe';
import { sgMeetingPath } from '../pages/portal';

/** The language an element's text is in: its nearest lang attribute. */
const langOf = (locator: Locator) => locator.evaluate((el) => el.closest('[lang]')?.getAttribute('lang'));

async function switchToEnglish(page: Page) {
	await page.goto('/');
	await page.getByRole('button', { name: /English/ }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
}

/** Danish texts from the data on each page, and an English interface text on it that must stay unmarked. */
const danishData: { path: string | 'meeting'; english: string; danish: string[] }[] = [
	{ path: '/', english: 'Upcoming meetings', danish: ['Styregruppen for Rammeaftale Sjælland'] },
	{ path: '/moeder?organ=styregruppen', english: 'Choose a meeting', danish: ['Styregruppen for Rammeaftale Sjælland'] },
	{
		path: 'meeting',
		english: 'Agenda',
		danish: ['Godkendelse af dagsorden til styregruppemøde 12/8', 'Styregruppen godkendte dagsordenen']
	},
	{ path: '/beslutninger', english: 'Decisions', danish: ['Styregruppen godkendte dagsordenen'] },
	{ path: '/tilbud', english: 'Offers', danish: ['Kildebo'] },
	{ path: '/tilbud/kildebo', english: 'Offers', danish: ['Kildebo'] },
	{ path: '/takstregler', english: 'Tariff rules', danish: ['Takstanbefaling'] },
	{ path: '/fokusomraader', english: 'Focus areas', danish: ['Rette indsatser og tilbud til borgerne'] },
	{ path: '/implementeringsplan', english: 'Implementation plan', danish: ['Fælles om kontrakter og takster'] },
	{ path: '/netvaerksgrupper', english: 'Network groups', danish: ['Netværksgruppen Børn og Unge'] },
	{ path: '/organer', english: 'Bodies', danish: ['De 17 kommunalbestyrelser'] },
	{ path: '/organer/styregruppen', english: 'Bodies', danish: ['Styregruppen for Rammeaftale Sjælland'] }
];

test.describe('Danish content in the English interface', () => {
	test('content from the data is inside lang="da" on every portal page, the interface is not, and axe passes', async ({
		page,
		request
	}) => {
		test.setTimeout(120_000);
		const meeting = await sgMeetingPath(request);
		await switchToEnglish(page);
		for (const { path, english, danish } of danishData) {
			const url = path === 'meeting' ? meeting : path;
			await page.goto(url);
			await expect(page.locator('html'), url).toHaveAttribute('lang', 'en');
			const main = page.locator('main');
			const ui = main.getByText(english, { exact: false }).first();
			await expect(ui, `${url}: "${english}"`).toBeVisible();
			expect(await langOf(ui), `${url}: "${english}"`).toBe('en');
			for (const text of danish) {
				const data = main.getByText(text, { exact: false }).first();
				await expect(data, `${url}: "${text}"`).toBeAttached();
				expect(await langOf(data), `${url}: "${text}"`).toBe('da');
			}
			await expectAccessible(page);
		}
	});

	test('the meeting heading marks only the body’s name as Danish', async ({ page, request }) => {
		const meeting = await sgMeetingPath(request);
		await switchToEnglish(page);
		await page.goto(meeting);
		const heading = page.getByRole('heading', { level: 1 });
		await expect(heading).toHaveText('Styregruppen for Rammeaftale Sjælland, meeting 12 August 2022');
		await expect(heading.locator('[lang="da"]')).toHaveText('Styregruppen for Rammeaftale Sjælland');
	});

	test('in Danish nothing is marked separately', async ({ page }) => {
		await page.goto('/tilbud/kildebo');
		await expect(page.locator('html')).toHaveAttribute('lang', 'da');
		await expect(page.locator('main [lang]')).toHaveCount(0);
	});
});
