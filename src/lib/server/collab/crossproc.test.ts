// Co-editing across processes: two co-editing servers on one database, one in a process of its own
// (scripts/collab-test-server.ts), each with its own connections and listener, fanned out through LISTEN/NOTIFY. Editors spread over both make random concurrent edits with disconnects and all
// end identical to a document reloaded from the database; presence crosses too; then one process is killed with
// SIGKILL, its editors reconnect to the other, and nothing they were told was saved is lost. The PRNG is seeded: a
// failure names its seed; rerun it with COLLAB_SEED=<seed>.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import * as Y from 'yjs';
import { createTestDb, type TestDb } from '../db/test-db';
import { connect } from '../db/connect';
import { users } from '../db/schema';
import { createSession } from '../auth/session';
import { CollabServer } from './server';
import { UpdateStore, docFromStored } from './persistence';
import { UPDATES_CHANNEL } from './fanout';
import { cookieAuthenticator, originChecker } from './authenticate';
import { documentRegistry } from './app';
import { connectClient, serve, TEST_ORIGIN, until, newestMeetingDocument, type TestClient } from './test-client';
import { itemsOf, orderedItems, text, type TextField } from '$lib/collab/agenda/model';
import { addItem } from '$lib/collab/agenda/ops';
import { toPlain } from '$lib/collab/agenda/plain';
import { freePort } from '../../../../test/free-port';

const EDITORS = 6;
const ROUNDS = 40;
const FIELDS: TextField[] = ['title', 'beslutningstema', 'indstilling', 'droftelse'];
const WORDS = ['økonomi', 'tilbud', 'takst', 'Æblø', ' ', 'ændring', '🙂', 'x'];

let db: TestDb;
let name: string;
const cookies: string[] = [];
const children = new Set<ChildProcess>();
const clients: TestClient[] = [];

function prng(seed: number) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

function canonical(value: unknown): string {
	return JSON.stringify(value, (_key, v: unknown) =>
		v && typeof v === 'object' && !Array.isArray(v)
			? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
			: v
	);
}
const state = (doc: Y.Doc) => canonical({ plain: toPlain(doc), items: itemsOf(doc).toJSON() });

/** A co-editing server in this process, as the app makes it, on `database`. */
function collabOn(database: TestDb['db']) {
	return new CollabServer({
		db: database,
		documents: documentRegistry(database),
		authenticate: cookieAuthenticator(database),
		originAllowed: originChecker(TEST_ORIGIN)
	});
}

async function startServer(): Promise<{ child: ChildProcess; url: string }> {
	const port = await freePort();
	const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/collab-test-server.ts'], {
		cwd: path.resolve(import.meta.dirname, '../../../..'),
		env: { ...process.env, DATABASE_URL: db.url, PORT: String(port), LOG_LEVEL: 'warn' },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	children.add(child);
	child.on('exit', () => children.delete(child));
	let errors = '';
	child.stderr!.on('data', (d: Buffer) => (errors += d.toString()));
	await new Promise<void>((resolve, reject) => {
		child.stdout!.on('data', (d: Buffer) => {
			if (d.toString().includes('ready')) resolve();
		});
		child.on('exit', (code) => reject(new Error(`collab-test-server exited with ${code}: ${errors}`)));
	});
	return { child, url: `ws://127.0.0.1:${port}/collab` };
}

async function fromDatabase() {
	return docFromStored(await new UpdateStore(db.db).load(name));
}

/**
 * What `editor` typed up to `stateVector` is in `stored`. Only its own client id: content relayed to it from others
 * before it was stored is theirs to have confirmed.
 */
function covers(stored: Y.Doc | Uint8Array, editor: Y.Doc, stateVector = Y.encodeStateVector(editor)) {
	const typed = Y.decodeStateVector(stateVector).get(editor.clientID) ?? 0;
	// From the stored update itself, not a Y.Doc loaded from it: an editor's stored edit may lean on another's that
	// is not stored yet (relayed before it was stored); a Y.Doc keeps such content pending, out of its state vector.
	const sv = stored instanceof Y.Doc ? Y.encodeStateVector(stored) : Y.encodeStateVectorFromUpdate(stored);
	return (Y.decodeStateVector(sv).get(editor.clientID) ?? 0) >= typed;
}

beforeAll(async () => {
	db = await createTestDb({ seeded: true });
	for (let i = 0; i < EDITORS; i++) {
		const [u] = await db.db
			.insert(users)
			.values({ email: `tvaers${i}@kommune.example`, name: `Tværs ${i}`, role: 'secretariat' })
			.returning({ id: users.id });
		cookies.push(`session=${(await createSession(db.db, u.id)).token}`);
	}
	name = await newestMeetingDocument(db.db);
});

afterAll(async () => {
	for (const c of clients) c.destroy();
	await Promise.all(
		[...children].map((child) => {
			const exited = new Promise((r) => child.once('exit', r));
			child.kill('SIGKILL');
			return exited;
		})
	);
	await db?.close();
});

it('editors on two processes converge with the database, see each other, and survive one process killed', async () => {
	const seed = Number(process.env.COLLAB_SEED ?? Date.now() % 2 ** 31);
	const random = prng(seed);
	const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
	const int = (n: number) => Math.floor(random() * n);
	// A in this process (its own pool and listener, as a process has), B a process of its own, to be killed. One
	// child instead of two keeps the test light beside the other tests that start processes.
	const pool = connect(db.url, { max: 4 });
	const inProcess = collabOn(pool.db);
	const httpA = await serve(inProcess);
	const a = { url: httpA.url };
	const b = await startServer();
	// What each editor was last told is saved: its state vector at that moment.
	const confirmed: Uint8Array[] = [];
	const onB = (i: number) => i % 2 === 1;
	try {
		for (let i = 0; i < EDITORS; i++) {
			const client = connectClient(onB(i) ? b.url : a.url, name, {
				cookie: cookies[i],
				onSaveStatus: (status) => {
					if (status === 'saved') confirmed[i] = Y.encodeStateVector(client.doc);
				}
			});
			clients.push(client);
		}
		await until(() => clients.every((c) => c.provider.synced), 15_000, 'first sync');

		// Presence crosses processes: an editor on A appears at an editor on B, and disappears when it leaves.
		clients[0].provider.awareness.setLocalStateField('user', { name: 'Tværs 0' });
		const seenOnB = () => clients[1].provider.awareness.getStates().get(clients[0].doc.clientID)?.user;
		await until(() => seenOnB() !== undefined, 10_000, 'presence across processes');

		for (let round = 0; round < ROUNDS; round++) {
			for (const [i, c] of clients.entries()) {
				if (random() < 0.05) {
					c.provider.disconnect();
					setTimeout(() => c.provider.connect(), 50 + int(200));
				}
				const order = orderedItems(c.doc);
				if (!order.length || random() < 0.05) addItem(c.doc, { title: pick(WORDS) }, int(order.length + 1));
				else {
					const field = text(pick(order).item, pick(FIELDS));
					if (field.length > 3 && random() < 0.3) field.delete(int(field.length - 1), 1 + int(2));
					else field.insert(int(field.length + 1), pick(WORDS));
				}
				if (c.saved.status === 'saved') confirmed[i] = Y.encodeStateVector(c.doc);
			}
			await new Promise((r) => setTimeout(r, 20 + int(30)));
		}
		for (const c of clients) if (!c.provider.wsconnected && !c.provider.wsconnecting) c.provider.connect();
		await until(() => clients.every((c) => c.provider.synced && c.saved.status === 'saved'), 20_000, 'all saved');
		const stored = await fromDatabase();
		await until(() => clients.every((c) => state(c.doc) === state(stored)), 20_000, 'convergence');

		clients[0].provider.disconnect();
		await until(() => seenOnB() === undefined, 10_000, 'presence removed across processes');
		clients[0].provider.connect();
		await until(() => clients[0].provider.synced, 10_000, 'resync');

		// B dies while everyone types a little more; its editors move to A with what they hold.
		for (const [i, c] of clients.entries()) text(orderedItems(c.doc)[0].item, 'droftelse').insert(0, `før${i} `);
		const killed = new Promise((r) => b.child.once('exit', r));
		b.child.kill('SIGKILL');
		await killed;
		for (const [i, c] of clients.entries()) text(orderedItems(c.doc)[0].item, 'droftelse').insert(0, `efter${i} `);
		// What was confirmed before the read (editors on A go on being confirmed while it runs).
		const confirmedBefore = [...confirmed];
		const afterKill = Y.mergeUpdates((await new UpdateStore(db.db).load(name)).updates);
		clients.forEach((c, i) => expect(covers(afterKill, c.doc, confirmedBefore[i]), `editor ${i}: confirmed kept`).toBe(true));
		for (let i = 0; i < EDITORS; i++) {
			if (!onB(i)) continue;
			const old = clients[i];
			old.provider.destroy();
			const moved = connectClient(a.url, name, { cookie: cookies[i], doc: old.doc });
			clients[i] = moved;
			clients.push(old);
		}
		const current = clients.slice(0, EDITORS);
		await until(() => current.every((c) => c.provider.synced && c.saved.status === 'saved'), 20_000, 'moved and saved');
		const final = await fromDatabase();
		for (const c of current) {
			expect(covers(final, c.doc)).toBe(true);
			await until(() => state(c.doc) === state(final), 10_000, 'final convergence');
		}
		for (let i = 0; i < EDITORS; i++) {
			expect(text(orderedItems(final)[0].item, 'droftelse').toString()).toContain(`efter${i} `);
		}
	} catch (err) {
		throw new Error(`seed ${seed}: ${(err as Error).message}`, { cause: err });
	} finally {
		for (const c of clients.splice(0)) c.destroy();
		await inProcess.close();
		await httpA.close();
		await pool.close();
	}
}, 90_000);

it('ignores a notification for a document it has not loaded', async () => {
	const collab = collabOn(db.db);
	try {
		await until(() => collab.stats().listening, 10_000, 'listening');
		await db.sql.notify(UPDATES_CHANNEL, `another meeting-999999 123`);
		await db.sql.notify(UPDATES_CHANNEL, `another ${name} 1`);
		// A notification only ever reads rows of a loaded document: nothing was loaded, nothing was read.
		await new Promise((r) => setTimeout(r, 200));
		expect(collab.stats()).toMatchObject({ documents: 0, remoteReads: 0 });
		// A loaded document reads a notified row (here one compacted away or never there: a reload).
		await collab.read(name, () => null);
		await db.sql.notify(UPDATES_CHANNEL, `another ${name} 1`);
		await until(() => collab.stats().remoteReads > 0, 10_000, 'a read for the loaded document');
	} finally {
		await collab.close();
	}
});

it('an editor arriving on a process that loads the document late sees at once who is already there', async () => {
	const [first, second] = [collabOn(db.db), collabOn(db.db)];
	const [httpFirst, httpSecond] = await Promise.all([serve(first), serve(second)]);
	// Another meeting than the other tests', so neither process has it loaded.
	const document = await newestMeetingDocument(db.db, 'styregruppen', 1);
	try {
		await until(() => first.stats().listening && second.stats().listening, 10_000, 'listening');
		const here = connectClient(httpFirst.url, document, { cookie: cookies[0] });
		clients.push(here);
		here.provider.awareness.setLocalStateField('user', { name: 'Tværs 0' });
		await until(() => here.provider.synced, 10_000, 'first sync');
		expect(second.stats().documents).toBe(0);
		// The browser renews its presence only every 15 s; the second process asks for it when it loads the document.
		const arriving = connectClient(httpSecond.url, document, { cookie: cookies[1] });
		clients.push(arriving);
		await until(() => arriving.provider.awareness.getStates().get(here.doc.clientID)?.user !== undefined, 5_000, 'presence of the one already there');
	} finally {
		await Promise.all([first.close(), second.close()]);
		await Promise.all([httpFirst.close(), httpSecond.close()]);
	}
});

it('converges after every database connection of both processes is cut while editors type', async () => {
	// Two servers in this process, each with its own connection pool and listener, as two processes have.
	const pools = [connect(db.url, { max: 3 }), connect(db.url, { max: 3 })];
	const servers = pools.map((pool) => collabOn(pool.db));
	const https = await Promise.all(servers.map((s) => serve(s)));
	const editors: TestClient[] = [];
	try {
		await until(() => servers.every((s) => s.stats().listening), 10_000, 'listening');
		for (let i = 0; i < 4; i++) editors.push(connectClient(https[i % 2].url, name, { cookie: cookies[i] }));
		clients.push(...editors);
		await until(() => editors.every((c) => c.provider.synced), 10_000, 'sync');
		for (let round = 0; round < 30; round++) {
			for (const [i, c] of editors.entries()) text(orderedItems(c.doc)[1].item, 'indstilling').insert(0, `${i}.${round} `);
			if (round % 10 === 5) {
				// The listeners and pools lose their connections, as when the database restarts. Not connections still
				// starting up: postgres.js's own start-up query (array types) has no caller to hand its error to.
				await db.sql`select pg_terminate_backend(pid) from pg_stat_activity
					where datname = current_database() and pid <> pg_backend_pid() and application_name = 'rammeaftale'
					and backend_start < now() - interval '1 second'`;
			}
			await new Promise((r) => setTimeout(r, 30));
		}
		await until(() => editors.every((c) => c.provider.synced && c.saved.status === 'saved'), 20_000, 'all saved');
		const stored = await fromDatabase();
		await until(() => editors.every((c) => state(c.doc) === state(stored)), 20_000, 'convergence');
		for (let i = 0; i < 4; i++) expect(text(orderedItems(stored)[1].item, 'indstilling').toString()).toContain(`${i}.29 `);
	} finally {
		for (const s of servers) await s.close();
		for (const h of https) await h.close();
		for (const p of pools) await p.close();
	}
}, 60_000);
