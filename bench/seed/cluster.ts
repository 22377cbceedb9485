// The PostgreSQL the app uses, for the benchmarks: the server behind DATABASE_URL if set, else the embedded
// cluster (EMBEDDED_PG_DIR, default data/postgres, on EMBEDDED_PG_PORT, default 54329) — reused when the app has
// it running already, started here (and stopped again by `close`) otherwise. The benchmark's data goes into a
// database of its own on that server; the app's own database is never touched.
import { existsSync, readFileSync } from 'node:fs';
import net from 'node:net';
import { startEmbeddedPostgres } from '../../src/lib/server/db/embedded-postgres';

export const DEFAULT_BENCH_DATABASE = 'rammeaftale_bench';

export interface BenchCluster {
	/** A URL for the given database on the same server. */
	url: (database: string) => string;
	/** The app's own database on this server, which the benchmarks refuse to use. */
	appDatabase: string;
	close: () => Promise<void>;
}

function portOpen(port: number): Promise<boolean> {
	return new Promise((resolve) => {
		const socket = net.connect({ host: '127.0.0.1', port }, () => (socket.end(), resolve(true)));
		socket.on('error', () => resolve(false));
	});
}

export async function openCluster(log: (line: string) => void): Promise<BenchCluster> {
	const fromEnv = process.env.DATABASE_URL;
	if (fromEnv) {
		const parsed = new URL(fromEnv);
		const appDatabase = decodeURIComponent(parsed.pathname.slice(1));
		const url = (database: string) => {
			const u = new URL(fromEnv);
			u.pathname = `/${encodeURIComponent(database)}`;
			return u.toString();
		};
		return { url, appDatabase, close: async () => {} };
	}
	const dataDir = process.env.EMBEDDED_PG_DIR ?? 'data/postgres';
	const port = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
	if ((await portOpen(port)) && existsSync(`${dataDir}.secret`)) {
		// The app is running on this cluster: use it as it is.
		const password = readFileSync(`${dataDir}.secret`, 'utf8').trim();
		log(`bruger den kørende PostgreSQL på port ${port}`);
		return {
			url: (database) => `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`,
			appDatabase: 'rammeaftale',
			close: async () => {}
		};
	}
	log(`starter den indlejrede PostgreSQL i ${dataDir} på port ${port}`);
	const server = await startEmbeddedPostgres({ dataDir, port });
	return { url: server.url, appDatabase: 'rammeaftale', close: server.stop };
}

/** Only a plain name with "bench" in it, never the app's database, the maintenance database or a test template. */
export function benchDatabaseProblem(name: string, appDatabase: string): string | null {
	if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) return `Databasenavnet »${name}« skal bestå af små bogstaver, tal og _.`;
	if (name === appDatabase || ['postgres', 'template0', 'template1', 'rammeaftale'].includes(name) || name.startsWith('tpl_'))
		return `»${name}« er ikke en benchmark-database; den røres ikke.`;
	if (!name.includes('bench')) return `Benchmark-databasens navn skal indeholde »bench« (fx ${DEFAULT_BENCH_DATABASE}), ikke »${name}«.`;
	return null;
}

/** `--name value` from the command line. */
export function argument(name: string): string | undefined {
	const i = process.argv.indexOf(`--${name}`);
	if (i >= 0) return process.argv[i + 1];
	const inline = process.argv.find((a) => a.startsWith(`--${name}=`));
	return inline?.slice(name.length + 3);
}
