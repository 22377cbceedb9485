// `npm run db:backup [-- --into DIR]`: an online base backup of the embedded PostgreSQL into
// backups/rammeaftale-<date-time>/ while the app keeps serving (src/lib/server/lifecycle/backup.ts).
// If the app is not running, the cluster is started for the backup and stopped again.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import net from 'node:net';
import { parseArgs } from 'node:util';
import { backupEmbedded } from '../src/lib/server/lifecycle/backup';
import { startEmbeddedPostgres, type EmbeddedServer } from '../src/lib/server/db/embedded-postgres';

const { values } = parseArgs({ options: { into: { type: 'string', default: process.env.BACKUP_DIR ?? 'backups' } } });

function fail(message: string): never {
	process.stderr.write(message + '\n');
	process.exit(1);
}

if (process.env.DATABASE_URL) {
	fail(
		'DATABASE_URL er sat: appen bruger en ekstern PostgreSQL, og "npm run db:backup" tager kun backup af den indlejrede.\n' +
			'Brug pg_dump fra en klient med samme hovedversion som serveren, eller udbyderens backup. Se docs/operations.md, "Production".'
	);
}

const requested = path.resolve(process.env.EMBEDDED_PG_DIR ?? 'data/postgres');
const secretFile = `${requested}.secret`;
if (!existsSync(secretFile)) fail(`Der er ingen indlejret database i ${requested} (${secretFile} mangler).`);
const port = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
const password = readFileSync(secretFile, 'utf8').trim();
const url = (db: string) => `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${db}`;

const listening = await new Promise<boolean>((resolve) => {
	const socket = net.connect({ host: '127.0.0.1', port }, () => (socket.end(), resolve(true)));
	socket.on('error', () => resolve(false));
});
let started: EmbeddedServer | undefined;
if (!listening) {
	process.stdout.write(`Appen kører ikke; starter den indlejrede PostgreSQL i ${requested} til backuppen …\n`);
	started = await startEmbeddedPostgres({ dataDir: requested, port });
}
try {
	const shown = (dir: string) => (path.relative(process.cwd(), dir).startsWith('..') ? dir : path.relative(process.cwd(), dir));
	const { dir, manifest } = await backupEmbedded({
		adminUrl: url('postgres'),
		appUrl: url('rammeaftale'),
		into: values.into,
		secretFile
	});
	process.stdout.write(
		`Backup gemt i ${shown(dir)}\n` +
			`PostgreSQL ${manifest.postgresVersion}, ${manifest.migrations} migreringer, ${manifest.createdAt}\n` +
			`Gendan med: npm run db:restore -- ${shown(dir)}\n`
	);
} catch (e) {
	fail(`Backuppen mislykkedes: ${(e as Error).message}`);
} finally {
	await started?.stop();
}
