// The co-editing server against a real PostgreSQL, real WebSockets and the real y-websocket provider.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asc, eq, sql } from 'drizzle-orm';
import WebSocket from 'ws';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import { createTestDb, type TestDb } from '../db/test-db';
import { bodies, collabSnapshots, collabUpdates, meetings, users } from '../db/schema';
import { createSession, invalidateSession } from '../auth/session';
import { CollabServer } from './server';
import { cookieAuthenticator, originChecker } from './authenticate';
import { documentRegistry } from './app';
import { connectClient, serve, socketWith, TEST_ORIGIN, until, type TestClient } from './test-client';
import { orderedItems, text } from '$lib/collab/agenda/model';
import { addItem } from '$lib/collab/agenda/ops';
import { meetingDocumentName } from '../agenda/document';
import { sessionEvents } from '../auth/session-events';
import { disableUser, setRole } from '../users/users';
import { collabSnapshots as snapshots } from '../db/schema';
import { MessageType } from '$lib/collab/protocol';

let db: TestDb;
let collab: CollabServer;
let http: Awaited<ReturnType<typeof serve>>;
let staffCookie: string;
let staffSessionId: string;
let memberCookie: string;
let publishedMeeting: number;
let draftMeeting: number;
/** Opened only by the second server in the limits test: two servers must not share a loaded document (issue 12). */
let otherDraftMeeting: number;
const clients: TestClient[] = [];

async function userId(email: string) {
	const [u] = await db.db.select({ id: users.id }).from(users).where(eq(users.email, email));
	return u.id;
}

function client(name: string, options: Parameters<typeof connectClient>[2] = {}) {
	const c = connectClient(http.url, name, { cookie: staffCookie, ...options });
	clients.push(c);
	return c;
}

/** The HTTP status an upgrade is refused with (0 if it was accepted). */
function upgradeStatus(name: string, headers: Record<string, string>): Promise<number> {
	return new Promise((resolve) => {
		const ws = new WebSocket(`${http.url}/${name}`, { headers });
		ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? -1));
		ws.on('open', () => {
			ws.close();
			resolve(0);
		});
		ws.on('error', () => {});
	});
}

beforeAll(async () => {
	db = await createTestDb({ seeded: true });
	collab = new CollabServer({
		db: db.db,
		documents: documentRegistry(db.db),
		authenticate: cookieAuthenticator(db.db),
		originAllowed: originChecker(TEST_ORIGIN),
		limits: { compactAfterUpdates: 50, unloadAfterMs: 50 }
	});
	sessionEvents.on('sessionEnded', (id) => collab.closeSession(id));
	sessionEvents.on('userSessionsEnded', (id) => collab.closeUser(id));
	sessionEvents.on('userChanged', (id) => void collab.reauthorize({ userId: id }));
	http = await serve(collab);
	const staff = await createSession(db.db, await userId('sekretariat@rammeaftale.example'));
	staffCookie = `session=${staff.token}`;
	staffSessionId = staff.id;
	memberCookie = `session=${(await createSession(db.db, await userId('medlem@rammeaftale.example'))).token}`;
	const sg = await db.db
		.select({ id: meetings.id, startsAt: meetings.startsAt })
		.from(meetings)
		.innerJoin(bodies, eq(bodies.id, meetings.bodyId))
		.where(eq(bodies.slug, 'styregruppen'))
		.orderBy(asc(meetings.startsAt));
	publishedMeeting = sg.find((m) => m.startsAt.toISOString().startsWith('2022-08-1'))!.id;
	draftMeeting = sg[sg.length - 1].id;
	otherDraftMeeting = sg[sg.length - 2].id;
});

afterAll(async () => {
	for (const c of clients) c.destroy();
	sessionEvents.removeAllListeners();
	await collab.close();
	await http.close();
	await db.close();
});

describe('joining', () => {
	it('refuses an upgrade without a session, from a foreign origin, without permission, or for no such meeting', async () => {
		const name = meetingDocumentName(draftMeeting);
		expect(await upgradeStatus(name, { origin: TEST_ORIGIN })).toBe(401);
		expect(await upgradeStatus(name, { origin: 'http://evil.example', cookie: staffCookie })).toBe(403);
		expect(await upgradeStatus(name, { cookie: staffCookie })).toBe(403);
		expect(await upgradeStatus(name, { origin: TEST_ORIGIN, cookie: memberCookie })).toBe(403);
		expect(await upgradeStatus('meeting-2147483647', { origin: TEST_ORIGIN, cookie: staffCookie })).toBe(404);
		expect(await upgradeStatus('nonsense', { origin: TEST_ORIGIN, cookie: staffCookie })).toBe(404);
		expect(await upgradeStatus(name, { origin: TEST_ORIGIN, cookie: staffCookie })).toBe(0);
	});
});

describe('a new agenda', () => {
	it('starts from the standard frame, seeded once on the server, and two editors converge', async () => {
		const name = meetingDocumentName(draftMeeting);
		const a = client(name);
		const b = client(name);
		await until(() => a.provider.synced && b.provider.synced, 10_000, 'sync');
		const titles = orderedItems(a.doc).map((o) => `${o.number} ${text(o.item, 'title').toString()}`);
		expect(titles).toEqual(['0 Præsentation af nye medlemmer', '1 Godkendelse af dagsorden', '2 Evt.', '3 Næste møde']);

		const id = addItem(a.doc, { title: 'Økonomi', kind: 'decision' }, 2);
		await until(() => orderedItems(b.doc).some((o) => o.id === id), 5000, 'item at b');
		text(orderedItems(b.doc).find((o) => o.id === id)!.item, 'indstilling').insert(0, 'at styregruppen godkender');
		text(orderedItems(a.doc).find((o) => o.id === id)!.item, 'indstilling').insert(0, 'Det indstilles: ');
		await Promise.all([a.saved.whenSaved(), b.saved.whenSaved()]);
		await until(() => a.doc.getMap('items').toJSON() !== null && JSON.stringify(a.doc.toJSON()) === JSON.stringify(b.doc.toJSON()));
		expect(orderedItems(a.doc).map((o) => o.number)).toEqual(['0', '1', '2', '3', '4']);

		// What is stored is what the editors see.
		const stored = await collab.store.load(name);
		const reloaded = new Y.Doc();
		for (const u of stored.updates) Y.applyUpdate(reloaded, u);
		expect(reloaded.getMap('items').toJSON()).toEqual(a.doc.getMap('items').toJSON());
		expect(a.saved.status).toBe('saved');
	});
});

describe('the seeded meeting of 12/8-2022', () => {
	it('opens with its items and decisions, read-only because its minutes are published', async () => {
		const name = meetingDocumentName(publishedMeeting);
		const c = client(name);
		await until(() => c.provider.synced, 10_000, 'sync');
		const numbers = orderedItems(c.doc).map((o) => o.number);
		expect(numbers).toEqual(['0', '1', '2', '3', '4', '5', '6A', '6B', '6C', '7']);
		const item2 = orderedItems(c.doc).find((o) => o.number === '2')!.item;
		expect((item2.get('decisions') as Y.Array<unknown>).length).toBeGreaterThan(0);
		const [{ n }] = await db.db
			.select({ n: sql<number>`count(*)::int` })
			.from(collabUpdates)
			.where(eq(collabUpdates.document, name));
		expect(n).toBe(1);
	});

	it('drops updates and sync step 2 from a read-only connection: nothing applied, stored or relayed', async () => {
		const name = meetingDocumentName(publishedMeeting);
		const reader = client(name);
		await until(() => reader.provider.synced, 10_000, 'sync');
		const before = JSON.stringify(reader.doc.toJSON());
		const [{ n: rowsBefore }] = await db.db
			.select({ n: sql<number>`count(*)::int` })
			.from(collabUpdates)
			.where(eq(collabUpdates.document, name));

		// A rogue client: a raw socket that sends an update and a sync step 2 with content.
		const rogue = new (socketWith({ origin: TEST_ORIGIN, cookie: staffCookie }))(`${http.url}/${name}`);
		const refused: number[] = [];
		rogue.on('message', (data: Buffer) => {
			if (data[0] === MessageType.refused) refused.push(data[0]);
		});
		await new Promise((r) => rogue.on('open', r));
		const evil = new Y.Doc();
		evil.getMap('items').set('evil', new Y.Map());
		const update = Y.encodeStateAsUpdate(evil);
		for (const write of [syncProtocol.writeUpdate, syncProtocol.writeSyncStep2]) {
			const e = encoding.createEncoder();
			encoding.writeVarUint(e, MessageType.sync);
			if (write === syncProtocol.writeSyncStep2) syncProtocol.writeSyncStep2(e, evil, new Uint8Array([0]));
			else syncProtocol.writeUpdate(e, update);
			rogue.send(encoding.toUint8Array(e));
		}
		await until(() => refused.length === 2, 5000, 'refusals');
		rogue.close();
		await collab.store.flushed();
		expect(JSON.stringify(reader.doc.toJSON())).toBe(before);
		expect(reader.doc.getMap('items').has('evil')).toBe(false);
		const [{ n: rowsAfter }] = await db.db
			.select({ n: sql<number>`count(*)::int` })
			.from(collabUpdates)
			.where(eq(collabUpdates.document, name));
		expect(rowsAfter).toBe(rowsBefore);
		const live = await collab.read(name, (d) => d.getMap('items').has('evil'));
		expect(live).toBe(false);
	});
});

describe('bad input', () => {
	it('closes a socket that sends a malformed frame; the other editors go on converging', async () => {
		const name = meetingDocumentName(draftMeeting);
		const good = client(name);
		const other = client(name);
		await until(() => good.provider.synced && other.provider.synced, 10_000, 'sync');
		const bad = new (socketWith({ origin: TEST_ORIGIN, cookie: staffCookie }))(`${http.url}/${name}`);
		await new Promise((r) => bad.on('open', r));
		const closed = new Promise<number>((r) => bad.on('close', (code) => r(code)));
		bad.send(new Uint8Array([MessageType.sync, 2, 5, 255, 255, 255, 255, 255]));
		expect(await closed).toBe(1007);
		const id = addItem(good.doc, { title: 'Efter fejlen' });
		await until(() => other.doc.getMap('items').has(id), 5000, 'convergence after a bad frame');
	});

	it('closes a socket that sends a message over the size limit', async () => {
		const name = meetingDocumentName(draftMeeting);
		const big = new (socketWith({ origin: TEST_ORIGIN, cookie: staffCookie }))(`${http.url}/${name}`);
		await new Promise((r) => big.on('open', r));
		const closed = new Promise<number>((r) => big.on('close', (code) => r(code)));
		big.send(new Uint8Array(collab.limits.maxMessageBytes + 1));
		expect(await closed).toBe(1009);
	});
});

describe('sessions', () => {
	it('signing out closes the user’s open sockets at once', async () => {
		const extra = await createSession(db.db, await userId('sekretariat@rammeaftale.example'));
		const c = client(meetingDocumentName(draftMeeting), { cookie: `session=${extra.token}` });
		await until(() => c.provider.synced, 10_000, 'sync');
		const started = Date.now();
		await invalidateSession(db.db, extra.id);
		await until(() => c.closes.includes(4401), 1000, 'close within a second');
		expect(Date.now() - started).toBeLessThan(1000);
		expect(staffSessionId).not.toBe(extra.id);
	});
});

describe('losing access', () => {
	async function staffUser(email: string) {
		const [admin] = await db.db.select({ id: users.id }).from(users).where(eq(users.email, 'admin@rammeaftale.example'));
		const [u] = await db.db
			.insert(users)
			.values({ email, name: email, role: 'secretariat' })
			.returning({ id: users.id });
		const session = await createSession(db.db, u.id);
		return { id: u.id, adminId: admin.id, cookie: `session=${session.token}` };
	}

	it('disabling a user closes their sockets within a second', async () => {
		const u = await staffUser('deaktiveres@kommune.example');
		const c = client(meetingDocumentName(draftMeeting), { cookie: u.cookie });
		await until(() => c.provider.synced, 10_000, 'sync');
		await disableUser(db.db, u.id, { by: u.adminId });
		await until(() => c.closes.includes(4401), 1000, 'close within a second');
	});

	it('losing the secretariat role closes the socket to the draft within a second', async () => {
		const u = await staffUser('rolle@kommune.example');
		const c = client(meetingDocumentName(draftMeeting), { cookie: u.cookie });
		await until(() => c.provider.synced, 10_000, 'sync');
		await setRole(db.db, u.id, 'member', { by: u.adminId });
		await until(() => c.closes.includes(4403), 1000, 'close within a second');
	});
});

describe('limits', () => {
	it('refuses more connections to a document than the limit, and closes an editor over the rate, who then resyncs', async () => {
		const small = new CollabServer({
			db: db.db,
			documents: documentRegistry(db.db),
			authenticate: cookieAuthenticator(db.db),
			originAllowed: originChecker(TEST_ORIGIN),
			limits: { maxConnectionsPerDocument: 2, editsPerSecond: 5, editBurst: 5 }
		});
		const served = await serve(small);
		const name = meetingDocumentName(otherDraftMeeting);
		const a = connectClient(served.url, name, { cookie: staffCookie });
		const b = connectClient(served.url, name, { cookie: staffCookie });
		try {
			await until(() => a.provider.synced && b.provider.synced, 10_000, 'sync');
			const status = await new Promise<number>((resolve) => {
				const ws = new WebSocket(`${served.url}/${name}`, { headers: { origin: TEST_ORIGIN, cookie: staffCookie } });
				ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? -1));
				ws.on('open', () => resolve(0));
				ws.on('error', () => {});
			});
			expect(status).toBe(503);

			const field = text(orderedItems(a.doc)[0].item, 'baggrund');
			for (let i = 0; i < 30; i++) field.insert(field.length, String(i % 10));
			await until(() => a.closes.includes(4529), 5000, 'rate-limit close');
			// The provider reconnects after its backoff and resyncs: nothing typed is lost.
			await a.saved.whenSaved();
			await until(() => text(orderedItems(b.doc)[0].item, 'baggrund').toString() === field.toString(), 10_000, 'b converges');
		} finally {
			a.destroy();
			b.destroy();
			await small.close();
			await served.close();
		}
	});

	it('refuses the connection when a document cannot be loaded, and stores nothing over it', async () => {
		// A K17 meeting: no test has opened its document yet.
		const [meeting] = await db.db
			.select({ id: meetings.id })
			.from(meetings)
			.innerJoin(bodies, eq(bodies.id, meetings.bodyId))
			.where(eq(bodies.slug, 'k17'))
			.orderBy(asc(meetings.startsAt))
			.limit(1);
		const name = meetingDocumentName(meeting.id);
		// Not a Yjs update: its first number never ends.
		const corrupt = new Uint8Array([0xff, 0xff, 0xff]);
		await db.db.insert(snapshots).values({ document: name, state: corrupt });
		expect(await upgradeStatus(name, { origin: TEST_ORIGIN, cookie: staffCookie })).toBe(503);
		const [row] = await db.db.select().from(snapshots).where(eq(snapshots.document, name));
		expect(Array.from(row.state)).toEqual(Array.from(corrupt));
		const [{ n }] = await db.db
			.select({ n: sql<number>`count(*)::int` })
			.from(collabUpdates)
			.where(eq(collabUpdates.document, name));
		expect(n).toBe(0);
	});
});

describe('compaction', () => {
	it('merges stored updates into a snapshot past the threshold; the document reloads the same', async () => {
		const name = meetingDocumentName(draftMeeting);
		const c = client(name);
		await until(() => c.provider.synced, 10_000, 'sync');
		const first = orderedItems(c.doc)[0].item;
		for (let i = 0; i < 120; i++) text(first, 'baggrund').insert(0, 'x');
		await c.saved.whenSaved();
		const rows = async () =>
			(
				await db.db
					.select({ n: sql<number>`count(*)::int` })
					.from(collabUpdates)
					.where(eq(collabUpdates.document, name))
			)[0].n;
		// Compaction runs in the background after the flush that crosses the threshold.
		await collab.settled();
		const snapshots = await db.db.select().from(collabSnapshots).where(eq(collabSnapshots.document, name));
		expect(snapshots).toHaveLength(1);
		expect(await rows()).toBeLessThan(120);
		const stored = await collab.store.load(name);
		const reloaded = new Y.Doc();
		for (const u of stored.updates) Y.applyUpdate(reloaded, u);
		const live = c.doc.getMap('items').toJSON();
		const again = reloaded.getMap('items').toJSON();
		for (const id of Object.keys(live)) expect(again[id], id).toEqual(live[id]);
		expect(Object.keys(again).sort()).toEqual(Object.keys(live).sort());
	});
});
