// The main menu shows where you are, as DKFDS does: the current page's item is bold and underlined by a bar (on
// phones: a bar on its left, on a grey ground), not only announced by aria-current. Server-rendered, so it holds
// without JavaScript too.
import { test, expect, type Locator, type Page } from '@playwright/test';
import { sgMeetingPath } from '../pages/portal';

const mainMenu = (page: Page) => page.getByRole('navigation', { name: 'Hovedmenu' });

/** The styles DKFDS uses to mark a menu item: on the link's text (desktop) and on the list item (mobile). */
async function marking(link: Locator) {
	return link.evaluate((a) => {
		const span = a.querySelector('span') ?? a;
		const text = getComputedStyle(span);
		const item = getComputedStyle(a.closest('li') ?? a);
		return {
			fontWeight: text.fontWeight,
			underline: `${text.borderBottomWidth} ${text.borderBottomStyle} ${text.borderBottomColor}`,
			leftBar: `${item.borderLeftWidth} ${item.borderLeftStyle}`,
			background: item.backgroundColor
		};
	});
}

for (const javaScriptEnabled of [true, false]) {
	test.describe(`current page in the main menu (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, () => {
		test.use({ javaScriptEnabled });

		test('on a wide screen the current item is bold with DKFDS’ bar under it; others are not', async ({ page }) => {
			await page.goto('/beslutninger');
			const current = mainMenu(page).getByRole('link', { name: 'Beslutninger' });
			const other = mainMenu(page).getByRole('link', { name: 'Tilbud' });
			await expect(current).toHaveAttribute('aria-current', 'page');
			await expect(other).not.toHaveAttribute('aria-current');
			const [mark, plain] = [await marking(current), await marking(other)];
			expect(Number(mark.fontWeight)).toBeGreaterThanOrEqual(600);
			expect(Number(plain.fontWeight)).toBeLessThan(600);
			expect(mark.underline).toMatch(/^[1-9][\d.]*px solid/);
			expect(mark.underline).not.toBe(plain.underline);
		});

		test('a page below a menu item marks that item as the section (aria-current="true")', async ({ page, request }) => {
			await page.goto(await sgMeetingPath(request));
			const section = mainMenu(page).getByRole('link', { name: 'Møder' });
			await expect(section).toHaveAttribute('aria-current', 'true');
			const mark = await marking(section);
			const plain = await marking(mainMenu(page).getByRole('link', { name: 'Kalender' }));
			expect(mark.underline).not.toBe(plain.underline);
		});

		test('on a phone the current item in the opened menu has DKFDS’ bar on its left', async ({ page }) => {
			await page.setViewportSize({ width: 390, height: 844 });
			await page.goto('/organer');
			await page.locator('header summary', { hasText: 'Menu' }).click();
			const current = mainMenu(page).getByRole('link', { name: 'Organer' });
			await expect(current).toBeVisible();
			await expect(current).toHaveAttribute('aria-current', 'page');
			const [mark, plain] = [
				await marking(current),
				await marking(mainMenu(page).getByRole('link', { name: 'Kalender' }))
			];
			expect(mark.leftBar).toMatch(/^[1-9][\d.]*px solid$/);
			expect(plain.leftBar).toMatch(/^0px/);
			expect(mark.background).not.toBe(plain.background);
		});
	});
}
