import { expect, type Page, type Response } from '@playwright/test';

/** The 18-approval tracker of an agreement period (/kalender/godkendelser/<periode>). */
export class ApprovalsPage {
	constructor(private readonly page: Page) {}

	async goto(period: string) {
		await this.page.goto(`/kalender/godkendelser/${period}`);
		await expect(this.page.getByRole('heading', { level: 1, name: `Godkendelser af rammeaftale ${period}` })).toBeVisible();
	}

	/** The table of the 18 (read-only or the staff's form). */
	rows() {
		return this.page.getByRole('table', { name: /^De 18 godkendelser/ }).locator('tbody tr');
	}

	row(name: string) {
		return this.rows().filter({ has: this.page.getByRole('rowheader', { name, exact: true }) });
	}

	planned(name: string) {
		return this.page.getByLabel(`Planlagt dato, ${name}`, { exact: true });
	}

	approved(name: string) {
		return this.page.getByLabel(`Godkendt dato, ${name}`, { exact: true });
	}

	/** Presses save and returns the POST's response. */
	async save(): Promise<Response> {
		const [response] = await Promise.all([
			this.page.waitForResponse((r) => r.request().method() === 'POST' && r.url().includes('/kalender/godkendelser/')),
			this.page.getByRole('button', { name: 'Gem godkendelser' }).click()
		]);
		await this.page.waitForLoadState();
		return response;
	}
}
