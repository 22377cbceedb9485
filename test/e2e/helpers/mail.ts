// The mail the e2e server sent: scripts/e2e-server.js runs an SMTP sink that writes every message it receives to
// data/e2e-mail/ as JSON. Addresses starting with "afvist" are refused by the sink (550).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from '@playwright/test';

const MAIL_DIR = 'data/e2e-mail';

export interface ReceivedMail {
	envelope: { from: string; to: string[] };
	from: { name: string; address: string };
	to: string[];
	subject: string;
	text: string;
	html: string | null;
	messageId: string | null;
	receivedAt: string;
}

/** Every mail received so far for the address (by envelope), oldest first. */
export function mailsTo(address: string): ReceivedMail[] {
	if (!existsSync(MAIL_DIR)) return [];
	const wanted = address.toLowerCase();
	return readdirSync(MAIL_DIR)
		.filter((name) => name.endsWith('.json') && !name.startsWith('.'))
		.sort()
		.map((name) => JSON.parse(readFileSync(path.join(MAIL_DIR, name), 'utf8')) as ReceivedMail)
		.filter((mail) => mail.envelope.to.some((to) => to.toLowerCase() === wanted));
}

/**
 * Waits (polling the sink's files) until the `nth` mail (1 = the first) to the address has arrived, and returns it.
 * With `subject`, only mails whose subject contains it count: an address that other specs running at the same
 * time also mail (a municipality's contact gets survey and indicator reminders) needs it.
 */
export async function waitForMail(address: string, { nth = 1, timeout = 15_000, subject = '' } = {}): Promise<ReceivedMail> {
	const matching = () => mailsTo(address).filter((mail) => mail.subject.includes(subject));
	await expect
		.poll(() => matching().length, { message: `mail number ${nth} to ${address}${subject ? ` about "${subject}"` : ''}`, timeout })
		.toBeGreaterThanOrEqual(nth);
	return matching()[nth - 1];
}

/** The one password link in a mail (…/adgangskode/<token>). */
export function passwordLinkIn(mail: ReceivedMail): string {
	const links: string[] = mail.text.match(/https?:\/\/\S+/g) ?? [];
	expect(links).toHaveLength(1);
	expect(links[0]).toMatch(/\/adgangskode\/[a-z2-7]{32,}$/);
	return links[0];
}
