// Annual reports end to end: two leads of Børn og Unge write the report together, submit it, the secretariat sends
// it back with a comment, the lead fixes it and resubmits by keyboard, the secretariat approves it onto a planted
// steering-group meeting, and the report is an orientation item on that agenda. axe on every page on the way.
import { test, expect, type Page } from '@playwright/test';
import { SignInPage, signedIn } from '../pages/sign-in-page';
import { AgendaEditorPage } from '../pages/agenda-editor';
import { demo } from '../helpers/users';
import { e2eDatabase } from '../helpers/db';
import { expectAccessible } from '../helpers/axe';

const GROUP = 'Netværksgruppen Børn og Unge';
/** A year of its own per run, so reruns against the same database start a fresh report. */
const year = 2040 + Math.floor(Math.random() * 60);
const secondLead = `tovholder-${Date.now()}@kommune.example`;
let meetingId: number;
let meetingDate: string;

test.beforeAll(async () => {
	const sql = e2eDatabase();
	try {
		// A steering-group meeting far ahead, and a second lead of Børn og Unge with the demo password.
		const day = new Date(Date.UTC(2039, 0, 1) + Math.floor(Math.random() * 300) * 86_400_000 + 8 * 3_600_000);
		const [meeting] = await sql<{ id: number }[]>`
			insert into meetings (body_id, starts_at, status)
			select id, ${day}, 'planned' from bodies where slug = 'styregruppen' returning id`;
		meetingId = meeting.id;
		meetingDate = `${day.getUTCDate()}. ${['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'][day.getUTCMonth()]} ${day.getUTCFullYear()}`;
		const [person] = await sql<{ id: number }[]>`insert into people (name, is_demo) values ('Lise Leder', true) returning id`;
		await sql`insert into memberships (body_id, person_id, role) select id, ${person.id}, 'lead' from bodies where name = ${GROUP}`;
		await sql`
			insert into users (email, name, role, person_id, password_hash)
			select ${secondLead}, 'Lise Leder', 'network_lead', ${person.id}, password_hash from users where email = ${demo.networkLead}`;
	} finally {
		await sql.end();
	}
});

const section = (page: Page, heading: string) => page.getByRole('region', { name: new RegExp(`^${heading}`) });
const field = (page: Page, heading: string) => section(page, heading).getByRole('textbox', { name: /^Tekst/ });

async function type(page: Page, heading: string, text: string) {
	await field(page, heading).click();
	await page.keyboard.press('Control+End');
	await page.keyboard.type(text);
}

test('two leads write the report, the secretariat sends it back, the lead resubmits and it goes on the SG agenda', async ({ browser }) => {
	test.setTimeout(120_000);
	const a = await signedIn(browser, demo.networkLead);
	const b = await signedIn(browser, secondLead);
	const staff = await signedIn(browser, demo.secretariat);
	try {
		// The lead starts the year's report from the overview.
		await a.page.goto(`/aarsrapporter?aar=${year}`);
		await expectAccessible(a.page);
		const row = a.page.getByRole('row', { name: new RegExp(GROUP) });
		await expect(row).toContainText('Ikke påbegyndt');
		await row.getByRole('button', { name: `Begynd rapporten for ${GROUP}` }).click();
		await expect(a.page.getByRole('heading', { level: 1 })).toHaveText(`Årsrapport ${year}: ${GROUP}`);
		await expect(a.page.locator('.save-status')).toHaveText(/Gemt/);
		const reportUrl = a.page.url();

		await b.page.goto(reportUrl);
		await expect(b.page.locator('.save-status')).toHaveText(/Gemt/);
		await expect(a.page.getByRole('region', { name: 'Hvem er her' }).getByRole('listitem')).toHaveCount(2);
		await expectAccessible(a.page);

		// Each writes a section; the other sees it.
		await type(a.page, 'Årets møder og deltagelse', 'Gruppen har holdt møder.');
		await type(b.page, 'Arbejdet med fokusområderne', 'Vi har arbejdet med overgange.');
		await expect(field(b.page, 'Årets møder og deltagelse')).toContainText('Gruppen har holdt møder.');
		await expect(field(a.page, 'Arbejdet med fokusområderne')).toContainText('Vi har arbejdet med overgange.');
		await expect(a.page.getByTestId('missing-sections')).toContainText('Tendenser i målgrupperne');

		// Submitting with required sections empty is refused, naming them.
		await a.page.getByRole('button', { name: 'Indsend rapporten' }).click();
		await expect(a.page.getByRole('alert').first()).toContainText('disse obligatoriske afsnit er tomme');
		await expect(a.page.getByRole('alert').first()).toContainText('»Planer for næste år«');
		await expect(a.page.locator('.save-status')).toHaveText(/Gemt/);
		for (const heading of ['Tendenser i målgrupperne', 'Udbud og efterspørgsel', 'Anbefalinger til styregruppen', 'Planer for næste år']) {
			await type(a.page, heading, `Tekst om ${heading.toLowerCase()}.`);
		}
		await expect(a.page.getByTestId('missing-sections')).toHaveText('Alle obligatoriske afsnit har tekst.');
		await expect(a.page.locator('.save-status')).toHaveText(/Gemt/);
		await a.page.getByRole('button', { name: 'Indsend rapporten' }).click();
		await expect(a.page.getByRole('status').filter({ hasText: 'indsendt til sekretariatet' })).toBeVisible();
		await expect(a.page.getByTestId('report-state')).toHaveText('Indsendt');
		// The other lead's editor turns read-only.
		await b.page.reload();
		await expect(b.page.getByRole('button', { name: 'Indsend rapporten' })).toHaveCount(0);

		// The secretariat sends it back with a comment on one section.
		await staff.page.goto(reportUrl);
		await expectAccessible(staff.page);
		await staff.page.getByLabel('Kommentar til »Årets møder og deltagelse«').fill('Skriv gerne, hvor mange møder I holdt.');
		await staff.page.getByRole('button', { name: 'Send tilbage med kommentarer' }).click();
		await expect(staff.page.getByTestId('report-state')).toHaveText('Sendt tilbage til gruppen');

		// The lead sees the comment beside the section, fixes it and resubmits by keyboard.
		await a.page.reload();
		await expect(a.page.getByRole('complementary', { name: /Sekretariatets kommentar til Årets møder/ })).toContainText('hvor mange møder');
		await expect(a.page.locator('.save-status')).toHaveText(/Gemt/);
		await field(a.page, 'Årets møder og deltagelse').focus();
		await a.page.keyboard.press('Control+End');
		await a.page.keyboard.type(' Vi holdt fire møder.');
		await expect(a.page.locator('.save-status')).toHaveText(/Gemt/);
		await expectAccessible(a.page);
		await a.page.getByRole('button', { name: 'Indsend rapporten' }).focus();
		await a.page.keyboard.press('Enter');
		await expect(a.page.getByTestId('report-state')).toHaveText('Indsendt');

		// Approved onto the planted steering-group meeting.
		await staff.page.goto(reportUrl);
		await expect(staff.page.getByRole('region', { name: 'Gennemgå rapporten' })).toContainText('Vi holdt fire møder.');
		await staff.page.getByLabel('Styregruppemøde').selectOption({ label: `Styregruppens møde ${meetingDate}` });
		await staff.page.getByRole('button', { name: 'Godkend' }).click();
		await expect(staff.page.getByTestId('report-state')).toHaveText('På styregruppens dagsorden');
		await expectAccessible(staff.page);

		const agenda = new AgendaEditorPage(staff.page);
		await agenda.goto(meetingId);
		expect(await agenda.headings()).toContain(`Punkt 2: Orientering: Årsrapport ${year} fra ${GROUP}`);

		// The overview shows the state; the report's address is not public before the minutes are.
		await staff.page.goto(`/aarsrapporter?aar=${year}`);
		await expect(staff.page.getByRole('row', { name: new RegExp(GROUP) })).toContainText('På styregruppens dagsorden');
		await expectAccessible(staff.page);

		// Once the meeting's minutes are published (set directly here; the lifecycle has its own spec), the public
		// finds the report on the group's page and reads it, without JavaScript too.
		const sql = e2eDatabase();
		try {
			await sql`update meetings set status = 'minutes_published' where id = ${meetingId}`;
		} finally {
			await sql.end();
		}
		for (const javaScriptEnabled of [true, false]) {
			const context = await browser.newContext({ javaScriptEnabled });
			const reader = await context.newPage();
			await reader.goto('/organer/boern-og-unge');
			await reader.getByRole('link', { name: `Årsrapport ${year}` }).click();
			await expect(reader.getByRole('heading', { level: 1 })).toHaveText(`Årsrapport ${year}: ${GROUP}`);
			await expect(reader.getByRole('region', { name: 'Årets møder og deltagelse' })).toContainText('Vi holdt fire møder.');
			if (javaScriptEnabled) await expectAccessible(reader);
			await context.close();
		}
	} finally {
		await Promise.all([a.context.close(), b.context.close(), staff.context.close()]);
	}
});

test('the template page passes axe and refuses a section without a heading', async ({ page }) => {
	await new SignInPage(page).signInAs(demo.secretariat);
	await page.goto('/aarsrapporter/skabelon');
	await expectAccessible(page);
	await page.getByLabel('Overskrift').first().fill('');
	await page.getByRole('button', { name: 'Gem som ny version' }).click();
	await expect(page.getByRole('alert').first()).toContainText('Afsnit 1 mangler en overskrift.');
	await expect(page.getByLabel('Overskrift').first()).toHaveValue('');
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('a steering-group member sees no group of theirs; a municipal contact may not reach the reports at all', async ({ page }) => {
		await new SignInPage(page).signInAs(demo.member);
		await page.goto(`/aarsrapporter?aar=${year}`);
		await expect(page.getByText('Du er ikke tovholder eller medlem af en netværksgruppe i det år.')).toBeVisible();
		await page.getByRole('button', { name: 'Log ud' }).click();
		await new SignInPage(page).signInAs(demo.municipalContact);
		expect((await page.goto(`/aarsrapporter?aar=${year}`))?.status()).toBe(403);
		// A submitted report's address tells nobody outside the group that it exists before it is published.
		const submittedYear = 2039;
		const sql = e2eDatabase();
		try {
			await sql`
				insert into annual_reports (network_group_id, year, status)
				select g.id, ${submittedYear}, 'submitted' from network_groups g join bodies b on b.id = g.body_id where b.slug = 'boern-og-unge'
				on conflict do nothing`;
		} finally {
			await sql.end();
		}
		expect((await page.goto(`/netvaerksgrupper/boern-og-unge/aarsrapport/${submittedYear}`))?.status()).toBe(404);
		await page.getByRole('button', { name: 'Log ud' }).click();
		expect((await page.goto(`/netvaerksgrupper/boern-og-unge/aarsrapport/${submittedYear}`))?.status()).toBe(404);
	});
});
