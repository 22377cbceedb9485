// The mailer against a real SMTP server (smtp-server on loopback): what arrives, authentication, and failures.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_MAIL_FROM, MailError, mailConfigured, mailSettings, sendMail } from './mailer';
import { startSmtpSink, type SmtpSink } from './test-smtp';
import { freePort } from '../../../../test/free-port';

let sink: SmtpSink;
const savedEnv = { SMTP_URL: process.env.SMTP_URL, MAIL_FROM: process.env.MAIL_FROM };

beforeAll(async () => {
	sink = await startSmtpSink({ rejectRecipient: (address) => address.startsWith('afvist') });
});

afterAll(async () => {
	await sink?.close();
	for (const [key, value] of Object.entries(savedEnv)) {
		if (value === undefined) delete process.env[key];
		else process.env[key] = value;
	}
});

describe('settings', () => {
	it('is off without SMTP_URL and has a default sender', () => {
		expect(mailConfigured({})).toBe(false);
		expect(mailConfigured({ SMTP_URL: '  ' })).toBe(false);
		expect(mailSettings({})).toBeNull();
		expect(mailSettings({ SMTP_URL: 'smtp://mail.example:587' })).toEqual({
			url: 'smtp://mail.example:587',
			from: DEFAULT_MAIL_FROM
		});
		expect(mailSettings({ SMTP_URL: 'smtp://mail.example', MAIL_FROM: 'Sekretariatet <sek@kommune.example>' })?.from).toBe(
			'Sekretariatet <sek@kommune.example>'
		);
	});
});

describe('sendMail through a real SMTP server', () => {
	it('reads SMTP_URL and MAIL_FROM at call time and delivers a plain-text mail in Danish', async () => {
		process.env.SMTP_URL = sink.url;
		process.env.MAIL_FROM = 'Rammeaftalesekretariatet <sekretariat@kommune.example>';
		expect(mailConfigured()).toBe(true);
		const { messageId } = await sendMail({
			to: 'modtager@kommune.example',
			subject: 'Prøve med æ, ø og å',
			text: 'Hej Åse\n\nEn lang linje med et link: https://rammeaftale.example/adgangskode/abcdefghijklmnopqrstuvwxyz234567\n'
		});
		const mail = await sink.waitFor('modtager@kommune.example');
		expect(mail.messageId).toBe(messageId);
		expect(mail.envelope).toEqual({ from: 'sekretariat@kommune.example', to: ['modtager@kommune.example'] });
		expect(mail.to).toEqual(['modtager@kommune.example']);
		expect(mail.from).toEqual({ name: 'Rammeaftalesekretariatet', address: 'sekretariat@kommune.example' });
		expect(mail.subject).toBe('Prøve med æ, ø og å');
		expect(mail.text).toContain('Hej Åse');
		expect(mail.text).toContain('https://rammeaftale.example/adgangskode/abcdefghijklmnopqrstuvwxyz234567');
		expect(mail.html).toBeNull();
	});

	it('uses the default sender when MAIL_FROM is unset', async () => {
		await sendMail({ to: 'standard@kommune.example', subject: 'Standard', text: 'x' }, mailSettings({ SMTP_URL: sink.url }));
		const mail = await sink.waitFor('standard@kommune.example');
		expect(mail.from).toEqual({ name: 'Rammeaftalesekretariatet', address: 'noreply@localhost' });
		expect(mail.envelope.from).toBe('noreply@localhost');
	});

	it('signs in with the user and password in the URL, also with special characters', async () => {
		const credentials = { user: 'sekretariat@kommune.example', pass: 'p@ss:wø/rd?#' };
		const authSink = await startSmtpSink({ credentials });
		try {
			expect(authSink.url).toContain('p%40ss%3Aw%C3%B8%2Frd%3F%23');
			await sendMail({ to: 'auth@kommune.example', subject: 'Med login', text: 'x' }, { url: authSink.url, from: DEFAULT_MAIL_FROM });
			expect((await authSink.waitFor('auth@kommune.example')).user).toBe(credentials.user);

			const wrong = authSink.url.replace('p%40ss', 'forkert');
			const error = await sendMail({ to: 'auth2@kommune.example', subject: 'x', text: 'x' }, { url: wrong, from: DEFAULT_MAIL_FROM }).catch(
				(e: unknown) => e
			);
			expect(error).toBeInstanceOf(MailError);
			expect((error as Error).message).not.toContain('forkert');
			expect(authSink.messages.map((m) => m.envelope.to[0])).toEqual(['auth@kommune.example']);
		} finally {
			await authSink.close();
		}
	});

	it('throws a MailError naming the recipient when the server refuses the recipient', async () => {
		const error = await sendMail({ to: 'afvist@kommune.example', subject: 'x', text: 'hemmeligt indhold' }, mailSettings({ SMTP_URL: sink.url })).catch(
			(e: unknown) => e
		);
		expect(error).toBeInstanceOf(MailError);
		expect((error as MailError).to).toBe('afvist@kommune.example');
		expect((error as Error).message).toMatch(/^E-mail til afvist@kommune\.example kunne ikke sendes: .*550/);
		expect((error as Error).message).not.toContain('hemmeligt indhold');
	});

	it('throws a MailError when the server cannot be reached', async () => {
		const url = `smtp://127.0.0.1:${await freePort()}`;
		await expect(sendMail({ to: 'x@kommune.example', subject: 'x', text: 'x' }, { url, from: DEFAULT_MAIL_FROM })).rejects.toThrow(
			/^E-mail til x@kommune\.example kunne ikke sendes: /
		);
	});

	it('explains a wrong SMTP_URL without repeating it (it may hold a password)', async () => {
		for (const url of ['mail.example.dk:587', 'http://bruger:hemmelig@mail.example.dk', 'smtp://']) {
			const error = await sendMail({ to: 'x@kommune.example', subject: 'x', text: 'x' }, { url, from: DEFAULT_MAIL_FROM }).catch(
				(e: unknown) => e
			);
			expect(error).toBeInstanceOf(MailError);
			expect((error as Error).message).toContain('SMTP_URL');
			expect((error as Error).message).not.toContain('hemmelig');
		}
	});

	it('throws when no mail server is configured', async () => {
		await expect(sendMail({ to: 'x@kommune.example', subject: 'x', text: 'x' }, null)).rejects.toThrow(/SMTP_URL/);
	});
});
