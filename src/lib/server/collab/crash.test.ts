// Crash: the co-editing server runs in its own process and is killed with SIGKILL while three editors type. After a
// restart, everything each editor had been told was saved is in the document; what was not yet confirmed may be
// lost (the editor showed "saving"), nothing confirmed may be.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { desc, eq } from 'drizzle-orm';
import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import { createTestDb, type TestDb } from '../db/test-db';
import { bodies, meetings, users } from '../db/schema';
import { createSession } from '../auth/session';
import { connectClient, until, type TestClient } from './test-client';
import { orderedItems, text } from '$lib/collab/agenda/model';
import { MessageType } from '$lib/collab/protocol';
import { meetingDocumentName } from '../agenda/document';

const EDITORS = 3;
let db: TestDb;
let port: number;
let name: string;
const cookies: string[] = [];
const children = new Set<ChildProcess>();
const clients: TestClient[] = [];

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = net.createServer().listen(0, '127.0.0.1', () => {
			const { port } = server.address() as net.AddressInfo;
			server.close(() => resolve(port));
		});
		server.on('error', reject);
	});
}

/** scripts/collab-test-server.ts in a child process; resolves once it prints "ready". */
function startServer(): Promise<ChildProcess> {
	const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/collab-test-server.ts'], {
		cwd: path.resolve(import.meta.dirname, '../../../..'),
		env: { ...process.env, DATABASE_URL: db.url, PORT: String(port), LOG_LEVEL: 'warn' },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	children.add(child);
	child.on('exit', () => children.delete(child));
	let errors = '';
	child.stderr!.on('data', (d: Buffer) => (errors += d.toString()));
	return new Promise((resolve, reject) => {
		child.stdout!.on('data', (d: Buffer) => {
			if (d.toString().includes('ready')) resolve(child);
		});
		child.on('exit', (code) => reject(new Error(`collab-test-server exited with ${code}: ${errors}`)));
	});
}

beforeAll(async () => {
	db = await createTestDb({ seeded: true });
	port = await freePort();
	for (let i = 0; i < EDITORS; i++) {
		const [u] = await db.db
			.insert(users)
			.values({ email: `skriver${i}@kommune.example`, name: `Skriver ${i}`, role: 'secretariat' })
			.returning({ id: users.id });
		cookies.push(`session=${(await createSession(db.db, u.id)).token}`);
	}
	const [meeting] = await db.db
		.select({ id: meetings.id })
		.from(meetings)
		.innerJoin(bodies, eq(bodies.id, meetings.bodyId))
		.where(eq(bodies.slug, 'styregruppen'))
		.orderBy(desc(meetings.startsAt))
		.limit(1);
	name = meetingDocumentName(meeting.id);
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

it('after kill -9 while three editors type, everything confirmed as saved is there', async () => {
	const first = await startServer();
	const url = `ws://127.0.0.1:${port}/collab`;
	// Each editor types at the end of its own item's "baggrund"; `confirmed` is its text as of the last "saved"
	// message from the server covering it (the state vector of what is stored), read the way the tracker reads it.
	const editors = Array.from({ length: EDITORS }, (_, i) => {
		const client = connectClient(url, name, { cookie: cookies[i] });
		clients.push(client);
		const typed: { clock: number; text: string }[] = [];
		const editor = { client, typed, confirmed: '', stored: 0 };
		const tracker = client.provider.messageHandlers[MessageType.saved];
		client.provider.messageHandlers[MessageType.saved] = (encoder, decoder, provider, emitSynced, type) => {
			const vector = Y.decodeStateVector(decoding.readVarUint8Array(decoding.clone(decoder)));
			editor.stored = Math.max(editor.stored, vector.get(client.doc.clientID) ?? 0);
			while (typed.length && typed[0].clock <= editor.stored) editor.confirmed = typed.shift()!.text;
			tracker(encoder, decoder, provider, emitSynced, type);
		};
		return editor;
	});
	await until(() => editors.every((e) => e.client.provider.synced), 10_000, 'sync');
	const fields = editors.map((e, i) => text(orderedItems(e.client.doc)[i].item, 'baggrund'));
	const start = fields.map((f) => f.toString());

	let typing = true;
	const keys = 'abcdefghijklmnopqrstuvwxyzæøå ';
	const loops = editors.map(async (e, i) => {
		let n = 0;
		while (typing) {
			fields[i].insert(fields[i].length, keys[(n++ * 7 + i) % keys.length]);
			e.typed.push({ clock: Y.getState(e.client.doc.store, e.client.doc.clientID), text: fields[i].toString() });
			await new Promise((r) => setTimeout(r, 15 + (n % 10)));
		}
	});
	// Kill while they type, once each has something confirmed and typing goes on.
	await until(() => editors.every((e) => e.confirmed.length >= start[editors.indexOf(e)].length + 20), 15_000, 'saves');
	const exited = new Promise((r) => first.once('exit', r));
	first.kill('SIGKILL');
	await exited;
	typing = false;
	await Promise.all(loops);
	const confirmed = editors.map((e) => e.confirmed);
	// The editors go away with whatever was not stored: only the database speaks for them now.
	for (const e of editors) e.client.destroy();

	await startServer();
	const reader = connectClient(url, name, { cookie: cookies[0] });
	clients.push(reader);
	await until(() => reader.provider.synced, 10_000, 'sync after restart');
	const items = orderedItems(reader.doc);
	confirmed.forEach((saved, i) => {
		expect(saved.length).toBeGreaterThan(start[i].length);
		expect(text(items[i].item, 'baggrund').toString().startsWith(saved)).toBe(true);
	});
}, 45_000);
