import type { Browser, BrowserContext, Page } from '@playwright/test';
import { DEMO_PASSWORD } from '../helpers/users';

export class SignInPage {
	constructor(private readonly page: Page) {}

	async goto(redirectTo?: string) {
		await this.page.goto(redirectTo ? `/log-ind?redirectTo=${encodeURIComponent(redirectTo)}` : '/log-ind');
	}

	async signIn(email: string, password = DEMO_PASSWORD) {
		await this.page.getByLabel('E-mail').fill(email);
		await this.page.getByLabel('Adgangskode').fill(password);
		await this.page.getByRole('button', { name: 'Log ind' }).click();
	}

	/** Sign in and wait until the header says so. */
	async signInAs(email: string, password = DEMO_PASSWORD) {
		await this.goto();
		await this.signIn(email, password);
		await this.page.getByRole('button', { name: 'Log ud' }).waitFor();
	}
}

/** A browser context of its own, signed in as `email`: one person in a test with several people at once. */
export async function signedIn(browser: Browser, email: string): Promise<{ context: BrowserContext; page: Page }> {
	const context = await browser.newContext();
	const page = await context.newPage();
	await new SignInPage(page).signInAs(email);
	return { context, page };
}
