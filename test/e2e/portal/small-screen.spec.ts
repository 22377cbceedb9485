// The portal on a phone (390 px wide): the main menu folds behind a DKFDS menu button that opens by keyboard and
// without JavaScript, no page scrolls sideways, decisions stack instead of running off-screen, and axe passes.
import { test, expect, type Locator, type Page } from '@playwright/test';
import { expectAccessible } from '../helpers/axe';
import { portalPages, sgMeetingPath } from '../pages/portal';

const PHONE = { width: 390, height: 844 };
test.use({ viewport: PHONE });

/** Where an element is drawn; it must be drawn. */
async function boxOf(locator: Locator) {
	const box = await locator.boundingBox();
	if (!box) throw new Error('not rendered');
	return box;
}

const menuButton = (page: Page) => page.locator('header summary', { hasText: 'Menu' });
const mainMenu = (page: Page) => page.getByRole('navigation', { name: 'Hovedmenu' });

/** The page is no wider than the viewport: nothing but a table region of its own scrolls sideways. */
async function expectNoSidewaysScroll(page: Page, path: string) {
	const { scrollWidth, clientWidth } = await page.evaluate(() => ({
		scrollWidth: document.documentElement.scrollWidth,
		clientWidth: document.documentElement.clientWidth
	}));
	expect(scrollWidth, `${path} scrolls sideways`).toBeLessThanOrEqual(clientWidth);
}

test.describe('small screens (390 px)', () => {
	test('the main menu is one Menu button, not rows of links, and opens and closes by keyboard', async ({ page }) => {
		await page.goto('/tilbud');
		await expect(menuButton(page)).toBeVisible();
		// Folded: the menu's links take no room until asked for.
		await expect(mainMenu(page)).toBeHidden();
		expect((await boxOf(menuButton(page))).height).toBeLessThan(60);

		// Keyboard only: Tab reaches the button after the header's own controls, Enter opens, Tab walks the links.
		await page.keyboard.press('Tab'); // skip link
		let steps = 0;
		while (!(await menuButton(page).evaluate((el) => el === document.activeElement)) && steps++ < 10) {
			await page.keyboard.press('Tab');
		}
		await expect(menuButton(page)).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(mainMenu(page)).toBeVisible();
		await expect(mainMenu(page).getByRole('link')).toHaveCount(9);
		await page.keyboard.press('Tab');
		await expect(mainMenu(page).getByRole('link', { name: 'Kalender' })).toBeFocused();
		await expectAccessible(page);

		// Escape closes it and gives focus back to the button, as DKFDS' drawer does.
		await page.keyboard.press('Escape');
		await expect(mainMenu(page)).toBeHidden();
		await expect(menuButton(page)).toBeFocused();
		await page.keyboard.press('Space');
		await expect(mainMenu(page)).toBeVisible();

		// Following a link closes the menu on the new page.
		await mainMenu(page).getByRole('link', { name: 'Organer' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Organer');
		await expect(mainMenu(page)).toBeHidden();
	});

	test('the menu opens without JavaScript, by mouse and keyboard', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE });
		const page = await context.newPage();
		try {
			await page.goto('/');
			await expect(mainMenu(page)).toBeHidden();
			await menuButton(page).click();
			await expect(mainMenu(page)).toBeVisible();
			await mainMenu(page).getByRole('link', { name: 'Takstregler' }).click();
			await expect(page.getByRole('heading', { level: 1 })).toHaveText('Takstregler');

			await expect(mainMenu(page)).toBeHidden();
			await menuButton(page).focus();
			await page.keyboard.press('Enter');
			await expect(mainMenu(page)).toBeVisible();
			// (axe needs JavaScript in the page; it runs on the same markup, opened, in the test above.)
		} finally {
			await context.close();
		}
	});

	test('every portal page fits the width and passes axe; at 320 px (WCAG reflow) it still fits', async ({
		page,
		request
	}) => {
		test.setTimeout(120_000);
		const paths = [...portalPages.map((p) => p.path), await sgMeetingPath(request)];
		for (const path of paths) {
			await page.goto(path);
			await expect(menuButton(page), path).toBeVisible();
			await expectNoSidewaysScroll(page, path);
			await expectAccessible(page);
		}
		await page.setViewportSize({ width: 320, height: 640 });
		for (const path of paths) {
			await page.goto(path);
			await expectNoSidewaysScroll(page, `${path} at 320 px`);
		}
	});

	test('on /beslutninger each decision is stacked, its text on screen under the column names', async ({ page }) => {
		await page.goto('/beslutninger');
		const table = page.getByRole('table', { name: 'Beslutninger' });
		const firstRow = table.locator('tbody tr').first();
		const text = firstRow.locator('td').last();
		await expect(text).toContainText('Styregruppen godkendte dagsordenen');
		const box = await boxOf(text);
		expect(box.x).toBeGreaterThanOrEqual(0);
		expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
		// Stacked: the cells of a row lie under each other, each named by its column (DKFDS' data-title).
		const cells = firstRow.locator('td');
		const first = await boxOf(cells.nth(0));
		const second = await boxOf(cells.nth(1));
		expect(second.y).toBeGreaterThan(first.y + first.height - 1);
		expect(await text.getAttribute('data-title')).toBe('Beslutning');
		// The table's scroll region has nothing to scroll.
		const region = page.getByRole('region', { name: 'Beslutninger' });
		const overflow = await region.evaluate((el) => el.scrollWidth - el.clientWidth);
		expect(overflow).toBeLessThanOrEqual(0);
	});
});
