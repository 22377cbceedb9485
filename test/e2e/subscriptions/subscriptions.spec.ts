// E-mail subscriptions and the Atom feeds of new decisions: subscribing without JavaScript (a bad address first),
// confirming by the link in the mail the e2e SMTP sink caught (a button, not the link itself), unsubscribing by the
// mail's link; the one-click unsubscribe a mail client posts (RFC 8058, no Origin); forged links refused in Danish;
// each feed fetched and parsed, announced with <link rel="alternate">; axe on every new page.
import { test, expect, type Browser, type Page } from '@playwright/test';
import { expectAccessible } from '../helpers/axe';
import { waitForMail, type ReceivedMail } from '../helpers/mail';
import { e2eDatabase } from '../helpers/db';

test.describe.configure({ mode: 'serial' });

const stamp = Date.now();

function linkIn(mail: ReceivedMail, kind: 'bekraeft' | 'afmeld'): string {
	const found = mail.text.match(new RegExp(`https?://\\S+/abonnement/${kind}/[a-z2-7]{32,}`));
	expect(found, `${kind} link in the mail`).not.toBeNull();
	return found![0];
}

async function subscribeWithoutJavaScript(browser: Browser, email: string, topic: string, frequency: 'Straks' | 'Daglig'): Promise<void> {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(`/abonnement?emne=${encodeURIComponent(topic)}`);
	await page.getByLabel('Din e-mailadresse').fill(email);
	await page.getByRole('radio', { name: new RegExp(`^${frequency}`) }).check();
	await page.getByRole('button', { name: 'Abonnér' }).click();
	await expect(page.getByRole('status')).toContainText('Tjek din e-mail');
	await context.close();
}

async function subscriberRows(email: string): Promise<number> {
	const sql = e2eDatabase();
	try {
		const [{ n }] = await sql`select count(*)::int as n from subscriptions where email = ${email}`;
		return n;
	} finally {
		await sql.end();
	}
}

test('subscribe without JavaScript, confirm by the mail’s link, unsubscribe by the mail’s link', async ({ browser, page }) => {
	const email = `abonnent-${stamp}@example.dk`;

	// Without JavaScript: a bad address is named in Danish, nothing stored; then the real one.
	const context = await browser.newContext({ javaScriptEnabled: false });
	const noJs = await context.newPage();
	await noJs.goto('/abonnement?emne=organ:styregruppen');
	await expect(noJs.getByRole('heading', { level: 1 })).toHaveText('Abonnér på nye beslutninger');
	await expect(noJs.getByLabel('Hvad vil du abonnere på?')).toHaveValue('organ:styregruppen');
	await noJs.getByLabel('Din e-mailadresse').fill('ikke en e-mail');
	const response = noJs.waitForResponse((r) => r.request().method() === 'POST');
	await noJs.getByRole('button', { name: 'Abonnér' }).click();
	expect((await response).status()).toBe(400);
	await expect(noJs.getByRole('alert')).toContainText('Skriv en gyldig e-mailadresse, fx navn@kommune.dk.');
	await noJs.getByLabel('Din e-mailadresse').fill(email);
	await noJs.getByRole('radio', { name: /^Straks/ }).check();
	await noJs.getByRole('button', { name: 'Abonnér' }).click();
	await expect(noJs.getByRole('status')).toContainText('Tjek din e-mail');
	await context.close();

	// The same pages with JavaScript, for axe: the form, its errors, the notice.
	await page.goto('/abonnement?emne=organ:styregruppen');
	await expectAccessible(page);
	await page.getByRole('button', { name: 'Abonnér' }).click();
	await expect(page.getByRole('alert')).toContainText('Skriv din e-mailadresse.');
	await expectAccessible(page);
	await page.goto('/abonnement?besked=sendt');
	await expectAccessible(page);

	const mail = await waitForMail(email);
	expect(mail.subject).toBe('Bekræft dit abonnement på nye beslutninger');
	expect(mail.text).toContain('nye beslutninger fra Styregruppen');
	const confirm = linkIn(mail, 'bekraeft');
	const unsubscribe = linkIn(mail, 'afmeld');

	// Opening the link confirms nothing (mail scanners open links); the button does.
	await page.goto(confirm);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bekræft dit abonnement');
	await expectAccessible(page);
	await page.getByRole('button', { name: 'Bekræft abonnementet' }).click();
	await expect(page.getByRole('status')).toHaveText('Dit abonnement er bekræftet. Du får en e-mail, når der kommer nye beslutninger.');
	await expectAccessible(page);
	// Used once: the link now names nothing.
	const again = await page.goto(confirm);
	expect(again?.status()).toBe(404);
	await expect(page.getByText('Linket er ugyldigt eller allerede brugt.')).toBeVisible();
	await expectAccessible(page);

	await page.goto(unsubscribe);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Afmeld abonnement');
	await expect(page.getByText('Du abonnerer på nye beslutninger fra Styregruppen')).toBeVisible();
	await expectAccessible(page);
	await page.getByRole('button', { name: 'Afmeld abonnementet' }).click();
	await expect(page.getByRole('status')).toHaveText('Du er afmeldt, og din e-mailadresse er slettet.');
	expect(await subscriberRows(email)).toBe(0);
	const gone = await page.goto(unsubscribe);
	expect(gone?.status()).toBe(404);
	await expect(page.getByText('Linket afmelder ikke noget abonnement.')).toBeVisible();
});

test('a mail client’s one-click unsubscribe (no Origin, no page) deletes the subscription', async ({ browser, request }) => {
	const email = `et-klik-${stamp}@example.dk`;
	await subscribeWithoutJavaScript(browser, email, 'tilbud:kildebo', 'Daglig');
	const unsubscribe = linkIn(await waitForMail(email), 'afmeld');
	expect(await subscriberRows(email)).toBe(1);
	const answer = await request.post(unsubscribe, { form: { 'List-Unsubscribe': 'One-Click' } });
	expect(answer.status()).toBe(200);
	expect(await answer.text()).toBe('Du er afmeldt, og din e-mailadresse er slettet.');
	expect(await subscriberRows(email)).toBe(0);
	expect((await request.post(unsubscribe, { form: { 'List-Unsubscribe': 'One-Click' } })).status()).toBe(404);
});

test('forged and malformed links are refused in Danish', async ({ page }) => {
	const forged = await page.goto(`/abonnement/bekraeft/${'a'.repeat(32)}`);
	expect(forged?.status()).toBe(404);
	await expect(page.getByText('Linket er ugyldigt eller allerede brugt.')).toBeVisible();
	await expectAccessible(page);
	expect((await page.goto('/abonnement/afmeld/ikke-et-link'))?.status()).toBe(404);
	expect((await page.goto('/abonnement?emne=organ:findes-ikke'))?.status()).toBe(400);
	await expect(page.getByText('»organ:findes-ikke« er ikke noget, man kan abonnere på.')).toBeVisible();
});

/** The feed's title and entries (id, title, link), read from the Atom XML. */
function parseFeed(xml: string) {
	expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
	const title = (block: string) => block.match(/<title[^>]*>(?:<!\[CDATA\[)?([\s\S]*?)(?:\]\]>)?<\/title>/)?.[1] ?? '';
	const entries = [...xml.matchAll(/<entry>([\s\S]*?)<\/entry>/g)].map(([, block]) => ({
		id: block.match(/<id>([^<]+)<\/id>/)?.[1] ?? '',
		title: title(block),
		link: block.match(/<link href="([^"]+)"/)?.[1] ?? ''
	}));
	return { title: title(xml.split('<entry>')[0]), entries };
}

async function alternateFeed(page: Page, path: string): Promise<string> {
	await page.goto(path);
	const href = await page.locator('head link[rel="alternate"][type="application/atom+xml"]').first().getAttribute('href');
	expect(href).toBeTruthy();
	return new URL(href!).pathname;
}

test('the feeds: announced on their pages, parsed, newest decisions linked; an unknown slug is 404', async ({ page, request }) => {
	const feeds = [
		{ page: '/beslutninger', feed: '/beslutninger/feed.atom', title: 'Rammeaftale Sjælland: nye beslutninger' },
		{ page: '/organer/styregruppen', feed: '/organer/styregruppen/beslutninger.atom', title: /: nye beslutninger$/ },
		{ page: '/tilbud/kildebo', feed: '/tilbud/kildebo/beslutninger.atom', title: 'Kildebo: nye beslutninger' }
	];
	for (const f of feeds) {
		expect(await alternateFeed(page, f.page)).toBe(f.feed);
		await expect(page.getByRole('link', { name: /^Abonnér på nye beslutninger/ }).first()).toBeVisible();
		const response = await request.get(f.feed);
		expect(response.status()).toBe(200);
		expect(response.headers()['content-type']).toContain('application/atom+xml');
		expect(response.headers()['cache-control']).toBe('public, max-age=300');
		const parsed = parseFeed(await response.text());
		if (typeof f.title === 'string') expect(parsed.title).toBe(f.title);
		else expect(parsed.title).toMatch(f.title);
		for (const entry of parsed.entries) expect(entry.link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/beslutninger\/\d+$/);
	}
	const all = parseFeed(await (await request.get('/beslutninger/feed.atom')).text());
	expect(all.entries.length).toBeGreaterThan(0);
	expect(all.entries.length).toBeLessThanOrEqual(50);
	// The newest entry's page opens.
	await page.goto(new URL(all.entries[0].link).pathname);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

	// A focus area's feed, from the focus areas page.
	await page.goto('/fokusomraader');
	const areaFeed = page.getByRole('link', { name: /^Atom-feed med nye beslutninger om / }).first();
	const href = new URL((await areaFeed.getAttribute('href'))!).pathname;
	expect(href).toMatch(/^\/fokusomraader\/[^/]+\/beslutninger\.atom$/);
	expect((await request.get(href)).status()).toBe(200);
	await expectAccessible(page);

	for (const unknown of ['/organer/findes-ikke/beslutninger.atom', '/tilbud/findes-ikke/beslutninger.atom', '/fokusomraader/findes-ikke/beslutninger.atom']) {
		expect((await request.get(unknown)).status()).toBe(404);
	}
});
