// Crash: the co-editing server runs in its own process and is killed with SIGKILL while three editors type. After a
// restart, everything each editor had been told was saved is in the document, deletions included; what was not yet
// confirmed may be lost (the editor showed "saving"), nothing confirmed may be.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import * as Y from 'yjs';
import { createTestDb, type TestDb } from '../db/test-db';
import { users } from '../db/schema';
import { createSession } from '../auth/session';
import { connectClient, until, newestMeetingDocument, type TestClient } from './test-client';
import { orderedItems, text } from '$lib/collab/agenda/model';
import { freePort } from '../../../../test/free-port';

// Each test starts server processes through tsx (20–35 s on two busy cores while the other test files run); the
// rounds of typing are fixed, so this limit bounds a stuck test, not the work.
const CHILD_PROCESS_TEST_MS = 90_000;

const EDITORS = 3;
let db: TestDb;
let port: number;
let name: string;
const cookies: string[] = [];
const children = new Set<ChildProcess>();
const clients: TestClient[] = [];

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

it('after kill -9 while three editors type, everything confirmed as saved is there', async () => {
	const first = await startServer();
	const url = `ws://127.0.0.1:${port}/collab`;
	// Each editor types at the end of its own item's "baggrund", and now and then deletes its last letter (deletions
	// must be confirmed too). `history` is every text it had; `confirmedAt` the last one its tracker showed as saved.
	const fields: Y.Text[] = [];
	const editors = Array.from({ length: EDITORS }, (_, i) => {
		const editor = { client: null as unknown as TestClient, history: [] as string[], confirmedAt: -1 };
		editor.client = connectClient(url, name, {
			cookie: cookies[i],
			onSaveStatus: (status) => {
				if (status === 'saved' && fields[i]) editor.confirmedAt = editor.history.length - 1;
			}
		});
		clients.push(editor.client);
		return editor;
	});
	await until(() => editors.every((e) => e.client.provider.synced), 10_000, 'sync');
	editors.forEach((e, i) => {
		fields[i] = text(orderedItems(e.client.doc)[i].item, 'baggrund');
		e.history.push(fields[i].toString());
	});
	const start = fields.map((f) => f.toString());

	let typing = true;
	const keys = 'abcdefghijklmnopqrstuvwxyzæøå ';
	const loops = editors.map(async (e, i) => {
		let n = 0;
		while (typing) {
			n++;
			if (n % 5 === 0 && fields[i].length > start[i].length) fields[i].delete(fields[i].length - 1, 1);
			else fields[i].insert(fields[i].length, keys[(n * 7 + i) % keys.length]);
			e.history.push(fields[i].toString());
			if (e.client.saved.status === 'saved') e.confirmedAt = e.history.length - 1;
			await new Promise((r) => setTimeout(r, 15 + (n % 10)));
		}
	});
	// Kill while they type, once each has something confirmed and typing goes on.
	await until(
		() => editors.every((e, i) => e.confirmedAt >= 0 && e.history[e.confirmedAt].length >= start[i].length + 15),
		15_000,
		'saves'
	);
	const exited = new Promise((r) => first.once('exit', r));
	first.kill('SIGKILL');
	await exited;
	typing = false;
	await Promise.all(loops);
	// What each editor may find after the restart: the text it was told was saved, or any later one it typed.
	const allowed = editors.map((e) => e.history.slice(e.confirmedAt));
	// The editors go away with whatever was not stored: only the database speaks for them now.
	for (const e of editors) e.client.destroy();

	await startServer();
	const reader = connectClient(url, name, { cookie: cookies[0] });
	clients.push(reader);
	await until(() => reader.provider.synced, 10_000, 'sync after restart');
	const items = orderedItems(reader.doc);
	allowed.forEach((texts, i) => {
		expect(texts[0].length).toBeGreaterThan(start[i].length);
		expect(texts).toContain(text(items[i].item, 'baggrund').toString());
	});
}, CHILD_PROCESS_TEST_MS);

it('on SIGTERM with editors connected, the server tells them it is going away, keeps what they typed and exits by itself', async () => {
	// The previous test's restarted server still holds the port.
	await Promise.all(
		[...children].map((child) => new Promise((resolve) => (child.once('exit', resolve), child.kill('SIGKILL'))))
	);
	const server = await startServer();
	const url = `ws://127.0.0.1:${port}/collab`;
	const editor = connectClient(url, name, { cookie: cookies[0] });
	clients.push(editor);
	await until(() => editor.provider.synced, 10_000, 'sync');
	const field = text(orderedItems(editor.doc)[0].item, 'indstilling');
	field.insert(field.length, ' Afsluttet pænt.');
	await editor.saved.whenSaved();
	const exit = new Promise<number | null>((resolve) => server.once('exit', (code) => resolve(code)));
	server.kill('SIGTERM');
	let code: number | null | undefined;
	void exit.then((c) => (code = c));
	await until(() => code !== undefined, 15_000, 'the server to exit by itself');
	expect(code).toBe(0);
	expect(editor.closes).toContain(1001);
	const typed = field.toString();
	editor.destroy();

	await startServer();
	const reader = connectClient(url, name, { cookie: cookies[1] });
	clients.push(reader);
	await until(() => reader.provider.synced, 10_000, 'sync after restart');
	expect(text(orderedItems(reader.doc)[0].item, 'indstilling').toString()).toBe(typed);
}, CHILD_PROCESS_TEST_MS);
