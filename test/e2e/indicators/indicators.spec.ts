// Indicators end to end: the secretariat defines one; the Næstved contact reports last year's value by keyboard and
// the public indicator page's chart summary and table show it; an import with errors shows them per row and saves
// nothing, a good file is saved; the public page reads without JavaScript. axe on every page with charts and every
// indicator page (new, edit, list, reporting, import).
import { test, expect } from '@playwright/test';
import { SignInPage } from '../pages/sign-in-page';
import { expectAccessible } from '../helpers/axe';
import { demo } from '../helpers/users';

test.describe.configure({ mode: 'serial' });

const title = `Anbringelser uden for kommunen ${Date.now()}`;
const lastYear = String(new Date().getFullYear() - 1);
const yearBefore = String(new Date().getFullYear() - 2);
let slug = '';

test('the secretariat defines an indicator', async ({ page }) => {
	await new SignInPage(page).signInAs(demo.secretariat);
	await page.goto('/indikatorer/ny');
	await expectAccessible(page);
	await page.getByRole('button', { name: 'Opret indikatoren' }).click();
	await expect(page.getByRole('alert').first()).toContainText('Skriv indikatorens titel.');
	await page.getByLabel('Titel').fill(title);
	await page.getByLabel('Definition').fill('Antal borgere anbragt i botilbud uden for kommunen pr. 31/12.');
	await page.getByLabel('Enhed').fill('borgere');
	await page.getByLabel('Hvad er bedst').selectOption({ label: 'Lavere er bedre' });
	await page.getByLabel('Mindste tilladte værdi (valgfri)').fill('0');
	await page.getByLabel('Største tilladte værdi (valgfri)').fill('500');
	await page.getByRole('button', { name: 'Opret indikatoren' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
	await expect(page.getByRole('main')).toContainText('Der er ikke indberettet tal endnu.');
	slug = page.url().split('/').pop()!;
	await expectAccessible(page);
	// Editing: a bad value is refused with a field error and the definition stays as it was.
	await page.goto(`/indikatorer/${slug}`);
	await expectAccessible(page);
	await page.getByLabel('Største tilladte værdi (valgfri)').fill('mange');
	await page.getByRole('button', { name: 'Gem definitionen' }).click();
	await expect(page.getByRole('alert').first()).toContainText('»mange« er ikke et tal');
	await expectAccessible(page);
	await page.getByLabel('Største tilladte værdi (valgfri)').fill('500');
	await page.getByLabel('Enhed').fill('borgere');
	await page.getByRole('button', { name: 'Gem definitionen' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
	await page.goto('/indikatorer');
	await expect(page.getByRole('row', { name: new RegExp(title) })).toContainText('Ingen endnu');
	await expectAccessible(page);
});

test('the Næstved contact reports by keyboard; the chart summary and the table show it', async ({ page }) => {
	await new SignInPage(page).signInAs(demo.municipalContact);
	// The secretariat's pages are not the contact's.
	for (const path of ['/indikatorer', '/indikatorer/import', '/indikatorer/ny']) expect((await page.goto(path))?.status(), path).toBe(403);
	await page.goto('/indikatorer/indberet');
	await expectAccessible(page);
	const item = page.getByRole('region', { name: `${title}, ${lastYear}` });
	await expect(item).toContainText('Mangler');
	const value = item.getByLabel('Værdi (borgere)');
	await value.focus();
	await page.keyboard.type('tolv');
	await page.keyboard.press('Enter');
	await expect(page.getByRole('alert').first()).toContainText('»tolv« er ikke et tal');
	const again = page.getByRole('region', { name: `${title}, ${lastYear}` }).getByLabel('Værdi (borgere)');
	await again.fill('');
	await again.focus();
	await page.keyboard.type('14');
	await page.keyboard.press('Tab');
	await page.keyboard.type('Opgjort 31/12');
	await page.keyboard.press('Enter');
	await expect(page.getByRole('status')).toContainText('Tallet er indberettet.');
	await expect(page.getByRole('region', { name: `${title}, ${lastYear}` })).toContainText('Indberettet: 14 borgere');

	await page.goto(`/implementeringsplan/indikatorer/${slug}?kommune=naestved`);
	await expect(page.getByRole('main')).toContainText('Næstved: 14.');
	await expect(page.getByRole('row', { name: /Næstved \(valgt\)/ })).toContainText('14');
	await expect(page.getByRole('img').first()).toBeVisible();
	await expectAccessible(page);
});

test('an import with errors shows them per row and saves nothing; a good file is saved', async ({ page }) => {
	await new SignInPage(page).signInAs(demo.secretariat);
	// The secretariat imports; it does not report through the contacts' form.
	expect((await page.goto('/indikatorer/indberet'))?.status()).toBe(403);
	await page.goto('/indikatorer/import');
	await expectAccessible(page);
	await page.getByLabel('Indikator').selectOption({ label: title });
	const bad = ['kommune;periode;værdi;kommentar', `Atlantis;${lastYear};3;`, `Faxe;${lastYear};tre;`, `Faxe;${lastYear};600;`, `Køge;${lastYear};4;`].join('\r\n');
	await page.getByLabel('Fil').setInputFiles({ name: 'tal.csv', mimeType: 'text/csv', buffer: Buffer.from(bad, 'latin1') });
	await page.getByRole('button', { name: 'Kontrollér filen' }).click();
	const preview = page.locator('section.preview');
	await expect(preview).toContainText('3 af 4 rækker har fejl. Intet er gemt');
	await expect(preview.getByRole('row', { name: /^2 Atlantis/ })).toContainText('Ukendt kommune: »Atlantis«.');
	await expect(preview.getByRole('row', { name: /^5 Køge/ })).toContainText('I orden');
	await expect(page.getByRole('button', { name: /Gem de/ })).toHaveCount(0);
	await expectAccessible(page);
	// Nothing was saved: Køge has no figure on the public page.
	await page.goto(`/implementeringsplan/indikatorer/${slug}?kommune=koge`);
	await expect(page.getByRole('main')).not.toContainText('Køge: 4');

	await page.goto('/indikatorer/import');
	await page.getByLabel('Indikator').selectOption({ label: title });
	const good = ['kommune,periode,værdi', `Køge,${lastYear},4`, `Faxe,${lastYear},9`, `Faxe,${yearBefore},7`].join('\n');
	await page.getByLabel('Fil').setInputFiles({ name: 'tal.csv', mimeType: 'text/csv', buffer: Buffer.from('\ufeff' + good, 'utf8') });
	await page.getByRole('button', { name: 'Kontrollér filen' }).click();
	await expect(page.locator('section.preview')).toContainText('Alle 3 rækker er i orden.');
	await page.getByRole('button', { name: 'Gem de 3 tal' }).click();
	await expect(page.getByRole('status')).toContainText('3 tal er gemt.');
	await page.goto(`/implementeringsplan/indikatorer/${slug}?kommune=faxe`);
	await expect(page.getByRole('main')).toContainText('Faxe: 9, op fra 7.');
	await expectAccessible(page);
	// The status page carries every indicator's charts.
	await page.goto('/implementeringsplan');
	await expect(page.getByRole('link', { name: title })).toBeVisible();
	await expectAccessible(page);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the indicator page and the status page show the charts and the tables', async ({ page }) => {
		await page.goto(`/implementeringsplan/indikatorer/${slug}`);
		await page.getByLabel('Fremhæv en kommune').selectOption({ label: 'Køge' });
		await page.getByRole('button', { name: 'Vis', exact: true }).click();
		await expect(page).toHaveURL(/kommune=koge/);
		await expect(page.getByRole('main')).toContainText('Køge: 4.');
		await expect(page.locator('svg[role="img"]')).toHaveCount(3);
		await expect(page.getByRole('table')).toContainText('Køge (valgt)');
		await page.goto('/implementeringsplan?kommune=koge');
		const indicator = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: title }) });
		await expect(indicator).toContainText('Køge: 4.');
		await expect(indicator.getByRole('table')).toContainText('Køge (valgt)');
	});
});
