// An online base backup of the running embedded PostgreSQL through the low-level API PostgreSQL documents
// ("Making a Base Backup Using the Low Level API"): pg_backup_start, copy the data directory while the server runs,
// pg_backup_stop in the same session, write the label it returns as backup_label, and copy the WAL written between
// start and stop into the copy's pg_wal, so the backup is self-contained without WAL archiving. On its first start
// the restored cluster replays that WAL and is consistent as of pg_backup_stop. Why not pg_dump: docs/decisions.md.
import { closeSync, copyFileSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import postgres from 'postgres';

export interface BackupManifest {
	format: 1;
	/** Major version of the server that wrote the files: a cluster starts only on the same major version. */
	postgresMajor: number;
	postgresVersion: string;
	/** Migrations applied to the app database at the backup, compared with the journal at restore. */
	migrations: number;
	createdAt: string;
	label: string;
	startWal: string;
	stopLsn: string;
}

export const MANIFEST = 'manifest.json';
export const DATA = 'data';
export const SECRET = 'postgres.secret';

/** Left out of the copy, as PostgreSQL's docs allow: recreated or meaningless on the restored cluster. */
const SKIP_FILES = new Set(['postmaster.pid', 'postmaster.opts', 'backup_label', 'tablespace_map', 'pg_internal.init']);
const EMPTY_DIRS = new Set([
	'pg_wal',
	'pg_replslot',
	'pg_dynshmem',
	'pg_notify',
	'pg_serial',
	'pg_snapshots',
	'pg_stat_tmp',
	'pg_subtrans'
]);

/** Copies a directory tree that changes under us: files dropped meanwhile are skipped, torn pages are fixed by WAL. */
function copyTree(from: string, to: string, top: boolean) {
	mkdirSync(to, { recursive: true, mode: 0o700 });
	let entries: string[];
	try {
		entries = readdirSync(from);
	} catch (e) {
		if ((e as NodeJS.ErrnoException).code === 'ENOENT') return;
		throw e;
	}
	for (const name of entries) {
		if (SKIP_FILES.has(name) || name.startsWith('pgsql_tmp')) continue;
		const source = path.join(from, name);
		const target = path.join(to, name);
		try {
			const stat = statSync(source);
			if (stat.isDirectory()) {
				if (top && EMPTY_DIRS.has(name)) mkdirSync(target, { mode: 0o700 });
				else copyTree(source, target, false);
			} else if (stat.isFile()) {
				copyFileSync(source, target);
			}
		} catch (e) {
			if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
		}
	}
}

/** WAL segment names are 24 hex digits: timeline, then position; within a timeline they sort by position. */
const SEGMENT = /^[0-9A-F]{24}$/;

export interface BackupOptions {
	/** A superuser connection URL to the running cluster (any database). */
	adminUrl: string;
	/** The app's database, for the migration count in the manifest. */
	appUrl: string;
	/** The directory the backup goes under, e.g. ./backups */
	into: string;
	/** The cluster's password file, copied into the backup so the restored cluster can be reached. */
	secretFile?: string;
	now?: Date;
	/** For tests: called after the files are copied, just before pg_backup_stop. */
	beforeStop?: () => Promise<void> | void;
}

function stamp(date: Date): string {
	return date.toISOString().slice(0, 19).replace(/:/g, '-');
}

export async function backupEmbedded(options: BackupOptions): Promise<{ dir: string; manifest: BackupManifest }> {
	const now = options.now ?? new Date();
	const name = `rammeaftale-${stamp(now)}`;
	const dir = path.resolve(options.into, name);
	if (existsSync(dir)) throw new Error(`Backuppen ${dir} findes allerede.`);
	const partial = `${dir}.ufaerdig`;
	rmSync(partial, { recursive: true, force: true });

	const app = postgres(options.appUrl, { max: 1, onnotice: () => {} });
	let migrations = 0;
	try {
		const [row] = await app<{ n: number }[]>`select count(*)::int as n from drizzle.__drizzle_migrations`;
		migrations = row.n;
	} finally {
		await app.end({ timeout: 5 });
	}

	// max: 1, so that pg_backup_start and pg_backup_stop run in one and the same session, as they must.
	const sql = postgres(options.adminUrl, { max: 1, onnotice: () => {} });
	try {
		const [{ data_directory: dataDir }] = await sql<{ data_directory: string }[]>`show data_directory`;
		const [{ server_version: version, server_version_num: num }] = await sql<
			{ server_version: string; server_version_num: string }[]
		>`select current_setting('server_version') as server_version, current_setting('server_version_num') as server_version_num`;
		// A temporary slot keeps every WAL segment from here on until this session ends, so a checkpoint during
		// the copy cannot recycle WAL the backup needs.
		const slot = `rammeaftale_backup_${process.pid}`;
		await sql`select pg_create_physical_replication_slot(${slot}, true, true)`;
		await sql`select pg_backup_start(${name}, fast => true)`;
		let stopped = false;
		try {
			copyTree(dataDir, path.join(partial, DATA), true);
			await options.beforeStop?.();
			const [stop] = await sql<{ lsn: string; labelfile: string; spcmapfile: string | null }[]>`
				select lsn::text, labelfile, spcmapfile from pg_backup_stop(wait_for_archive => false)`;
			stopped = true;
			writeFileSync(path.join(partial, DATA, 'backup_label'), stop.labelfile);
			if (stop.spcmapfile) writeFileSync(path.join(partial, DATA, 'tablespace_map'), stop.spcmapfile);

			const startWal = /START WAL LOCATION: .* \(file ([0-9A-F]{24})\)/.exec(stop.labelfile)?.[1];
			if (!startWal) throw new Error('backup_label nævner ingen start-WAL-fil');
			const [{ file: stopWal }] = await sql<{ file: string }[]>`select pg_walfile_name(${stop.lsn}::pg_lsn) as file`;
			const timeline = startWal.slice(0, 8);
			const wal = path.join(dataDir, 'pg_wal');
			const needed = readdirSync(wal).filter(
				(f) => (SEGMENT.test(f) && f.startsWith(timeline) && f >= startWal && f <= stopWal) || f.endsWith('.history')
			);
			if (!needed.includes(startWal) || !needed.includes(stopWal)) {
				throw new Error(`WAL-filerne ${startWal}…${stopWal} findes ikke alle i ${wal}`);
			}
			for (const f of needed) copyFileSync(path.join(wal, f), path.join(partial, DATA, 'pg_wal', f));
			mkdirSync(path.join(partial, DATA, 'pg_wal', 'archive_status'), { recursive: true, mode: 0o700 });

			if (options.secretFile && existsSync(options.secretFile)) {
				copyFileSync(options.secretFile, path.join(partial, SECRET));
			}
			const manifest: BackupManifest = {
				format: 1,
				postgresMajor: Math.floor(Number(num) / 10000),
				postgresVersion: version,
				migrations,
				createdAt: now.toISOString(),
				label: name,
				startWal,
				stopLsn: stop.lsn
			};
			writeFileSync(path.join(partial, MANIFEST), JSON.stringify(manifest, null, 2) + '\n');
			// On disk before it is called complete, as pg_basebackup does: a crash or power cut right after a backup
			// must not leave a directory that looks complete with files still in the page cache.
			syncTree(partial);
			renameSync(partial, dir); // a backup directory without the suffix is complete
			syncPath(path.dirname(dir));
			return { dir, manifest };
		} finally {
			if (!stopped) await sql`select pg_backup_stop(wait_for_archive => false)`.catch(() => {});
			await sql`select pg_drop_replication_slot(${slot})`.catch(() => {});
		}
	} catch (e) {
		rmSync(partial, { recursive: true, force: true });
		throw e;
	} finally {
		await sql.end({ timeout: 5 });
	}
}

function syncPath(file: string) {
	const fd = openSync(file, 'r');
	try {
		fsyncSync(fd);
	} finally {
		closeSync(fd);
	}
}

/** fsync every file and directory under `dir` (directories too: their entries are what a crash would lose). */
function syncTree(dir: string) {
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) syncTree(full);
		else if (entry.isFile()) syncPath(full);
	}
	syncPath(dir);
}
