// An SMTP server that keeps what it receives, for tests: a real `smtp-server` on loopback, messages parsed with
// `mailparser`. Used by the Vitest mail tests and by scripts/e2e-server.js (which writes each message to a file).
// Plain SMTP without STARTTLS; AUTH is offered (over plain text, on loopback only) when credentials are given.
import { SMTPServer } from 'smtp-server';
import { simpleParser } from 'mailparser';

/**
 * @typedef {object} SinkMessage
 * @property {{ from: string, to: string[] }} envelope MAIL FROM and RCPT TO as the client sent them
 * @property {{ name: string, address: string }} from the From header
 * @property {string[]} to the addresses in the To header
 * @property {string} subject
 * @property {string} text the plain-text body
 * @property {string | null} html
 * @property {string | null} messageId
 * @property {string | null} user the user the client authenticated as, if any
 * @property {string} receivedAt ISO timestamp
 */

/**
 * @typedef {object} SinkOptions
 * @property {number} [port] 0 (the default) for a free port
 * @property {string} [host] default 127.0.0.1
 * @property {{ user: string, pass: string }} [credentials] require AUTH with these
 * @property {(address: string) => boolean} [rejectRecipient] answer 550 to these RCPT TO addresses
 * @property {(message: SinkMessage) => void | Promise<void>} [onMessage] called before the message is acknowledged
 */

/**
 * @typedef {object} SmtpSink
 * @property {number} port
 * @property {string} url an SMTP_URL for the sink (with the credentials, if any)
 * @property {SinkMessage[]} messages everything received, oldest first
 * @property {(to: string, timeoutMs?: number) => Promise<SinkMessage>} waitFor the first message to `to`
 * @property {() => Promise<void>} close
 */

/**
 * @param {SinkOptions} [options]
 * @returns {Promise<SmtpSink>}
 */
export async function startSmtpSink(options = {}) {
	const { host = '127.0.0.1', credentials, rejectRecipient, onMessage } = options;
	/** @type {SinkMessage[]} */
	const messages = [];
	/** @type {Set<() => void>} */
	const waiters = new Set();

	const server = new SMTPServer({
		logger: false,
		secure: false,
		disabledCommands: credentials ? ['STARTTLS'] : ['STARTTLS', 'AUTH'],
		authOptional: !credentials,
		allowInsecureAuth: true,
		disableReverseLookup: true,
		size: 1024 * 1024,
		onAuth(auth, _session, callback) {
			if (credentials && auth.username === credentials.user && auth.password === credentials.pass) {
				callback(null, { user: auth.username });
			} else {
				callback(new Error('Invalid username or password'));
			}
		},
		onRcptTo(address, _session, callback) {
			if (rejectRecipient?.(address.address)) {
				callback(Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 }));
			} else {
				callback();
			}
		},
		onData(stream, session, callback) {
			simpleParser(stream)
				.then(async (parsed) => {
					const to = (Array.isArray(parsed.to) ? parsed.to : parsed.to ? [parsed.to] : []).flatMap((group) =>
						group.value.flatMap((a) => (a.address ? [a.address] : []))
					);
					/** @type {SinkMessage} */
					const message = {
						envelope: {
							from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
							to: session.envelope.rcptTo.map((r) => r.address)
						},
						from: { name: parsed.from?.value[0]?.name ?? '', address: parsed.from?.value[0]?.address ?? '' },
						to,
						subject: parsed.subject ?? '',
						text: parsed.text ?? '',
						html: typeof parsed.html === 'string' ? parsed.html : null,
						messageId: parsed.messageId ?? null,
						user: typeof session.user === 'string' ? session.user : null,
						receivedAt: new Date().toISOString()
					};
					await onMessage?.(message);
					messages.push(message);
					for (const wake of waiters) wake();
					callback();
				})
				.catch((/** @type {unknown} */ error) => callback(error instanceof Error ? error : new Error(String(error))));
		}
	});

	/** @type {number} */
	const port = await new Promise((resolve, reject) => {
		server.server.once('error', reject);
		server.listen(options.port ?? 0, host, () => {
			server.server.off('error', reject);
			const address = server.server.address();
			resolve(typeof address === 'object' && address ? address.port : 0);
		});
	});

	const auth = credentials ? `${encodeURIComponent(credentials.user)}:${encodeURIComponent(credentials.pass)}@` : '';
	return {
		port,
		url: `smtp://${auth}${host}:${port}`,
		messages,
		waitFor(to, timeoutMs = 10_000) {
			const wanted = to.toLowerCase();
			const find = () => messages.find((m) => m.envelope.to.some((r) => r.toLowerCase() === wanted));
			const found = find();
			if (found) return Promise.resolve(found);
			return new Promise((resolve, reject) => {
				const timer = setTimeout(() => {
					waiters.delete(check);
					reject(new Error(`Ingen e-mail til ${to} inden for ${timeoutMs} ms`));
				}, timeoutMs);
				function check() {
					const message = find();
					if (!message) return;
					clearTimeout(timer);
					waiters.delete(check);
					resolve(message);
				}
				waiters.add(check);
			});
		},
		close: () => new Promise((resolve) => server.close(() => resolve()))
	};
}
