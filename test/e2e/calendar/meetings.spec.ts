// The secretariat manages meetings: create (the body's usual time prefilled), edit, reschedule, cancel; every
// change shows on the meeting page in words. Bad input gets a Danish message and saves nothing; a member may not
// open the forms. Dates in 2032 belong to this spec only (other calendar specs use other dates).
import { test, expect, type Locator, type Page } from '@playwright/test';
import { SignInPage } from '../pages/sign-in-page';
import { expectAccessible } from '../helpers/axe';
import { demo } from '../helpers/users';
import { e2eDatabase } from '../helpers/db';

async function sgMeetingsOn(date: string): Promise<number> {
	const sql = e2eDatabase();
	try {
		const [row] = await sql`select count(*)::int as n from meetings m join bodies b on b.id = m.body_id
			where b.slug = 'styregruppen' and (m.starts_at at time zone 'Europe/Copenhagen')::date = ${date}::date`;
		return row.n as number;
	} finally {
		await sql.end();
	}
}

/** Presses Tab until `target` has focus (as a keyboard user would), failing if it is never reached. */
async function tabTo(page: Page, target: Locator) {
	for (let i = 0; i < 80; i++) {
		if (await target.evaluate((el) => el === document.activeElement)) return;
		await page.keyboard.press('Tab');
	}
	throw new Error('never reached by Tab');
}

test.describe('meetings managed by the secretariat', () => {
	test('create an SG meeting with the defaults, edit the place, reschedule, cancel; the changes in order', async ({ page }) => {
		await new SignInPage(page).signInAs(demo.secretariat);
		await page.goto('/moeder?organ=styregruppen');
		await page.getByRole('link', { name: 'Opret møde' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Opret møde' })).toBeVisible();
		// The steering group meets 9-12.
		await expect(page.getByLabel('Start (tt:mm)')).toHaveValue('09:00');
		await expect(page.getByLabel('Slut (tt:mm)')).toHaveValue('12:00');
		await expect(page.getByRole('combobox', { name: 'Organ' })).toHaveValue(/\d+/);
		await expectAccessible(page);

		await page.getByLabel('Dato', { exact: true }).fill('2032-02-10');
		await page.getByLabel('Sted', { exact: true }).fill('Roskilde Rådhus');
		await page.getByRole('button', { name: 'Opret møde' }).click();
		await expect(page.getByRole('status')).toContainText('Mødet er oprettet.');
		await expect(page.getByRole('heading', { level: 1 })).toContainText('10. februar 2032');
		await expect(page.locator('dl.facts')).toContainText('tirsdag 10. februar 2032 kl. 9.00–12.00');
		const meetingUrl = page.url().replace(/\?.*$/, '');

		await page.getByRole('link', { name: 'Rediger møde' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Rediger møde' })).toBeVisible();
		await expect(page.getByLabel('Sted', { exact: true })).toHaveValue('Roskilde Rådhus');
		await expectAccessible(page);
		await page.getByLabel('Sted', { exact: true }).fill('Næstved Rådhus');
		await page.getByRole('button', { name: 'Gem ændringer' }).click();
		await expect(page.getByRole('status')).toContainText('Ændringerne er gemt.');

		await page.getByRole('link', { name: 'Rediger møde' }).click();
		await page.getByLabel('Dato', { exact: true }).fill('2032-02-17');
		await page.getByLabel('Start (tt:mm)').fill('10:00');
		await page.getByRole('button', { name: 'Gem ændringer' }).click();
		await expect(page.locator('dl.facts')).toContainText('tirsdag 17. februar 2032 kl. 10.00–12.00');

		await page.getByRole('link', { name: 'Rediger møde' }).click();
		await expect(page.getByText('Et aflyst møde bliver stående i kalenderen')).toBeVisible();
		await page.getByLabel('Begrundelse (valgfri)').fill('For få punkter');
		await page.getByRole('button', { name: 'Aflys mødet' }).click();
		await expect(page.getByRole('status')).toContainText('Mødet er aflyst.');
		await expect(page.locator('dl.facts')).toContainText('Aflyst');

		const changes = page.getByRole('region', { name: 'Ændringer' });
		const entries = changes.locator('ol > li');
		await expect(entries).toHaveCount(4);
		await expect(entries.nth(0)).toContainText('Mødet blev oprettet.');
		await expect(entries.nth(1)).toContainText('Sted: Roskilde Rådhus → Næstved Rådhus');
		await expect(entries.nth(2)).toContainText(
			'Flyttet fra tirsdag 10. februar 2032 kl. 9.00–12.00 til tirsdag 17. februar 2032 kl. 10.00–12.00'
		);
		await expect(entries.nth(3)).toContainText('Mødet blev aflyst.');
		await expect(entries.nth(3)).toContainText('Bemærkning: (tom) → For få punkter');
		// Staff see who made a change; a member of the body reads "Sekretariatet".
		await expect(entries.nth(0)).toContainText('Sofie Sekretær');
		await expectAccessible(page);

		await page.getByRole('button', { name: 'Log ud' }).click();
		await new SignInPage(page).signInAs(demo.member);
		await page.goto(meetingUrl);
		const memberView = page.getByRole('region', { name: 'Ændringer' });
		await expect(memberView.locator('ol > li').nth(3)).toContainText('Sekretariatet');
		await expect(memberView).not.toContainText('Sofie Sekretær');
		await expect(page.getByRole('link', { name: 'Rediger møde' })).toHaveCount(0);
	});

	test('an overlapping meeting gets a Danish message naming the other meeting, and nothing is created', async ({ page }) => {
		await new SignInPage(page).signInAs(demo.secretariat);
		await page.goto('/moeder/ny?organ=styregruppen&dato=2032-03-09');
		await page.getByRole('button', { name: 'Opret møde' }).click();
		await expect(page.getByRole('status')).toContainText('Mødet er oprettet.');
		expect(await sgMeetingsOn('2032-03-09')).toBe(1);

		await page.goto('/moeder/ny?organ=styregruppen&dato=2032-03-09');
		await page.getByLabel('Start (tt:mm)').fill('11:00');
		await page.getByLabel('Slut (tt:mm)').fill('13:00');
		await page.getByRole('button', { name: 'Opret møde' }).click();
		const summary = page.getByRole('alert');
		await expect(summary).toContainText('har allerede et møde tirsdag 9. marts 2032 kl. 9.00–12.00');
		await expect(summary).toContainText('Et organ kan ikke holde to møder på samme tid');
		// The form keeps what was typed.
		await expect(page.getByLabel('Start (tt:mm)')).toHaveValue('11:00');
		await expectAccessible(page);
		expect(await sgMeetingsOn('2032-03-09')).toBe(1);

		// Impossible input posted directly: 400 and nothing saved.
		const origin = new URL(page.url()).origin;
		const res = await page.request.post('/moeder/ny', {
			form: { bodyId: '1', date: '2032-02-31', startTime: '09:00', endTime: '12:00', status: 'planned' },
			headers: { origin, accept: 'text/html' }
		});
		expect(res.status()).toBe(400);
		expect(await res.text()).toContain('31. februar er ikke en dato');
		expect((await page.goto('/moeder/999999/rediger'))?.status()).toBe(404);
	});

	test('a member gets 403 on the meeting forms and sees no links to them', async ({ page }) => {
		await new SignInPage(page).signInAs(demo.member);
		expect((await page.goto('/moeder/ny'))?.status()).toBe(403);
		await page.goto('/moeder');
		await expect(page.getByRole('link', { name: 'Opret møde' })).toHaveCount(0);
	});

	test('a meeting can be created with the keyboard only', async ({ page }) => {
		await new SignInPage(page).signInAs(demo.secretariat);
		// The date comes with the link (as from the calendar's "Opret møde" for a day): the order of the segments of
		// Chromium's date field depends on the browser's own locale, so typing into it is not a stable test.
		await page.goto('/moeder/ny?organ=styregruppen&dato=2032-04-13');
		await tabTo(page, page.getByLabel('Dato', { exact: true }));
		await tabTo(page, page.getByLabel('Mødet er virtuelt'));
		if (await page.getByLabel('Mødet er virtuelt').isChecked()) await page.keyboard.press('Space');
		await tabTo(page, page.getByLabel('Sted', { exact: true }));
		await page.keyboard.type('Køge Rådhus');
		await tabTo(page, page.getByRole('button', { name: 'Opret møde' }));
		await page.keyboard.press('Enter');
		await expect(page.getByRole('status')).toContainText('Mødet er oprettet.');
		await expect(page.locator('dl.facts')).toContainText('tirsdag 13. april 2032 kl. 9.00–12.00');
		await expect(page.locator('dl.facts')).toContainText('Køge Rådhus');
		await expect(page.locator('dl.facts')).not.toContainText('virtuelt');
	});
});
