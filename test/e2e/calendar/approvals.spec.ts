import { test, expect } from '@playwright/test';
import { SignInPage } from '../pages/sign-in-page';
import { ApprovalsPage } from '../pages/approvals-page';
import { expectAccessible } from '../helpers/axe';
import { demo } from '../helpers/users';

test.describe('the 18 approvals of the framework agreement', () => {
	test('the public tracker of 2023-24: 18 councils against 1 December 2022 and the backwards plan', async ({ page }) => {
		await page.goto('/kalender/godkendelser');
		await expect(page.getByRole('heading', { level: 1, name: 'Godkendelse af rammeaftalen' })).toBeVisible();
		const period = page.getByRole('row', { name: /Godkendelser af rammeaftale 2023-24/ });
		await expect(period).toContainText('1. december 2022');
		await expect(period).toContainText(/\d+ af 18 godkendt/);
		await expectAccessible(page);

		await period.getByRole('link').click();
		const tracker = new ApprovalsPage(page);
		await expect(page.getByRole('heading', { level: 1, name: 'Godkendelser af rammeaftale 2023-24' })).toBeVisible();
		await expect(tracker.rows()).toHaveCount(18);
		await expect(tracker.row('Faxe')).toBeVisible();
		await expect(tracker.row('Vordingborg')).toBeVisible();
		await expect(tracker.row('Regionsrådet (Region Sjælland)')).toBeVisible();
		// No form for the public.
		await expect(page.getByRole('button', { name: 'Gem godkendelser' })).toHaveCount(0);

		const plan = page.getByRole('table', { name: 'Baglæns plan for rammeaftale 2023-24' });
		await expect(page.getByRole('heading', { level: 2, name: 'Baglæns plan fra 1. december 2022' })).toBeVisible();
		await expect(plan.getByRole('row', { name: /^Styregruppen/ })).toContainText('12. august 2022');
		await expect(plan.getByRole('row', { name: /^Styregruppen/ }).getByRole('link', { name: '12. august 2022' })).toBeVisible();
		await expect(plan.getByRole('row', { name: /^K17/ })).toContainText('26. august 2022');
		await expect(plan.getByRole('row', { name: /^KKR Sjælland/ })).toContainText('7. september 2022');
		await expect(plan.getByRole('row', { name: /^KKR Sjælland/ })).toContainText('mindst 8 uger før fristen');
		await expectAccessible(page);
	});

	test('the case page links to the tracker', async ({ page }) => {
		await page.goto('/sager/rammeaftale-2023-24');
		await page.getByRole('link', { name: 'Se de 18 godkendelser af rammeaftale 2023-24' }).click();
		await expect(page).toHaveURL(/\/kalender\/godkendelser\/2023-24$/);
	});

	test('the secretariat enters a planned and an approval date; an impossible date saves nothing', async ({ page }) => {
		await new SignInPage(page).signInAs(demo.secretariat);
		const tracker = new ApprovalsPage(page);
		await tracker.goto('2023-24');
		await expectAccessible(page);

		await tracker.planned('Faxe').fill('2022-11-24');
		await tracker.approved('Greve').fill('2022-10-26');
		expect((await tracker.save()).status()).toBe(200);
		await expect(page.getByRole('status').filter({ hasText: 'Godkendelserne er gemt' })).toBeVisible();

		await tracker.goto('2023-24');
		await expect(tracker.planned('Faxe')).toHaveValue('2022-11-24');
		await expect(tracker.approved('Greve')).toHaveValue('2022-10-26');
		await expect(tracker.row('Faxe')).toContainText('Planlagt før fristen');
		await expect(tracker.row('Greve')).toContainText('Godkendt rettidigt');

		// A browser without a date picker sends what was typed: an impossible day is refused, with the rest.
		await tracker.planned('Holbæk').fill('2022-11-22');
		await tracker.planned('Lejre').evaluate((input: HTMLInputElement) => (input.type = 'text'));
		await tracker.planned('Lejre').fill('2022-02-30');
		expect((await tracker.save()).status()).toBe(400);
		const alert = page.getByRole('alert');
		await expect(alert).toContainText('Lejre: »2022-02-30« er ikke en gyldig dato for den planlagte godkendelse.');
		await expectAccessible(page);
		await alert.getByRole('link', { name: /^Lejre:/ }).click();
		await expect(tracker.planned('Lejre')).toBeFocused();

		await tracker.goto('2023-24');
		await expect(tracker.planned('Lejre')).toHaveValue('');
		await expect(tracker.planned('Holbæk')).toHaveValue('');
		await expect(tracker.row('Holbæk')).toContainText('Ingen godkendelse registreret');
	});
});

test.describe('deadlines of a year', () => {
	test('2022 shows the 1 December deadline with its rule, source and who, and links to the tracker', async ({ page }) => {
		await page.goto('/kalender/frister?aar=2022');
		await expect(page.getByRole('heading', { level: 1, name: 'Frister 2022' })).toBeVisible();
		const approval = page.locator('li', {
			has: page.getByRole('heading', { name: '1. december 2022: Rammeaftale 2023-24 godkendt i de 17 kommunalbestyrelser og regionsrådet' })
		});
		await expect(approval).toContainText('senest 1. december hvert andet år');
		await expect(approval).toContainText('BEK 1298/2020');
		await expect(approval).toContainText('De 17 kommunalbestyrelser og regionsrådet');
		await expect(page.getByRole('heading', { name: /^1\. juli 2022: Socialtilsyn Østs årsrapport for 2021/ })).toBeVisible();
		await expect(page.getByRole('heading', { name: /^6\. oktober 2022: Rammeaftale 2023-24: seneste dato for behandling i KKR Sjælland/ })).toBeVisible();
		await expectAccessible(page);
		await page.getByRole('link', { name: 'Frister 2023' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Frister 2023' })).toBeVisible();
		await page.goto('/kalender/frister?aar=2022');
		await approval.getByRole('link', { name: /^Læs mere/ }).click();
		await expect(page).toHaveURL(/\/kalender\/godkendelser\/2023-24$/);
	});

	test('a year outside the range is a 400 in Danish', async ({ page }) => {
		const response = await page.goto('/kalender/frister?aar=1999');
		expect(response?.status()).toBe(400);
		await expect(page.getByText('Året skal være et årstal fra 2000 til 2100.')).toBeVisible();
	});

	test("the secretariat sets the network reports' deadline; an impossible date is refused", async ({ page }) => {
		await new SignInPage(page).signInAs(demo.secretariat);
		await page.goto('/kalender/frister?aar=2034');
		await expect(page.getByText('Der er ingen frist for 2034 endnu.')).toBeVisible();
		await expectAccessible(page);
		const field = page.getByLabel('Frist', { exact: true });
		const save = async () => {
			const [response] = await Promise.all([
				page.waitForResponse((r) => r.request().method() === 'POST' && r.url().includes('/kalender/frister')),
				page.getByRole('button', { name: 'Gem frist' }).click()
			]);
			await page.waitForLoadState();
			return response.status();
		};
		await field.evaluate((input: HTMLInputElement) => (input.type = 'text'));
		await field.fill('30.02.2034');
		expect(await save()).toBe(400);
		await expect(page.getByRole('alert')).toContainText('»30.02.2034« er ikke en gyldig dato.');
		await expectAccessible(page);

		await page.goto('/kalender/frister?aar=2034');
		await expect(page.getByText('Der er ingen frist for 2034 endnu.')).toBeVisible();
		await page.getByLabel('Frist', { exact: true }).fill('2034-03-01');
		expect(await save()).toBe(200);
		await expect(page.getByRole('status').filter({ hasText: 'sat til 1. marts 2034' })).toBeVisible();
		await page.goto('/kalender/frister?aar=2034');
		await expect(page.getByRole('heading', { name: '1. marts 2034: Netværksgruppernes årlige statusrapporter 2034' })).toBeVisible();
	});
});
