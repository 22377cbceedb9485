// Co-editing survives a real database restart: a throwaway embedded cluster (the shared test database cannot be
// restarted, so crossproc.test.ts only cuts connections), two co-editing servers on it, each with its own pool and
// listener as two processes have, four editors spread over both. PostgreSQL is stopped for ~2 s while they type and
// started again on the same port and data directory; they type a little more. Then every editor and a document
// reloaded from the database are identical, and everything an editor was told was saved before the stop is stored.
// Fixed seed and rounds.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as Y from 'yjs';
import { startEmbeddedPostgres, type EmbeddedServer } from '../db/embedded-postgres';
import { connect, type Connection } from '../db/connect';
import { migrateAndSeed } from '../db';
import { users } from '../db/schema';
import { createSession } from '../auth/session';
import { CollabServer } from './server';
import { UpdateStore, docFromStored } from './persistence';
import { cookieAuthenticator, originChecker } from './authenticate';
import { documentRegistry } from './app';
import { connectClient, serve, TEST_ORIGIN, until, type TestClient } from './test-client';
import { itemsOf, orderedItems, text, type TextField } from '$lib/collab/agenda/model';
import { addItem } from '$lib/collab/agenda/ops';
import { toPlain } from '$lib/collab/agenda/plain';
import type { SaveStatus } from '$lib/collab/save-status';
import { meetingDocumentName } from '../agenda/document';
import { freePort } from '../../../../test/free-port';

const EDITORS = 4;
const SEED = 1207;
// Not 'indstilling': it holds the per-round markers, which random deletions must not cut.
const FIELDS: TextField[] = ['title', 'beslutningstema', 'droftelse'];
const WORDS = ['økonomi', 'tilbud', 'Æblø', ' ', 'ændring', '🙂', 'x'];

const base = mkdtempSync(path.join(tmpdir(), 'rammeaftale-dbrestart-'));
chmodSync(base, 0o755); // PostgreSQL runs as the postgres user when the tests run as root
const dataDir = path.join(base, 'cluster');
let port: number;
let pg: EmbeddedServer | undefined;
let name: string;
const cookies: string[] = [];

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

/** What `editor` typed up to `stateVector` (its own client id only) is in the stored update. */
function covers(stored: Uint8Array, editor: Y.Doc, stateVector: Uint8Array) {
	const typed = Y.decodeStateVector(stateVector).get(editor.clientID) ?? 0;
	return (Y.decodeStateVector(Y.encodeStateVectorFromUpdate(stored)).get(editor.clientID) ?? 0) >= typed;
}

/** A short-lived connection of the test's own, so no pool of the test outlives the restart. */
async function withDb<T>(use: (c: Connection) => Promise<T>): Promise<T> {
	const c = connect(pg!.url('rammeaftale'), { max: 2 }); // migrateAndSeed reserves one for its lock
	try {
		return await use(c);
	} finally {
		await c.close();
	}
}

beforeAll(async () => {
	port = await freePort();
	pg = await startEmbeddedPostgres({ dataDir, port });
	const admin = connect(pg.url('postgres'), { max: 1 });
	await admin.sql`create database rammeaftale`;
	await admin.close();
	await withDb(async (app) => {
		await migrateAndSeed(app, { DEMO_USERS: 'off' });
		for (let i = 0; i < EDITORS; i++) {
			const [u] = await app.db
				.insert(users)
				.values({ email: `genstart${i}@kommune.example`, name: `Genstart ${i}`, role: 'secretariat' })
				.returning({ id: users.id });
			cookies.push(`session=${(await createSession(app.db, u.id)).token}`);
		}
		// As crossproc.test.ts: the steering group's latest meeting, one the secretariat may edit.
		const [meeting] = await app.sql<{ id: number }[]>`select m.id from meetings m join bodies b on b.id = m.body_id
			where b.slug = 'styregruppen' order by m.starts_at desc limit 1`;
		name = meetingDocumentName(meeting.id);
	});
}, 60_000);

afterAll(async () => {
	await pg?.stop();
	rmSync(base, { recursive: true, force: true });
	rmSync(`${dataDir}.secret`, { force: true });
});

it('editors on two servers converge and keep what was saved across a PostgreSQL stop and start', async () => {
	const random = prng(SEED);
	const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
	const int = (n: number) => Math.floor(random() * n);
	const pools = [connect(pg!.url('rammeaftale'), { max: 3 }), connect(pg!.url('rammeaftale'), { max: 3 })];
	const servers = pools.map(
		(pool) =>
			new CollabServer({
				db: pool.db,
				documents: documentRegistry(pool.db),
				authenticate: cookieAuthenticator(pool.db),
				originAllowed: originChecker(TEST_ORIGIN)
			})
	);
	const https = await Promise.all(servers.map((s) => serve(s)));
	const editors: TestClient[] = [];
	// What each editor was last told is saved (its state vector then), and every status it showed.
	const confirmed: Uint8Array[] = [];
	const statuses: SaveStatus[][] = Array.from({ length: EDITORS }, () => []);
	const type = (round: string) => {
		for (const [i, c] of editors.entries()) {
			const order = orderedItems(c.doc);
			const field = text(pick(order).item, pick(FIELDS));
			if (field.length > 3 && random() < 0.3) field.delete(int(field.length - 1), 1 + int(2));
			else field.insert(int(field.length + 1), pick(WORDS));
			// A marker per editor and round at the start of the first item, to check by name at the end.
			text(order[0].item, 'indstilling').insert(0, `${i}.${round} `);
			if (c.saved.status === 'saved') confirmed[i] = Y.encodeStateVector(c.doc);
		}
	};
	try {
		await until(() => servers.every((s) => s.stats().listening), 10_000, 'listening');
		for (let i = 0; i < EDITORS; i++) {
			const client: TestClient = connectClient(https[i % 2].url, name, {
				cookie: cookies[i],
				onSaveStatus: (status) => {
					statuses[i].push(status);
					if (status === 'saved') confirmed[i] = Y.encodeStateVector(client.doc);
				}
			});
			editors.push(client);
		}
		await until(() => editors.every((c) => c.provider.synced), 15_000, 'first sync');
		// The seeded meeting's document may start empty: one item for everyone to type in.
		if (!orderedItems(editors[0].doc).length) {
			addItem(editors[0].doc, { title: 'Punkt' }, 0);
		}
		await until(() => editors.every((c) => orderedItems(c.doc).length > 0), 10_000, 'an item everywhere');

		for (let round = 0; round < 15; round++) {
			type(`før${round}`);
			await new Promise((r) => setTimeout(r, 20 + int(30)));
		}

		// PostgreSQL goes away (fast shutdown: sessions end) while everyone keeps typing for ~2 s.
		const confirmedBeforeStop = [...confirmed];
		const statusesBefore = statuses.map((s) => s.length);
		await pg!.stop();
		const stoppedAt = Date.now();
		for (let round = 0; Date.now() - stoppedAt < 2000; round++) {
			type(`nede${round}`);
			await new Promise((r) => setTimeout(r, 50));
		}
		pg = await startEmbeddedPostgres({ dataDir, port });
		for (let round = 0; round < 10; round++) {
			type(`efter${round}`);
			await new Promise((r) => setTimeout(r, 20 + int(30)));
		}

		await until(() => editors.every((c) => c.provider.synced && c.saved.status === 'saved'), 30_000, 'all saved');
		const stored = await withDb(async (c) => new UpdateStore(c.db).load(name));
		const merged = Y.mergeUpdates(stored.updates);
		editors.forEach((c, i) => {
			expect(confirmedBeforeStop[i], `editor ${i}: told saved before the stop`).toBeDefined();
			expect(covers(merged, c.doc, confirmedBeforeStop[i]), `editor ${i}: saved before the stop kept`).toBe(true);
		});
		const reloaded = docFromStored(stored);
		await until(() => editors.every((c) => state(c.doc) === state(reloaded)), 20_000, 'convergence with the database');
		const marks = text(orderedItems(reloaded)[0].item, 'indstilling').toString();
		for (let i = 0; i < EDITORS; i++) {
			expect(marks).toContain(`${i}.før14 `);
			expect(marks).toContain(`${i}.nede0 `);
			expect(marks).toContain(`${i}.efter9 `);
		}
		// While the database was away the editors were not told "saved" for what they typed; afterwards they were.
		expect(statuses.some((s, i) => s.slice(statusesBefore[i]).some((st) => st !== 'saved'))).toBe(true);
		expect(editors.every((c) => c.saved.status === 'saved')).toBe(true);
	} finally {
		for (const c of editors) c.destroy();
		for (const s of servers) await s.close();
		for (const h of https) await h.close();
		for (const p of pools) await p.close();
	}
}, 60_000);
