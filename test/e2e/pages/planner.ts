import { expect, type Locator, type Page } from '@playwright/test';

/** The planner (/kalender/planlaeg) and a plan's page, used by keyboard only: Tab, Shift+Tab, Enter, Space, typing. */
export class PlannerPage {
	constructor(private readonly page: Page) {}

	/** Presses Tab until `target` has focus, as a keyboard user would (wrapping past the end of the page if needed). */
	async tabTo(target: Locator, max = 500) {
		for (let i = 0; i < max; i++) {
			if (await target.evaluate((el) => el === document.activeElement)) return;
			await this.page.keyboard.press('Tab');
		}
		await expect(target).toBeFocused();
	}

	/** Tabs to a button and presses Enter. */
	async press(name: string) {
		await this.tabTo(this.page.getByRole('button', { name, exact: true }));
		await this.page.keyboard.press('Enter');
	}

	/** Enters dates in the planner's form, one per line, and submits it with Enter on the button. */
	async propose(dates: string[], basis: 'KKR-datoer' | 'K17-datoer' = 'KKR-datoer') {
		const radio = this.page.getByRole('radio', { name: basis });
		// Tab reaches the group's checked radio; the arrow keys choose another.
		await this.tabTo(this.page.getByRole('radio', { checked: true }));
		if (!(await radio.isChecked())) await this.page.keyboard.press('ArrowDown');
		await expect(radio).toBeChecked();
		await this.page.keyboard.press('Tab');
		await expect(this.page.getByRole('textbox', { name: 'Datoer' })).toBeFocused();
		await this.page.keyboard.press('ControlOrMeta+A');
		await this.page.keyboard.press('Delete');
		await this.page.keyboard.type(dates.join('\n'));
		await this.press('Foreslå møder');
	}

	/** The row of chain `n` (1-based) of a plan. */
	chain(n: number): Locator {
		return this.page.locator('tbody tr', { has: this.page.getByRole('rowheader', { name: `Række ${n}`, exact: true }) });
	}

	/** The cell of a step in chain `n`: 0 = SG, 1 = K17, 2 = KKR. */
	cell(n: number, step: 0 | 1 | 2): Locator {
		return this.chain(n).getByRole('cell').nth(step);
	}

	/** The status message after a form post. */
	status(text: string | RegExp): Locator {
		return this.page.getByRole('status').filter({ hasText: text });
	}
}
