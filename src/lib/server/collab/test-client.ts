// For tests and benchmarks: the real y-websocket provider in Node, against a real co-editing server on a real
// HTTP server, with a session cookie and an Origin header as a browser would send them.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { trackSaveStatus, type SaveStatus, type SaveTracker } from '$lib/collab/save-status';
import type { CollabServer } from './server';
import { desc, eq } from 'drizzle-orm';
import type { Db } from '../db/types';
import { bodies, meetings } from '../db/schema';
import { meetingDocumentName } from '../agenda/document';

export const TEST_ORIGIN = 'http://collab.test';

/** A WebSocket class that sends the given headers on the upgrade request. */
export function socketWith(headers: Record<string, string>) {
	return class extends WebSocket {
		constructor(url: string | URL, protocols?: string | string[]) {
			super(url, protocols, { headers });
		}
	};
}

export interface TestClient {
	doc: Y.Doc;
	provider: WebsocketProvider;
	saved: SaveTracker;
	refused: string[];
	closes: number[];
	destroy(): void;
}

export function connectClient(
	baseUrl: string,
	name: string,
	{
		cookie,
		origin = TEST_ORIGIN,
		connect = true,
		onSaveStatus,
		doc = new Y.Doc()
	}: {
		cookie?: string;
		origin?: string;
		connect?: boolean;
		onSaveStatus?: (status: SaveStatus) => void;
		/** An editor's document carried over to a new connection (another process after one went away). */
		doc?: Y.Doc;
	} = {}
): TestClient {
	const headers: Record<string, string> = { origin };
	if (cookie) headers.cookie = cookie;
	const provider = new WebsocketProvider(baseUrl, name, doc, {
		WebSocketPolyfill: socketWith(headers) as unknown as typeof globalThis.WebSocket,
		disableBc: true,
		connect,
		maxBackoffTime: 500
	});
	const refused: string[] = [];
	const closes: number[] = [];
	provider.on('connection-close', (event) => {
		if (event) closes.push(event.code);
	});
	const saved = trackSaveStatus(provider, { onRefused: (r) => refused.push(r), onChange: onSaveStatus });
	return {
		doc,
		provider,
		saved,
		refused,
		closes,
		destroy() {
			saved.destroy();
			provider.destroy();
			doc.destroy();
		}
	};
}

/** An HTTP server on a loopback port (a free one unless given: a restart reuses the port) whose upgrades go to `collab`. */
export async function serve(
	collab: CollabServer,
	listenPort = 0
): Promise<{ url: string; port: number; server: http.Server; close(): Promise<void> }> {
	const server = http.createServer((_req, res) => res.writeHead(404).end());
	server.on('upgrade', (req, socket, head) => {
		if (collab.handles(req)) void collab.handleUpgrade(req, socket, head);
		else socket.destroy();
	});
	await new Promise<void>((resolve) => server.listen(listenPort, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `ws://127.0.0.1:${port}/collab`,
		port,
		server,
		close: () =>
			new Promise<void>((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			})
	};
}

/** Resolves when `check` holds, polling on the event loop; rejects after `ms`. */
export async function until(check: () => boolean, ms = 10_000, what = 'condition'): Promise<void> {
	const start = Date.now();
	while (!check()) {
		if (Date.now() - start > ms) throw new Error(`timed out waiting for ${what}`);
		await new Promise((r) => setImmediate(r));
		await new Promise((r) => setTimeout(r, 5));
	}
}

/** The agenda document of a body's newest meeting, or of the one `skip` meetings before it (seeded data). */
export async function newestMeetingDocument(db: Db, bodySlug = 'styregruppen', skip = 0): Promise<string> {
	const [meeting] = await db
		.select({ id: meetings.id })
		.from(meetings)
		.innerJoin(bodies, eq(bodies.id, meetings.bodyId))
		.where(eq(bodies.slug, bodySlug))
		.orderBy(desc(meetings.startsAt))
		.offset(skip)
		.limit(1);
	return meetingDocumentName(meeting.id);
}
