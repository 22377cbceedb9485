// The planner from a year's KKR dates to meetings, by keyboard alone: the secretariat enters five KKR dates of 2033
// (one chain's SG meeting falls on langfredag and moves), reads the proposals, moves one SG meeting, rejects one
// KKR, accepts one SG meeting on its own and then the rest at once; the meetings exist, the rejected one does not.
// Axe on both pages. Bad input: a Danish message, nothing stored. The dates of 2033 are this spec's alone.
import { test, expect, type Page } from '@playwright/test';
import { PlannerPage } from '../pages/planner';
import { demo, DEMO_PASSWORD } from '../helpers/users';
import { e2eDatabase } from '../helpers/db';
import { expectAccessible } from '../helpers/axe';

const KKR_DATES = ['9/2-2033', '11/5-2033', '2033-06-21', '7/9-2033', '22/11-2033'];

/** Signs in on the sign-in page by keyboard and lands on the planner. */
async function signInByKeyboard(page: Page) {
	await page.goto(`/log-ind?redirectTo=${encodeURIComponent('/kalender/planlaeg')}`);
	const planner = new PlannerPage(page);
	await planner.tabTo(page.getByLabel('E-mail'));
	await page.keyboard.type(demo.secretariat);
	await page.keyboard.press('Tab');
	await page.keyboard.type(DEMO_PASSWORD);
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { level: 1, name: 'Planlæg et år' })).toBeVisible();
	return planner;
}

async function countRows(table: 'calendar_plans' | 'calendar_proposals'): Promise<number> {
	const sql = e2eDatabase();
	try {
		const [row] = await sql<{ n: number }[]>`select count(*)::int as n from ${sql(table)}`;
		return row.n;
	} finally {
		await sql.end();
	}
}

test('from a year of KKR dates through the proposals to accepted meetings, by keyboard alone', async ({ page }) => {
	test.setTimeout(120_000);
	const planner = await signInByKeyboard(page);
	await expect(page.getByText('Styregruppen mødes 14 dage før K17-mødet, på samme ugedag.')).toBeVisible();
	await expectAccessible(page);

	await planner.propose(KKR_DATES);
	await expect(page).toHaveURL(/\/kalender\/planlaeg\/\d+$/);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Plan fra');
	await expect(page.getByText('Forslagene overholder reglen.')).toBeVisible();
	await expectAccessible(page);

	// Chain 1: KKR 9/2 → K17 the Friday at least 12 days before (28/1) → SG 14 days before that (14/1), 9-12.
	await expect(planner.cell(1, 2)).toContainText('onsdag 9. februar 2033');
	await expect(planner.cell(1, 1)).toContainText('fredag 28. januar 2033');
	await expect(planner.cell(1, 1)).toContainText('Hele dagen');
	await expect(planner.cell(1, 0)).toContainText('fredag 14. januar 2033');
	await expect(planner.cell(1, 0)).toContainText('kl. 9.00–12.00');
	await expect(planner.cell(1, 0)).toContainText('14 dage før K17-mødet fredag 28. januar 2033');
	// Chain 2: KKR 11/5 → K17 29/4 → SG 15/4 is langfredag, 14/4 skærtorsdag: onsdag 13/4, and the reason says so.
	await expect(planner.cell(2, 1)).toContainText('fredag 29. april 2033');
	await expect(planner.cell(2, 0)).toContainText('onsdag 13. april 2033');
	await expect(planner.cell(2, 0)).toContainText(/flyttet fra .*langfredag/);
	// Every second SG meeting virtual.
	await expect(planner.cell(1, 0)).toContainText(/Virtuelt møde|Fysisk møde/);

	// Move chain 3's SG meeting from 20/5 to 13/5 (three weeks before K17 3/6): open its details, change the date,
	// Enter saves.
	await expect(planner.cell(3, 0)).toContainText('fredag 20. maj 2033');
	await planner.tabTo(page.getByText('Ret dato, tid eller sted: SG-forslaget til fredag 20. maj 2033'));
	await page.keyboard.press('Enter');
	await page.keyboard.press('Tab');
	const dateField = planner.cell(3, 0).getByLabel('Dato');
	await expect(dateField).toBeFocused();
	await page.keyboard.press('ControlOrMeta+A');
	await page.keyboard.type('13/5-2033');
	await page.keyboard.press('Enter');
	await expect(planner.status('Ændringen af SG-forslaget til fredag 13. maj 2033 er gemt.')).toBeVisible();
	await expect(planner.cell(3, 0)).toContainText('fredag 13. maj 2033');
	await expect(planner.cell(3, 0)).toContainText('planlæggeren foreslog fredag 20. maj 2033');

	// Reject chain 5's KKR meeting: nothing will be created for it, and the rule check says its K17 lacks a KKR.
	await planner.press('Afvis KKR-forslaget til tirsdag 22. november 2033');
	await expect(planner.status('KKR-forslaget til tirsdag 22. november 2033 er afvist. Der oprettes intet møde.')).toBeVisible();
	await expect(planner.cell(5, 2)).toContainText('Afvist');
	await expect(page.getByRole('region', { name: 'Kontrol af reglen' })).toContainText('Advarsel');

	// Accept chain 1's SG meeting on its own.
	await planner.press('Godkend SG-forslaget til fredag 14. januar 2033');
	await expect(planner.status('SG-forslaget til fredag 14. januar 2033 er godkendt, og mødet er oprettet.')).toBeVisible();
	await expect(planner.cell(1, 0)).toContainText('Godkendt');

	// Then everything else that waits: 15 proposals, one rejected, one accepted.
	await planner.press('Godkend alle forslag');
	await expect(planner.status('13 forslag er godkendt, og møderne er oprettet.')).toBeVisible();
	await expect(page.getByText('Alle forslag er besluttet.')).toBeVisible();
	await expectAccessible(page);

	// The meetings exist: each accepted proposal links to its meeting's page; the steering group's is 9-12.
	const links = page.getByRole('link', { name: /^Se mødet\W+(SG|K17|KKR)-forslaget til / });
	await expect(links).toHaveCount(14);
	const moved = await planner.cell(3, 0).getByRole('link', { name: /^Se mødet/ }).getAttribute('href');
	const kkr = await planner.cell(2, 2).getByRole('link', { name: /^Se mødet/ }).getAttribute('href');
	expect((await page.goto(new URL(moved!, page.url()).pathname))?.status()).toBe(200);
	await expect(page.getByText('fredag 13. maj 2033 kl. 9.00–12.00').first()).toBeVisible();
	expect((await page.goto(new URL(kkr!, page.url()).pathname))?.status()).toBe(200);
	await expect(page.getByText('onsdag 11. maj 2033').first()).toBeVisible();

	// The rejected KKR meeting was not created.
	const sql = e2eDatabase();
	try {
		const rows = await sql<{ n: number }[]>`
			select count(*)::int as n from meetings m join bodies b on b.id = m.body_id
			where b.slug = 'kkr-sjaelland' and (m.starts_at at time zone 'Europe/Copenhagen')::date = '2033-11-22'`;
		expect(rows[0].n).toBe(0);
		const made = await sql<{ n: number }[]>`
			select count(*)::int as n from meetings m join bodies b on b.id = m.body_id
			where b.slug in ('styregruppen', 'k17', 'kkr-sjaelland') and m.starts_at >= '2033-01-01' and m.starts_at < '2034-01-01'`;
		expect(made[0].n).toBe(14);
	} finally {
		await sql.end();
	}
});

test('bad dates get a Danish message naming the rule, and nothing is stored', async ({ page }) => {
	const planner = await signInByKeyboard(page);
	const before = { plans: await countRows('calendar_plans'), proposals: await countRows('calendar_proposals') };

	await planner.propose(['7/9-2033', '31/2-2033']);
	const summary = page.getByRole('alert');
	await expect(summary).toContainText('31/2-2033');
	await expect(page).toHaveURL(/\/kalender\/planlaeg$/);
	await expectAccessible(page);

	await planner.propose(['7/9-2036']);
	await expect(page.getByRole('alert')).toContainText('2020-2035');
	await expect(page.getByRole('textbox', { name: 'Datoer' })).toHaveValue('7/9-2036');

	expect({ plans: await countRows('calendar_plans'), proposals: await countRows('calendar_proposals') }).toEqual(before);
});

test('the planner is for staff: a member gets 403, a visitor is sent to sign in', async ({ page }) => {
	const response = await page.goto('/kalender/planlaeg');
	await expect(page).toHaveURL(/\/log-ind\?redirectTo=%2Fkalender%2Fplanlaeg$/);
	expect(response?.ok()).toBe(true);
	await page.getByLabel('E-mail').fill(demo.member);
	await page.getByLabel('Adgangskode').fill(DEMO_PASSWORD);
	await page.keyboard.press('Enter');
	await page.getByRole('button', { name: 'Log ud' }).waitFor();
	expect((await page.goto('/kalender/planlaeg'))?.status()).toBe(403);
	expect((await page.goto('/kalender/planlaeg/1'))?.status()).toBe(403);
});
