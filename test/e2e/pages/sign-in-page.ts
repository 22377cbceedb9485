import type { Page } from '@playwright/test';
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
