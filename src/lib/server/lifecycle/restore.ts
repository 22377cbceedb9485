// Restores a backup from backup.ts into a fresh data directory. The existing cluster, if any, is moved aside (never
// overwritten) and must not be running. On its next start PostgreSQL reads backup_label, replays the WAL in the
// copy's pg_wal and is then consistent as of the backup's pg_backup_stop.
import { chownSync, cpSync, existsSync, lstatSync, readdirSync, readFileSync, renameSync, chmodSync, copyFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { DATA, MANIFEST, SECRET, type BackupManifest } from './backup';

export class RestoreError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'RestoreError';
	}
}

export function readManifest(backup: string): BackupManifest {
	const file = path.join(backup, MANIFEST);
	if (!existsSync(file) || !existsSync(path.join(backup, DATA, 'backup_label'))) {
		throw new RestoreError(`${backup} er ikke en backup fra "npm run db:backup" (manifest.json eller backup_label mangler).`);
	}
	const manifest = JSON.parse(readFileSync(file, 'utf8')) as BackupManifest;
	if (manifest.format !== 1) throw new RestoreError(`Backuppens format (${manifest.format}) kendes ikke af denne version.`);
	return manifest;
}

/** Why this backup cannot be restored here, or undefined when it can. */
export function incompatibility(
	manifest: BackupManifest,
	here: { postgresMajor: number; migrations: number }
): string | undefined {
	if (manifest.postgresMajor !== here.postgresMajor) {
		return (
			`Backuppen er fra PostgreSQL ${manifest.postgresMajor} (${manifest.postgresVersion}), men appen bruger PostgreSQL ${here.postgresMajor}. ` +
			`En klynge kan kun startes af samme hovedversion: gendan med den app-version, der lavede backuppen, og opgrader derefter.`
		);
	}
	if (manifest.migrations > here.migrations) {
		return (
			`Backuppen er fra en nyere version af appen (${manifest.migrations} migreringer, denne version kender ${here.migrations}). ` +
			`Opdater appen først, og gendan så.`
		);
	}
	return undefined;
}

/** The major version of the embedded binaries, from `postgres --version` ("postgres (PostgreSQL) 18.1"). */
export function binaryMajor(postgresBinary: string): number {
	const out = execFileSync(postgresBinary, ['--version']).toString();
	const match = /\(PostgreSQL\) (\d+)/.exec(out);
	if (!match) throw new Error(`Ukendt versionsudskrift: ${out}`);
	return Number(match[1]);
}

function runningPid(dataDir: string): number | undefined {
	const pidFile = path.join(dataDir, 'postmaster.pid');
	if (!existsSync(pidFile)) return undefined;
	const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
	try {
		if (pid) process.kill(pid, 0);
		return pid || undefined;
	} catch (e) {
		return (e as NodeJS.ErrnoException).code === 'EPERM' ? pid : undefined;
	}
}

function chownTree(entry: string, uid: number, gid: number) {
	chownSync(entry, uid, gid);
	if (lstatSync(entry).isDirectory()) for (const child of readdirSync(entry)) chownTree(path.join(entry, child), uid, gid);
}

export interface RestorePlan {
	backup: string;
	/** Where the cluster goes (the embedded cluster's directory, or --data-dir). */
	dataDir: string;
	/** Where the password goes: `<the directory the app is configured with>.secret`. */
	secretFile: string;
	/** Where an existing cluster (and its password file) is moved, if there is one. */
	asideSuffix: string;
}

export function planRestore(backup: string, dataDir: string, secretFile: string, now = new Date()): RestorePlan {
	const running = runningPid(dataDir);
	if (running) {
		throw new RestoreError(
			`PostgreSQL kører i ${dataDir} (pid ${running}). Stop appen (og dermed databasen), før du gendanner.`
		);
	}
	return { backup, dataDir, secretFile, asideSuffix: `.foer-gendannelse-${now.toISOString().slice(0, 19).replace(/:/g, '-')}` };
}

/** What moving aside and copying will do, for the confirmation prompt. */
export function describePlan(plan: RestorePlan): string {
	const lines = [`Backup: ${plan.backup}`, `Gendannes i: ${plan.dataDir}`];
	if (existsSync(plan.dataDir) && readdirSync(plan.dataDir).length > 0) {
		lines.push(`Den nuværende klynge flyttes til: ${plan.dataDir}${plan.asideSuffix} (intet slettes)`);
	}
	return lines.join('\n');
}

/** Moves an existing cluster aside and copies the backup in place. `owner`: who PostgreSQL runs as (root: postgres). */
export function restore(plan: RestorePlan, owner?: { uid: number; gid: number }): { movedAside?: string } {
	let movedAside: string | undefined;
	if (existsSync(plan.dataDir)) {
		if (readdirSync(plan.dataDir).length > 0) {
			movedAside = plan.dataDir + plan.asideSuffix;
			renameSync(plan.dataDir, movedAside);
		} else {
			renameSync(plan.dataDir, plan.dataDir + plan.asideSuffix); // an empty directory: out of the way too
		}
	}
	cpSync(path.join(plan.backup, DATA), plan.dataDir, { recursive: true });
	chmodSync(plan.dataDir, 0o700); // PostgreSQL refuses a data directory others can read
	if (owner) chownTree(plan.dataDir, owner.uid, owner.gid);
	const secret = path.join(plan.backup, SECRET);
	if (existsSync(secret)) {
		if (existsSync(plan.secretFile)) renameSync(plan.secretFile, plan.secretFile + plan.asideSuffix);
		copyFileSync(secret, plan.secretFile);
		chmodSync(plan.secretFile, 0o600);
	}
	return { movedAside };
}
