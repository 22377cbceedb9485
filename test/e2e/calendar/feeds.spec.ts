// Calendar feeds: the public feeds parse as iCalendar with the seeded SG meeting at 9.00 Copenhagen time; a member
// makes a personal link on the account page that works without a session, regenerating makes the old one 404, and
// revoking the new one too. A non-public meeting (planted in 2037, a year of this spec only) is in the member's
// personal feed and in no public feed.
import { test, expect, type APIRequestContext } from '@playwright/test';
import ICAL from 'ical.js';
import { SignInPage } from '../pages/sign-in-page';
import { expectAccessible } from '../helpers/axe';
import { demo } from '../helpers/users';
import { e2eDatabase } from '../helpers/db';

const INVALID = 'Kalenderlinket er ugyldigt eller tilbagekaldt. Lav et nyt under Min konto.';

async function fetchFeed(request: APIRequestContext, url: string) {
	const res = await request.get(url);
	expect(res.status(), url).toBe(200);
	expect(res.headers()['content-type']).toBe('text/calendar; charset=utf-8');
	expect(res.headers()['content-disposition']).toMatch(/^inline; filename="[a-z0-9.-]+\.ics"$/);
	const calendar = new ICAL.Component(ICAL.parse(await res.text()));
	ICAL.TimezoneService.reset();
	for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
	const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
	return { res, calendar, events };
}

/** The seeded steering-group meeting of 12 August 2022: 9.00 in Copenhagen, 7.00 UTC. */
function expectSeededSgMeeting(events: ICAL.Event[]) {
	const sg = events.find((e) => e.startDate.toString() === '2022-08-12T09:00:00');
	expect(sg, 'the SG meeting of 12/8-2022').toBeDefined();
	expect(sg?.summary).toBe('SG: møde');
	expect(sg?.component.getFirstProperty('dtstart')?.getParameter('tzid')).toBe('Europe/Copenhagen');
	expect(sg?.startDate.toJSDate().toISOString()).toBe('2022-08-12T07:00:00.000Z');
	expect(sg?.endDate.toJSDate().toISOString()).toBe('2022-08-12T10:00:00.000Z');
	expect(sg?.uid).toMatch(/^meeting-\d+@rammeaftale-sjaelland$/);
	expect(sg?.component.getFirstPropertyValue('url')).toMatch(/\/moeder\/\d+$/);
}

async function plantNonPublicSgMeeting(): Promise<number> {
	const sql = e2eDatabase();
	try {
		await sql`insert into meetings (body_id, starts_at, ends_at, is_public, status)
			select id, '2037-09-11 09:00 Europe/Copenhagen', '2037-09-11 12:00 Europe/Copenhagen', false, 'planned'
			from bodies where slug = 'styregruppen'
			on conflict do nothing`;
		const [row] = await sql`select m.id from meetings m join bodies b on b.id = m.body_id
			where b.slug = 'styregruppen' and m.starts_at = '2037-09-11 09:00 Europe/Copenhagen'`;
		return row.id as number;
	} finally {
		await sql.end();
	}
}

test.describe('calendar feeds', () => {
	test('the public feeds parse and show the seeded SG meeting at 9.00 local; a non-public meeting is in neither', async ({
		request
	}) => {
		const hidden = await plantNonPublicSgMeeting();
		const hiddenUid = `meeting-${hidden}@rammeaftale-sjaelland`;

		const all = await fetchFeed(request, '/kalender.ics');
		expect(all.res.headers()['cache-control']).toContain('max-age');
		const zones = all.calendar.getAllSubcomponents('vtimezone');
		expect(zones.map((z) => z.getFirstPropertyValue('tzid'))).toEqual(['Europe/Copenhagen']);
		expectSeededSgMeeting(all.events);
		expect(all.events.map((e) => e.uid)).not.toContain(hiddenUid);

		const sg = await fetchFeed(request, '/kalender/styregruppen.ics');
		expectSeededSgMeeting(sg.events);
		expect(sg.events.every((e) => e.summary === 'SG: møde')).toBe(true);
		expect(sg.events.map((e) => e.uid)).not.toContain(hiddenUid);

		const unknown = await request.get('/kalender/findes-ikke.ics');
		expect(unknown.status()).toBe(404);
		expect(await unknown.text()).toContain('Organet findes ikke');
	});

	test('the body page links to its feed (https and webcal) with help for Outlook', async ({ page }) => {
		await page.goto('/organer/styregruppen');
		const address = page.getByLabel('Adresse til organets mødekalender');
		await expect(address).toHaveValue(/^http:\/\/127\.0\.0\.1:\d+\/kalender\/styregruppen\.ics$/);
		await expect(page.getByRole('link', { name: 'Abonnér i dit kalenderprogram' })).toHaveAttribute(
			'href',
			/^webcal:\/\/127\.0\.0\.1:\d+\/kalender\/styregruppen\.ics$/
		);
		await expect(page.locator('link[rel="alternate"][type="text/calendar"]')).toHaveAttribute('href', /\/kalender\/styregruppen\.ics$/);
		await page.getByText('Sådan abonnerer du i Outlook og andre kalendere').click();
		await expect(page.getByText('Outlook: Tilføj kalender → Abonner fra internettet → indsæt adressen')).toBeVisible();
		await expectAccessible(page);
	});

	test('a member makes a personal link that works without a session; a new one makes the old one 404; revoking ends it', async ({
		page,
		request
	}) => {
		const hidden = await plantNonPublicSgMeeting();
		await new SignInPage(page).signInAs(demo.member);
		await page.goto('/konto');
		await expect(page.getByRole('heading', { level: 2, name: 'Kalender-abonnement' })).toBeVisible();
		await expectAccessible(page);

		await page.getByRole('button', { name: /^Lav (et nyt )?kalenderlink$/ }).click();
		await expect(page.getByRole('status')).toContainText('det vises kun denne ene gang');
		const address = page.getByLabel('Dit personlige kalenderlink');
		const first = await address.inputValue();
		expect(first).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/kalender\/personlig\/[a-z2-7]{52}\.ics$/);
		await expect(page.getByRole('link', { name: 'Abonnér i dit kalenderprogram' })).toHaveAttribute(
			'href',
			first.replace(/^http:/, 'webcal:')
		);
		await expectAccessible(page);

		// The request context carries no session cookie: the token alone opens the feed.
		const mine = await fetchFeed(request, first);
		expect(mine.res.headers()['cache-control']).toBe('private, no-store');
		expectSeededSgMeeting(mine.events);
		expect(mine.events.map((e) => e.uid)).toContain(`meeting-${hidden}@rammeaftale-sjaelland`);
		// The member sits in Styregruppen only.
		expect(mine.events.filter((e) => e.uid.startsWith('meeting-')).every((e) => e.summary === 'SG: møde')).toBe(true);

		// A new link: the old one stops working at once.
		await page.goto('/konto');
		await expect(page.getByText(/Du har et kalenderlink, lavet/)).toBeVisible();
		await page.getByRole('button', { name: 'Lav et nyt kalenderlink' }).click();
		const second = await page.getByLabel('Dit personlige kalenderlink').inputValue();
		expect(second).not.toBe(first);
		const old = await request.get(first);
		expect(old.status()).toBe(404);
		expect(old.headers()['cache-control']).toBe('no-store');
		expect(old.headers()['content-type']).toBe('text/plain; charset=utf-8');
		expect((await old.text()).trim()).toBe(INVALID);
		await fetchFeed(request, second);

		// Revoked: the new one is gone too.
		await page.getByRole('button', { name: 'Tilbagekald kalenderlinket' }).click();
		await expect(page.getByRole('status')).toContainText('Dit kalenderlink er tilbagekaldt');
		await expect(page.getByText('Du har ikke noget kalenderlink.')).toBeVisible();
		await expectAccessible(page);
		expect((await request.get(second)).status()).toBe(404);

		// A malformed token: the same answer.
		const malformed = await request.get('/kalender/personlig/ikke-et-token.ics');
		expect(malformed.status()).toBe(404);
		expect((await malformed.text()).trim()).toBe(INVALID);
	});
});
