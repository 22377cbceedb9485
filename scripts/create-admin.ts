// `npm run admin:create -- --email anne@kommune.dk --name "Anne Hansen"`: creates an administrator.
// The password is read from ADMIN_PASSWORD or asked for on the terminal (never passed as an argument, so it
// stays out of shell history). Works against DATABASE_URL, the running app's embedded PostgreSQL, or starts
// the embedded one for the moment.
import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline/promises';
import { existsSync, readFileSync } from 'node:fs';
import net from 'node:net';
import { connect, applyMigrations } from '../src/lib/server/db/connect';
import { startEmbeddedPostgres } from '../src/lib/server/db/embedded-postgres';
import { createAdmin } from '../src/lib/server/db/seed/users';

const { values } = parseArgs({ options: { email: { type: 'string' }, name: { type: 'string' } } });
if (!values.email) {
	process.stderr.write('Brug: npm run admin:create -- --email navn@kommune.dk [--name "Navn"]\n');
	process.exit(2);
}

let password = process.env.ADMIN_PASSWORD;
if (!password) {
	const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
	password = await rl.question('Adgangskode (mindst 8 tegn): ');
	rl.close();
}

const dir = process.env.EMBEDDED_PG_DIR ?? 'data/postgres';
const port = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
const listening = await new Promise<boolean>((resolve) => {
	const s = net.connect({ host: '127.0.0.1', port }, () => (s.end(), resolve(true)));
	s.on('error', () => resolve(false));
});

let url = process.env.DATABASE_URL;
let stop = async () => {};
if (!url) {
	if (listening && existsSync(`${dir}.secret`)) {
		const secret = readFileSync(`${dir}.secret`, 'utf8').trim();
		url = `postgres://postgres:${encodeURIComponent(secret)}@127.0.0.1:${port}/rammeaftale`;
	} else {
		const server = await startEmbeddedPostgres({ dataDir: dir, port });
		const admin = connect(server.url(), { max: 1 });
		const [exists] = await admin.sql`select 1 from pg_database where datname = 'rammeaftale'`;
		if (!exists) await admin.sql`create database rammeaftale`;
		await admin.close();
		url = server.url('rammeaftale');
		stop = server.stop;
	}
}
const connection = connect(url, { max: 1 });
try {
	await applyMigrations(connection.db);
	await createAdmin(connection.db, values.email.trim(), password, values.name ?? 'Administrator');
	process.stdout.write(`Administrator ${values.email} oprettet.\n`);
} catch (e) {
	process.stderr.write(`Kunne ikke oprette administrator: ${(e as Error).message}\n`);
	process.exitCode = 1;
} finally {
	await connection.close();
	await stop();
}
