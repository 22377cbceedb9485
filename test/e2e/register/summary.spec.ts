// Plain-language summaries as the secretariat writes them and readers meet them: from the list of decisions that
// lack one, a too long text refused in Danish, the saved summary first on the decision page, found by the search.
import { test, expect } from '@playwright/test';
import { SignInPage } from '../pages/sign-in-page';
import { expectAccessible } from '../helpers/axe';
import { e2eDatabase } from '../helpers/db';
import { demo } from '../helpers/users';

const summary = `Styregruppen sagde ja. Ordet solsikkemark står kun her ${Date.now()}.`;
let decisionId: number | undefined;

test.afterAll(async () => {
	if (decisionId === undefined) return;
	const sql = e2eDatabase();
	try {
		await sql`update decisions set plain_summary = '', plain_summary_at = null, plain_summary_by = null where id = ${decisionId}`;
	} finally {
		await sql.end();
	}
});

test('the secretariat writes a summary; readers see it first and the search finds it', async ({ page, browser }) => {
	await new SignInPage(page).signInAs(demo.secretariat);
	await page.goto('/beslutninger');
	await page.getByRole('link', { name: 'Beslutninger uden let-læst resumé' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Beslutninger uden let-læst resumé');
	await expectAccessible(page);
	const before = Number((await page.getByRole('status').textContent())!.match(/\d+/)![0]);
	await page.getByRole('link', { name: /^Skriv let-læst resumé/ }).first().click();
	await page.waitForURL(/\/beslutninger\/\d+\/resume$/);
	decisionId = Number(page.url().match(/beslutninger\/(\d+)\/resume/)![1]);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Let-læst resumé');
	await expectAccessible(page);

	const field = page.getByLabel('Resumé på let dansk');
	await field.fill('a'.repeat(601));
	await page.getByRole('button', { name: 'Gem resumé' }).click();
	await expect(page.locator('.form-error-message')).toHaveText('Resuméet er for langt: højst 600 tegn (det er 601).');
	await expect(field).toHaveAttribute('aria-invalid', 'true');
	await expectAccessible(page);

	await field.fill(summary);
	await page.getByRole('button', { name: 'Gem resumé' }).click();
	await expect(page).toHaveURL(new RegExp(`/beslutninger/${decisionId}\\?resume=gemt$`));
	await expect(page.getByRole('status')).toHaveText('Det let-læste resumé er gemt.');
	await page.goto('/beslutninger/uden-resume');
	await expect(page.getByRole('status')).toHaveText(`${before - 1} beslutninger mangler et resumé.`);

	const context = await browser.newContext();
	const reader = await context.newPage();
	await reader.goto(`/beslutninger/${decisionId}`);
	const first = reader.getByRole('region', { name: 'Kort fortalt' });
	await expect(first).toContainText(summary);
	// The summary comes before the decision's own wording.
	const order = await reader.locator('main h2').allTextContents();
	expect(order.indexOf('Kort fortalt')).toBeLessThan(order.indexOf('Beslutningens ordlyd'));
	await expect(reader.getByRole('link', { name: 'Skriv let-læst resumé' })).toHaveCount(0);
	await expectAccessible(reader);

	await reader.goto('/soeg?q=solsikkemark');
	const hit = reader.locator('.search-hit').first();
	await expect(hit).toContainText('Let-læst resumé:');
	await expect(hit.locator('mark')).toHaveText('solsikkemark');
	await context.close();
});
