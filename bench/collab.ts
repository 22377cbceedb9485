// npm run bench:collab — co-editing under load, one JSON line. Not a test.
//
// Simulated editors (Node clients with the real y-websocket provider, in this process) type one character at a
// time; latency = from the edit to its arrival at each other editor of the document (one sample per edit and
// receiver, matched by the update's client id and clock). Two loads: (a) 50 editors on one agenda at 2 edits/s
// each; (b) 500 open agendas with 2 editors each at 1 edit/s each (1,000 updates/s). Each load runs against a fresh
// server process (so its RSS is the server's alone): ours (scripts/collab-test-server.ts on an embedded PostgreSQL
// of its own in data/bench-collab-postgres, every update stored before it is acknowledged), the reference server
// (@y/websocket-server, in memory) and Hocuspocus 4 (no persistence extension), each on its own loopback port.
// Hocuspocus speaks a multiplexed dialect (document name before every message, an auth message first); a thin
// socket adapter translates for the same y-websocket provider. BENCH_SECONDS (default 15) sets each load's length.
//
// `npm run bench:collab -- --processes 2`: ours only, each load once on one process and once with the editors of
// every document spread over two processes on the same database (fan-out through LISTEN/NOTIFY); latency to the
// editors on the other process (cross) next to the single-process figures, in the same run.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, rmSync, existsSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import WebSocket, { WebSocketServer } from 'ws';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import * as decoding from 'lib0/decoding';
import { WebsocketProvider } from 'y-websocket';
import { eq, gt, sql } from 'drizzle-orm';

const root = path.resolve(import.meta.dirname, '..');
process.chdir(root);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const ORIGIN = 'http://collab.test';
const PG_DIR = 'data/bench-collab-postgres';
const PG_PORT = 54359;
const PORTS = { ours: 54361, reference: 54362, hocuspocus: 54363 } as const;
/** The second process of `--processes 2`. */
const SECOND_PORT = 54364;
const PROCESSES = (() => {
	const at = process.argv.indexOf('--processes');
	return at > 0 ? Number(process.argv[at + 1]) : 1;
})();
type Kind = keyof typeof PORTS;

// ---------------------------------------------------------------------------------------------------------------
// Hocuspocus's dialect over the plain provider.
const HOCUS = { auth: 2, syncReply: 4, syncStatus: 8 } as const;

function hocuspocusSocket(documentName: string) {
	const prefix = (data: Uint8Array) => {
		const e = encoding.createEncoder();
		encoding.writeVarString(e, documentName);
		encoding.writeUint8Array(e, data);
		return encoding.toUint8Array(e);
	};
	const onmessage = Object.getOwnPropertyDescriptor(WebSocket.prototype, 'onmessage')!;
	return class extends WebSocket {
		constructor(url: string | URL, protocols?: string | string[]) {
			super(url, protocols);
			const rawSend = this.send.bind(this);
			// Authenticate first (an empty token: the server has no onAuthenticate hook).
			this.addEventListener('open', () => {
				const e = encoding.createEncoder();
				encoding.writeVarUint(e, HOCUS.auth);
				encoding.writeVarUint(e, 0);
				encoding.writeVarString(e, '');
				rawSend(prefix(encoding.toUint8Array(e)));
			});
			this.send = ((data: Uint8Array) => rawSend(prefix(data))) as typeof this.send;
			Object.defineProperty(this, 'onmessage', {
				get: () => onmessage.get!.call(this),
				set: (fn: ((event: { data: ArrayBuffer }) => void) | null) =>
					onmessage.set!.call(
						this,
						fn &&
							((event: { data: ArrayBuffer }) => {
								const d = decoding.createDecoder(new Uint8Array(event.data));
								decoding.readVarString(d);
								const type = decoding.readVarUint(d);
								if (type === HOCUS.auth || type === HOCUS.syncStatus || type > HOCUS.syncReply) return;
								const e = encoding.createEncoder();
								encoding.writeVarUint(e, type === HOCUS.syncReply ? 0 : type);
								encoding.writeUint8Array(e, decoding.readTailAsUint8Array(d));
								fn({ data: encoding.toUint8Array(e).slice().buffer });
							})
					)
			});
		}
	};
}

function plainSocket(headers: Record<string, string>) {
	return class extends WebSocket {
		constructor(url: string | URL, protocols?: string | string[]) {
			super(url, protocols, { headers });
		}
	};
}

// ---------------------------------------------------------------------------------------------------------------
// Processes.

function startChild(args: string[], env: Record<string, string | undefined> = {}): Promise<ChildProcess> {
	const child = spawn(process.execPath, args, {
		env: { ...process.env, ...env },
		stdio: ['ignore', 'pipe', 'inherit']
	});
	return new Promise((resolve, reject) => {
		child.stdout!.on('data', (d: Buffer) => {
			if (d.toString().includes('ready')) resolve(child);
		});
		child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
	});
}

function startServer(kind: Kind, databaseUrl: string, port = String(PORTS[kind])) {
	if (kind === 'ours') {
		return startChild(['--import', 'tsx', 'scripts/collab-test-server.ts'], {
			DATABASE_URL: databaseUrl,
			PORT: port,
			LOG_LEVEL: 'error'
		});
	}
	return startChild(['--import', 'tsx', 'bench/collab.ts', 'serve', kind, port]);
}

async function stopChild(child: ChildProcess) {
	if (child.exitCode !== null) return;
	const exited = new Promise((r) => child.once('exit', r));
	child.kill('SIGTERM');
	const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
	await exited;
	clearTimeout(timer);
}

function rssMib(pid: number, field: 'VmRSS' | 'VmHWM') {
	const status = readFileSync(`/proc/${pid}/status`, 'utf8');
	return Number(status.match(new RegExp(`${field}:\\s+(\\d+)`))?.[1] ?? 0) / 1024;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(check: () => boolean, ms: number, what: string) {
	const start = Date.now();
	while (!check()) {
		if (Date.now() - start > ms) throw new Error(`timed out waiting for ${what}`);
		await sleep(20);
	}
}

// ---------------------------------------------------------------------------------------------------------------
// One load against one server.

interface Editor {
	doc: Y.Doc;
	provider: WebsocketProvider;
	field: Y.Text;
	group: number;
}

interface Result {
	p50_ms: number;
	p99_ms: number;
	max_ms: number;
	updates_per_s: number;
	deliveries: number;
	undelivered: number;
	server_idle_rss_mib: number;
	server_rss_mib: number;
	server_peak_rss_mib: number;
	bytes_per_update?: number;
	table_bytes_per_update?: number;
	/** With two processes: arrivals at editors on the other process than the sender's, and on the same one. */
	cross_p50_ms?: number;
	cross_p99_ms?: number;
	same_p50_ms?: number;
	same_p99_ms?: number;
}

function percentile(sorted: Float64Array, p: number) {
	if (sorted.length === 0) return NaN;
	return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

const round1 = (n: number) => Math.round(n * 10) / 10;

async function runLoad(
	kind: Kind,
	child: ChildProcess,
	documents: string[],
	perDocument: number,
	editsPerSecond: number,
	cookies: string[],
	/** Editor k of each document connects to port k % ports.length (two processes: every document spans both). */
	ports: number[] = [PORTS[kind]]
): Promise<Result> {
	const idle = rssMib(child.pid!, 'VmRSS');
	const editors: Editor[] = [];
	// Sent edits: client id → clock → time sent; each expects `perDocument - 1` arrivals.
	const sent = new Map<number, Map<number, number>>();
	const processOf = new Map<number, number>();
	const samples: number[] = [];
	const cross: number[] = [];
	const same: number[] = [];
	let measuring = false;
	let edits = 0;

	const open = (name: string, group: number, cookie: string, slot: number) => {
		const doc = new Y.Doc();
		const proc = slot % ports.length;
		const url = `ws://127.0.0.1:${ports[proc]}/collab`;
		processOf.set(doc.clientID, proc);
		const Socket = kind === 'hocuspocus' ? hocuspocusSocket(name) : plainSocket({ origin: ORIGIN, cookie });
		const provider = new WebsocketProvider(url, name, doc, {
			WebSocketPolyfill: Socket as unknown as typeof globalThis.WebSocket,
			disableBc: true,
			maxBackoffTime: 1000
		});
		// Our "saved" and "refused" messages (the editor's save status reads them; here they are only counted).
		provider.messageHandlers[10] = () => {};
		provider.messageHandlers[11] = () => {};
		provider.awareness.setLocalStateField('user', { name: `Redaktør ${editors.length}`, color: '#005ea5' });
		doc.on('update', (update: Uint8Array, origin: unknown) => {
			if (origin !== provider || !measuring) return;
			const now = performance.now();
			for (const [client, clock] of Y.parseUpdateMeta(update).from) {
				const at = sent.get(client)?.get(clock);
				if (at === undefined) continue;
				samples.push(now - at);
				if (ports.length > 1) (processOf.get(client) === proc ? same : cross).push(now - at);
			}
		});
		// Each editor types into a field of its own (as editors spread over an agenda's items and fields).
		const editor: Editor = { doc, provider, field: doc.getText(`field-${editors.length % perDocument}`), group };
		editors.push(editor);
		return editor;
	};

	// Connect in waves so 1,000 sockets do not all arrive in one tick.
	let n = 0;
	for (let d = 0; d < documents.length; d++) {
		for (let k = 0; k < perDocument; k++) open(documents[d], d, cookies[n++], k);
		if (d % 25 === 24) await until(() => editors.every((e) => e.provider.synced), 120_000, 'sync');
	}
	await until(() => editors.every((e) => e.provider.synced), 120_000, 'sync');
	await sleep(1000);

	const stats = kind === 'ours' && ports.length === 1 ? await storedBytes() : null;
	measuring = true;
	const started = performance.now();
	const end = started + SECONDS * 1000;
	let peak = 0;
	const sampler = setInterval(() => (peak = Math.max(peak, rssMib(child.pid!, 'VmRSS'))), 250);
	const loops = editors.map(async (e, i) => {
		const interval = 1000 / editsPerSecond;
		// Spread the editors' phases over the interval, then type with ±30 % jitter (human rhythm).
		await sleep((i / editors.length) * interval);
		let typed = 0;
		while (performance.now() < end) {
			const clock = Y.getState(e.doc.store, e.doc.clientID);
			let mine = sent.get(e.doc.clientID);
			if (!mine) sent.set(e.doc.clientID, (mine = new Map()));
			mine.set(clock, performance.now());
			e.field.insert(e.field.length, 'abcdefghij'[typed++ % 10]);
			edits++;
			await sleep(interval * (0.7 + Math.random() * 0.6));
		}
	});
	await Promise.all(loops);
	const elapsed = (performance.now() - started) / 1000;
	const expected = edits * (perDocument - 1);
	await until(() => samples.length >= expected, 5000, 'deliveries').catch(() => {});
	measuring = false;
	clearInterval(sampler);
	const rss = rssMib(child.pid!, 'VmRSS');
	peak = Math.max(peak, rss);

	for (const e of editors) {
		e.provider.destroy();
		e.doc.destroy();
	}
	const sorted = Float64Array.from(samples).sort();
	const result: Result = {
		p50_ms: round1(percentile(sorted, 50)),
		p99_ms: round1(percentile(sorted, 99)),
		max_ms: round1(sorted[sorted.length - 1] ?? NaN),
		updates_per_s: Math.round(edits / elapsed),
		deliveries: samples.length,
		undelivered: Math.max(0, expected - samples.length),
		server_idle_rss_mib: round1(idle),
		server_rss_mib: round1(rss),
		server_peak_rss_mib: round1(peak)
	};
	if (ports.length > 1) {
		const c = Float64Array.from(cross).sort();
		const s = Float64Array.from(same).sort();
		Object.assign(result, {
			cross_p50_ms: round1(percentile(c, 50)),
			cross_p99_ms: round1(percentile(c, 99)),
			same_p50_ms: round1(percentile(s, 50)),
			same_p99_ms: round1(percentile(s, 99))
		});
	}
	if (stats) {
		await stopChild(child); // flushes everything it holds
		const after = await storedBytes(stats.lastId);
		// Rows appended during the load and not yet merged by a compaction: the size of one stored update.
		result.bytes_per_update = after.rows > 0 ? round1(after.updateBytes / after.rows) : undefined;
		result.table_bytes_per_update = round1((after.tableBytes - stats.tableBytes) / edits);
	}
	return result;
}

// ---------------------------------------------------------------------------------------------------------------
// Our database.

let storedBytes: (afterId?: number) => Promise<{ rows: number; updateBytes: number; tableBytes: number; lastId: number }>;

async function main() {
	// y-websocket adds a process "exit" listener per provider.
	process.setMaxListeners(0);
	const { startEmbeddedPostgres } = await import('../src/lib/server/db/embedded-postgres');
	const { connect, applyMigrations } = await import('../src/lib/server/db/connect');
	const { loadReferenceData } = await import('../src/lib/server/db/seed/reference-data');
	const { bodies, meetings, users, collabUpdates } = await import('../src/lib/server/db/schema');
	const { createSession } = await import('../src/lib/server/auth/session');

	if (existsSync(`${PG_DIR}.location`)) rmSync(readFileSync(`${PG_DIR}.location`, 'utf8').trim(), { recursive: true, force: true });
	for (const leftover of [PG_DIR, `${PG_DIR}.secret`, `${PG_DIR}.location`]) rmSync(leftover, { recursive: true, force: true });
	const pg = await startEmbeddedPostgres({ dataDir: PG_DIR, port: PG_PORT });
	const children = new Set<ChildProcess>();
	try {
		const admin = connect(pg.url('postgres'), { max: 1 });
		await admin.sql`create database rammeaftale`;
		await admin.close();
		const databaseUrl = pg.url('rammeaftale');
		const { db, sql: raw, close } = connect(databaseUrl);
		const [{ fsync }] = await raw<{ fsync: string }[]>`show fsync`;
		await applyMigrations(db);
		await loadReferenceData(db);
		const [sg] = await db.select({ id: bodies.id }).from(bodies).where(eq(bodies.slug, 'styregruppen'));
		const meetingRows = await db
			.insert(meetings)
			.values(Array.from({ length: 501 }, (_, i) => ({ bodyId: sg.id, startsAt: new Date(Date.UTC(2031, 0, 1 + i, 9)) })))
			.returning({ id: meetings.id });
		// One secretariat user per editor (edits are rate-limited per user).
		const userRows = await db
			.insert(users)
			.values(Array.from({ length: 1000 }, (_, i) => ({ email: `bench${i}@kommune.example`, name: `Bench ${i}`, role: 'secretariat' as const })))
			.returning({ id: users.id });
		const cookies: string[] = [];
		for (let i = 0; i < userRows.length; i += 50) {
			const batch = await Promise.all(userRows.slice(i, i + 50).map((u) => createSession(db, u.id)));
			cookies.push(...batch.map((s) => `session=${s.token}`));
		}
		storedBytes = async (afterId = 0) => {
			const [r] = await db
				.select({
					rows: sql<number>`count(*)::int`,
					bytes: sql<number>`coalesce(sum(octet_length(${collabUpdates.update})), 0)::bigint`,
					lastId: sql<number>`coalesce(max(${collabUpdates.id}), 0)::bigint`
				})
				.from(collabUpdates)
				.where(gt(collabUpdates.id, afterId));
			const [{ size }] = await raw<{ size: string }[]>`select pg_total_relation_size('collab_updates') + pg_total_relation_size('collab_snapshots') as size`;
			return { rows: r.rows, updateBytes: Number(r.bytes), tableBytes: Number(size), lastId: Number(r.lastId) };
		};
		const names = meetingRows.map((m) => `meeting-${m.id}`);

		const loads = {
			one_agenda_50_editors: { documents: names.slice(0, 1), perDocument: 50, rate: 2 },
			// 1.1 edits/s each: with timer jitter, at least 1,000 updates/s in total.
			agendas_500_2_editors: { documents: names.slice(1, 501), perDocument: 2, rate: 1.1 }
		};
		const results: Record<string, Record<string, unknown>> = {};
		if (PROCESSES > 1) {
			for (const [loadName, load] of Object.entries(loads)) {
				const row: Record<string, unknown> = {};
				for (const processes of [1, 2]) {
					const ports = [PORTS.ours, SECOND_PORT].slice(0, processes);
					const started = await Promise.all(ports.map((p) => startServer('ours', databaseUrl, String(p))));
					for (const c of started) children.add(c);
					try {
						row[processes === 1 ? 'one_process' : 'two_processes'] = await runLoad(
							'ours',
							started[0],
							load.documents,
							load.perDocument,
							load.rate,
							cookies,
							ports
						);
					} catch (err) {
						row[processes === 1 ? 'one_process' : 'two_processes'] = { error: (err as Error).message };
					} finally {
						for (const c of started) {
							await stopChild(c);
							children.delete(c);
						}
					}
				}
				results[loadName] = row;
			}
			await close();
			const cross = (r: Record<string, unknown>) => (r.two_processes as Result).cross_p99_ms ?? Infinity;
			const single = (r: Record<string, unknown>) => (r.one_process as Result).p99_ms ?? Infinity;
			process.stdout.write(
				JSON.stringify({
					bench: 'collab',
					processes: 2,
					seconds_per_load: SECONDS,
					node: process.version,
					postgres_fsync: fsync,
					...results,
					targets: Object.fromEntries(
						Object.entries(results).flatMap(([name, r]) => [
							[`${name}_cross_p99_le_2x_one_process`, cross(r) <= 2 * single(r)],
							[`${name}_cross_p99_le_100ms`, cross(r) <= 100]
						])
					)
				}) + '\n'
			);
			return;
		}
		for (const [loadName, load] of Object.entries(loads)) {
			const row: Record<string, unknown> = {};
			for (const kind of Object.keys(PORTS) as Kind[]) {
				const child = await startServer(kind, databaseUrl);
				children.add(child);
				try {
					row[kind] = await runLoad(kind, child, load.documents, load.perDocument, load.rate, cookies);
				} catch (err) {
					row[kind] = { error: (err as Error).message };
				} finally {
					await stopChild(child);
					children.delete(child);
				}
			}
			const ours = row.ours as Result;
			const ratio = (other: unknown) =>
				other && (other as Result).p99_ms ? Math.round((100 * ours.p99_ms) / (other as Result).p99_ms) / 100 : null;
			row.p99_ratio_ours_reference = ratio(row.reference);
			row.p99_ratio_ours_hocuspocus = ratio(row.hocuspocus);
			results[loadName] = row;
		}
		await close();
		const a = results.one_agenda_50_editors;
		const b = results.agendas_500_2_editors;
		const p99 = (r: unknown) => (r as Result | undefined)?.p99_ms ?? Infinity;
		process.stdout.write(
			JSON.stringify({
				bench: 'collab',
				seconds_per_load: SECONDS,
				node: process.version,
				postgres_fsync: fsync,
				...results,
				targets: {
					one_agenda_p99_le_50ms: p99(a.ours) <= 50,
					agendas_500_p99_le_50ms: p99(b.ours) <= 50,
					agendas_500_rss_lt_500mib: ((b.ours as Result).server_peak_rss_mib ?? Infinity) < 500,
					agendas_500_at_least_1000_updates_per_s: ((b.ours as Result).updates_per_s ?? 0) >= 1000,
					p99_le_1_5x_reference: p99(a.ours) <= 1.5 * p99(a.reference) && p99(b.ours) <= 1.5 * p99(b.reference)
				}
			}) + '\n'
		);
	} finally {
		for (const child of children) child.kill('SIGKILL');
		await pg.stop();
		rmSync(pg.dataDir, { recursive: true, force: true });
		for (const leftover of [PG_DIR, `${PG_DIR}.secret`, `${PG_DIR}.location`]) rmSync(leftover, { recursive: true, force: true });
	}
}

// ---------------------------------------------------------------------------------------------------------------
// Child mode: the reference servers.
if (process.argv[2] === 'serve') {
	const kind = process.argv[3];
	const port = Number(process.argv[4]);
	if (kind === 'reference') {
		const { setupWSConnection } = await import('@y/websocket-server/utils');
		const wss = new WebSocketServer({ noServer: true });
		const server = http.createServer((_req, res) => res.writeHead(404).end());
		server.on('upgrade', (req, socket, head) =>
			wss.handleUpgrade(req, socket, head, (ws) => setupWSConnection(ws, req))
		);
		server.listen(port, '127.0.0.1', () => process.stdout.write('ready\n'));
	} else if (kind === 'hocuspocus') {
		const { Server } = await import('@hocuspocus/server');
		const server = new Server({ port, address: '127.0.0.1', quiet: true, stopOnSignals: true });
		await server.listen();
		process.stdout.write('ready\n');
	} else {
		process.exit(2);
	}
} else {
	await main();
}
