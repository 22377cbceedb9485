// The server Playwright tests against: the production build on a fresh embedded PostgreSQL of its own, sending mail
// to an SMTP sink in this same process that writes every message it receives to data/e2e-mail/ as JSON
// (test/e2e/helpers/mail.ts reads them). Mail to addresses starting with "afvist" is refused (550), to test failures.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { startSmtpSink } from './smtp-sink.js';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
process.chdir(root);
const dir = 'data/e2e-postgres';
// As root in a private directory the cluster lives where the `postgres` user can reach it, named in
// data/e2e-postgres.location (src/lib/server/db/embedded-postgres.ts): start that one afresh too.
if (existsSync(`${dir}.location`)) rmSync(readFileSync(`${dir}.location`, 'utf8').trim(), { recursive: true, force: true });
for (const leftover of [dir, `${dir}.secret`, `${dir}.location`]) rmSync(leftover, { recursive: true, force: true });

const mailDir = 'data/e2e-mail';
rmSync(mailDir, { recursive: true, force: true });
mkdirSync(mailDir, { recursive: true });
let received = 0;
const sink = await startSmtpSink({
	port: Number(process.env.E2E_SMTP_PORT ?? 2525),
	rejectRecipient: (address) => address.toLowerCase().startsWith('afvist'),
	onMessage(message) {
		const name = `${Date.now()}-${String(++received).padStart(4, '0')}.json`;
		// Written under a temporary name and renamed, so a reader never sees half a file.
		writeFileSync(path.join(mailDir, `.${name}`), JSON.stringify(message, null, 2));
		renameSync(path.join(mailDir, `.${name}`), path.join(mailDir, name));
	}
});
// server/index.js emits this once the HTTP server has closed; the sink must not keep the process alive.
process.once('sveltekit:shutdown', () => void sink.close());

const port = process.env.E2E_PORT ?? '4173';
Object.assign(process.env, {
	EMBEDDED_PG_DIR: dir,
	EMBEDDED_PG_PORT: process.env.E2E_PG_PORT ?? '54339',
	PORT: port,
	HOST: '127.0.0.1',
	// As in production with mail: links in e-mails are built from ORIGIN, never from the request.
	ORIGIN: `http://127.0.0.1:${port}`,
	NODE_ENV: 'production',
	SMTP_URL: sink.url,
	MAIL_FROM: 'Rammeaftalesekretariatet <sekretariat@rammeaftale.example>'
});
// Tests reach the same database directly (test/e2e/helpers/db.ts) to plant data, e.g. a closed item.
await import(path.join(root, 'server', 'index.js'));
