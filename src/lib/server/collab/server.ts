// The co-editing server: y-websocket's protocol on `ws`, with our permissions, persistence and limits.
// Learned from the reference y-websocket server and Hocuspocus: authenticate before the upgrade, read-only means
// read-only (update and sync-step-2 messages from a reader are dropped, not applied), every update stored before
// its sender is told it is saved, documents unloaded only after a successful flush.
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, WebSocket } from 'ws';
import * as Y from 'yjs';
import * as syncProtocol from 'y-protocols/sync';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as encoding from 'lib0/encoding';
import * as decoding from 'lib0/decoding';
import type { Db } from '../db/types';
import type { SessionUser } from '../auth/session';
import { logger } from '../log';
import { UpdateStore, clientOf, docFromStored } from './persistence';
import { Fanout } from './fanout';
import { defaultLimits, CloseCode, RateBucket, type CollabLimits } from './limits';
import { MessageType, RefusedReason } from '$lib/collab/protocol';
import { awarenessMessage, isEmptyUpdate, refuse, refusedMessage, savedMessage } from './wire';

const log = logger.child({ part: 'collab' });

export type Access = 'write' | 'read';
export type AccessResult = Access | 'forbidden' | 'not-found';

/** What the server needs to know about the documents it serves (see documents.ts). */
export interface DocumentRegistry {
	/** Whether `user` may write, only read, or not open `name`; consults the policy module. */
	access(user: SessionUser, name: string): Promise<AccessResult>;
	/** The first content of a document nothing is stored for yet, as one update; null stores nothing. */
	seed(name: string): Promise<Uint8Array | null>;
}

export interface Authenticated {
	user: SessionUser;
	sessionId: string;
	/** Checks again that the session is still valid (expiry). */
	stillValid: () => Promise<SessionUser | null>;
}

export interface CollabServerOptions {
	db: Db;
	documents: DocumentRegistry;
	/** Reads the session from the upgrade request (cookie). */
	authenticate: (req: IncomingMessage) => Promise<Authenticated | null>;
	/** Whether the request's Origin is the app's own. */
	originAllowed: (req: IncomingMessage) => boolean;
	limits?: Partial<CollabLimits>;
	/** URL prefix of document names: `/collab/meeting-12`. */
	prefix?: string;
	/**
	 * Co-editing across processes on the same database through LISTEN/NOTIFY (fanout.ts); on by default, so that
	 * running a second process needs no setting.
	 */
	fanout?: boolean;
}

/** Origin of content another process stored: relayed to our clients, not stored or notified again. */
const REMOTE = Symbol('remote');
/** Remote content that also let pending local content in (it waited for it): stored like a local update. */
const REMOTE_RESOLVING = Symbol('remote-resolving');

interface Connection {
	ws: WebSocket;
	doc: LoadedDocument;
	auth: Authenticated;
	access: Access;
	/** Awareness client ids this connection controls, removed when it closes. */
	clients: Set<number>;
	alive: boolean;
	/** Edit messages (sync step 2 and updates) received from this connection, counted as the client counts them. */
	received: number;
	/** How many of them are stored (or needed nothing stored); sent to the client as "saved". */
	acked: number;
	ackScheduled: boolean;
	/** A received message whose content waits for an update it depends on: acknowledged once that is stored. */
	waitingAck: number;
}

interface LoadedDocument {
	name: string;
	ydoc: Y.Doc;
	awareness: awarenessProtocol.Awareness;
	connections: Set<Connection>;
	/** Update rows stored beside the snapshot; compaction runs past the limit. */
	storedRows: number;
	compacting: boolean;
	/** Resolves when the latest update appended for this document is stored (appends commit in order). */
	lastAppend: Promise<void>;
	unloadTimer: NodeJS.Timeout | null;
	/** Rows other processes stored (notified) and this one has not read yet. */
	remoteIds: Set<number>;
	/** A reload from snapshot + rows is due (a listener reconnect, or notified rows compacted away). */
	remoteReload: boolean;
	remoteReading: boolean;
}

const DOCUMENT_NAME = /^[a-z][a-z-]*-[1-9][0-9]{0,9}$/;

export class CollabServer {
	readonly limits: CollabLimits;
	readonly store: UpdateStore;
	private readonly wss: WebSocketServer;
	private readonly documents = new Map<string, LoadedDocument>();
	private readonly loading = new Map<string, Promise<LoadedDocument>>();
	private readonly buckets = new Map<number, RateBucket>();
	private readonly prefix: string;
	private readonly timers: NodeJS.Timeout[] = [];
	/** Compactions and unloads under way: shutdown waits for them before the database goes. */
	private readonly background = new Set<Promise<unknown>>();
	private closing = false;
	private closed: Promise<void> | null = null;
	private readonly fanout: Fanout | null;
	/** Notified row ids for documents being loaded: read once the load is done (they may postdate its read). */
	private readonly notifiedWhileLoading = new Map<string, Set<number>>();
	/** Reads of other processes' rows so far (stats, tests). */
	private remoteReads = 0;
	/** Loaded documents with notified rows to read, and whether the read loop runs. */
	private readonly remoteDirty = new Set<LoadedDocument>();
	private remoteLooping = false;

	constructor(private readonly options: CollabServerOptions) {
		this.limits = { ...defaultLimits, ...options.limits };
		this.prefix = options.prefix ?? '/collab/';
		const client = options.fanout === false ? null : clientOf(options.db);
		this.fanout = !client
			? null
			: new Fanout(client, {
						updates: (name, ids) => this.onRemoteRows(name, ids),
						awareness: (name, update) => this.onRemoteAwareness(name, update),
						presenceWanted: (name) => this.sendOwnPresence(name),
						listening: () => this.catchUp()
					});
		this.store = new UpdateStore(options.db, this.fanout?.origin ?? null);
		if (this.fanout) {
			const fanout = this.fanout;
			this.track(
				fanout.start().catch((err) => log.error({ err }, 'samredigering på tværs af processer kunne ikke starte'))
			);
		}
		this.wss = new WebSocketServer({ noServer: true, maxPayload: this.limits.maxMessageBytes });
		const ping = setInterval(() => this.pingAll(), this.limits.pingTimeoutMs);
		const revalidate = setInterval(() => void this.revalidateAll(), this.limits.revalidateEveryMs);
		ping.unref();
		revalidate.unref();
		this.timers.push(ping, revalidate);
	}

	/** Whether an upgrade request is for us (the HTTP server hands others on). */
	handles(req: IncomingMessage): boolean {
		return (req.url ?? '').startsWith(this.prefix);
	}

	/** Takes a WebSocket upgrade: checks Origin, session and permission before upgrading. */
	async handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
		socket.on('error', () => socket.destroy());
		try {
			const name = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname.slice(this.prefix.length));
			if (this.closing) return refuse(socket, 503, 'Service Unavailable');
			if (!this.options.originAllowed(req)) return refuse(socket, 403, 'Forbidden');
			if (!DOCUMENT_NAME.test(name)) return refuse(socket, 404, 'Not Found');
			const auth = await this.options.authenticate(req);
			if (!auth) return refuse(socket, 401, 'Unauthorized');
			const access = await this.options.documents.access(auth.user, name);
			if (access === 'not-found') return refuse(socket, 404, 'Not Found');
			if (access === 'forbidden') return refuse(socket, 403, 'Forbidden');
			let doc: LoadedDocument;
			try {
				doc = await this.load(name);
			} catch (err) {
				if (!this.closing) log.error({ err, document: name }, 'dokumentet kunne ikke indlæses; forbindelsen afvises');
				return refuse(socket, 503, 'Service Unavailable');
			}
			if (doc.connections.size >= this.limits.maxConnectionsPerDocument) {
				this.scheduleUnload(doc);
				return refuse(socket, 503, 'Service Unavailable');
			}
			// The checks above wait on the database: a shutdown may have begun meanwhile. A socket upgraded now would
			// hang on to a stopped server (no relay, no ping) until the provider's 30 s silence timeout.
			if (this.closing) return refuse(socket, 503, 'Service Unavailable');
			this.wss.handleUpgrade(req, socket, head, (ws) => this.connect(ws, doc, auth, access));
		} catch (err) {
			log.error({ err }, 'fejl ved opkobling til samredigering');
			refuse(socket, 500, 'Internal Server Error');
		}
	}

	private connect(ws: WebSocket, doc: LoadedDocument, auth: Authenticated, access: Access) {
		if (doc.unloadTimer) clearTimeout(doc.unloadTimer);
		doc.unloadTimer = null;
		const conn: Connection = {
			ws,
			doc,
			auth,
			access,
			clients: new Set(),
			alive: true,
			received: 0,
			acked: 0,
			ackScheduled: false,
			waitingAck: 0
		};
		doc.connections.add(conn);
		ws.binaryType = 'nodebuffer';
		ws.on('pong', () => (conn.alive = true));
		ws.on('message', (data: Buffer, isBinary: boolean) => {
			if (!isBinary) return ws.close(CloseCode.invalidPayload, 'binary only');
			try {
				this.onMessage(conn, new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
			} catch (err) {
				log.warn({ err, document: doc.name, userId: auth.user.id }, 'ugyldig besked; forbindelsen lukkes');
				ws.close(CloseCode.invalidPayload, 'malformed message');
			}
		});
		ws.on('close', () => this.disconnect(conn));
		ws.on('error', (err) => log.debug({ err }, 'socketfejl'));
		// Our state vector (the client answers with what we lack) and who is here.
		const sync = encoding.createEncoder();
		encoding.writeVarUint(sync, MessageType.sync);
		syncProtocol.writeSyncStep1(sync, doc.ydoc);
		send(conn, encoding.toUint8Array(sync));
		const states = [...doc.awareness.getStates().keys()];
		if (states.length) send(conn, awarenessMessage(doc.awareness, states));
	}

	private onMessage(conn: Connection, message: Uint8Array) {
		const { doc } = conn;
		const decoder = decoding.createDecoder(message);
		const type = decoding.readVarUint(decoder);
		switch (type) {
			case MessageType.sync: {
				const step = decoding.readVarUint(decoder);
				if (step === syncProtocol.messageYjsSyncStep1) {
					const stateVector = decoding.readVarUint8Array(decoder);
					const reply = encoding.createEncoder();
					encoding.writeVarUint(reply, MessageType.sync);
					syncProtocol.writeSyncStep2(reply, doc.ydoc, stateVector);
					send(conn, encoding.toUint8Array(reply));
					return;
				}
				if (step !== syncProtocol.messageYjsSyncStep2 && step !== syncProtocol.messageYjsUpdate) {
					throw new Error(`unknown sync step ${step}`);
				}
				const update = decoding.readVarUint8Array(decoder);
				const number = ++conn.received;
				if (conn.access !== 'write') {
					// Read-only: never applied, stored or relayed. An empty step 2 (nothing to give) is no attempt.
					if (!isEmptyUpdate(update)) send(conn, refusedMessage(RefusedReason.readOnly));
					this.acknowledge(conn, number);
					return;
				}
				if (!this.bucketFor(conn.auth.user.id).take()) {
					log.warn({ userId: conn.auth.user.id, document: doc.name }, 'for mange ændringer; forbindelsen lukkes');
					conn.ws.close(CloseCode.rateLimited, 'rate limited');
					return;
				}
				// Throws on a malformed update before anything is integrated.
				Y.decodeUpdate(update);
				Y.applyUpdate(doc.ydoc, update, conn);
				// Stored once the latest append (this message's own update, if it made one) is committed. Content waiting
				// for an update it depends on is stored when that arrives (through another origin): acknowledged then.
				if (doc.ydoc.store.pendingStructs || doc.ydoc.store.pendingDs) conn.waitingAck = number;
				else void doc.lastAppend.then(() => this.acknowledge(conn, number));
				return;
			}
			case MessageType.awareness: {
				const update = decoding.readVarUint8Array(decoder);
				awarenessProtocol.applyAwarenessUpdate(doc.awareness, update, conn);
				return;
			}
			case MessageType.queryAwareness:
				send(conn, awarenessMessage(doc.awareness, [...doc.awareness.getStates().keys()]));
				return;
			default:
				throw new Error(`unknown message type ${type}`);
		}
	}

	private disconnect(conn: Connection) {
		const { doc } = conn;
		if (!doc.connections.delete(conn)) return;
		awarenessProtocol.removeAwarenessStates(doc.awareness, [...conn.clients], null);
		if (doc.connections.size === 0) this.scheduleUnload(doc);
	}

	private bucketFor(userId: number) {
		let bucket = this.buckets.get(userId);
		if (!bucket) {
			bucket = new RateBucket(this.limits.editsPerSecond, this.limits.editBurst);
			this.buckets.set(userId, bucket);
		}
		return bucket;
	}

	/** The loaded document, loading (and on first use seeding) it from the database. */
	private load(name: string): Promise<LoadedDocument> {
		// After shutdown began a document loaded now would never be destroyed, and its Awareness interval would keep
		// the process alive.
		if (this.closing) return Promise.reject(new Error('co-editing server is shutting down'));
		const loaded = this.documents.get(name);
		if (loaded) return Promise.resolve(loaded);
		let promise = this.loading.get(name);
		if (!promise) {
			promise = this.loadFromStore(name).finally(() => this.loading.delete(name));
			this.loading.set(name, promise);
		}
		return promise;
	}

	private async loadFromStore(name: string): Promise<LoadedDocument> {
		const notified = new Set<number>();
		this.notifiedWhileLoading.set(name, notified);
		let stored;
		try {
			await this.store.seedIfEmpty(name, () => this.options.documents.seed(name));
			stored = await this.store.load(name);
		} finally {
			this.notifiedWhileLoading.delete(name);
		}
		if (this.closing) throw new Error('co-editing server is shutting down');
		const ydoc = docFromStored(stored);
		const awareness = new awarenessProtocol.Awareness(ydoc);
		awareness.setLocalState(null);
		const doc: LoadedDocument = {
			name,
			ydoc,
			awareness,
			connections: new Set(),
			storedRows: stored.updateRows,
			compacting: false,
			lastAppend: Promise.resolve(),
			unloadTimer: null,
			remoteIds: notified,
			remoteReload: false,
			remoteReading: false
		};
		ydoc.on('update', (update: Uint8Array, origin: unknown) => this.onUpdate(doc, update, origin));
		awareness.on('update', (changes: AwarenessChanges, origin: unknown) => this.onAwareness(doc, changes, origin));
		this.documents.set(name, doc);
		if (notified.size) this.markRemote(doc);
		this.fanout?.askPresence(name);
		return doc;
	}

	private onUpdate(doc: LoadedDocument, update: Uint8Array, origin: unknown) {
		if (origin === REMOTE) {
			// Stored (and notified) by the process that received it: relayed only.
			const message = encoding.createEncoder();
			encoding.writeVarUint(message, MessageType.sync);
			syncProtocol.writeUpdate(message, update);
			const bytes = encoding.toUint8Array(message);
			for (const conn of doc.connections) send(conn, bytes);
			return;
		}
		doc.lastAppend = this.store.append(doc.name, update).then(() => {
			doc.storedRows++;
			if (!doc.ydoc.store.pendingStructs && !doc.ydoc.store.pendingDs) {
				for (const conn of doc.connections) {
					if (conn.waitingAck) this.acknowledge(conn, conn.waitingAck);
					conn.waitingAck = 0;
				}
			}
			if (doc.storedRows > this.limits.compactAfterUpdates && !this.closing) this.track(this.compact(doc));
		});
		const encoder = encoding.createEncoder();
		encoding.writeVarUint(encoder, MessageType.sync);
		syncProtocol.writeUpdate(encoder, update);
		const message = encoding.toUint8Array(encoder);
		for (const conn of doc.connections) if (conn !== origin) send(conn, message);
	}

	/**
	 * Tells the client that its first `number` edit messages on this connection are stored: one "saved" per batch
	 * (the acknowledgements of a batch's appends resolve before the microtask runs). Counting messages rather than
	 * comparing state vectors also covers deletions, which do not advance a client's clock.
	 */
	private acknowledge(conn: Connection, number: number) {
		if (number <= conn.acked) return;
		conn.acked = number;
		if (conn.ackScheduled) return;
		conn.ackScheduled = true;
		queueMicrotask(() => {
			conn.ackScheduled = false;
			send(conn, savedMessage(conn.acked));
		});
	}

	private onAwareness(doc: LoadedDocument, { added, updated, removed }: AwarenessChanges, origin: unknown) {
		const changed = [...added, ...updated, ...removed];
		const conn = [...doc.connections].find((c) => c === origin);
		if (conn) {
			for (const id of added) conn.clients.add(id);
			for (const id of removed) conn.clients.delete(id);
		}
		const message = awarenessMessage(doc.awareness, changed);
		for (const c of doc.connections) send(c, message);
		if (origin !== REMOTE && this.fanout) {
			this.fanout.awareness(doc.name, awarenessProtocol.encodeAwarenessUpdate(doc.awareness, changed));
		}
	}

	/** Rows another process stored: read for a loaded document, remembered for one being loaded, else ignored. */
	private onRemoteRows(name: string, ids: number[]) {
		const doc = this.documents.get(name);
		const target = doc?.remoteIds ?? this.notifiedWhileLoading.get(name);
		if (!target) return;
		for (const id of ids) target.add(id);
		if (doc) this.markRemote(doc);
	}

	private markRemote(doc: LoadedDocument) {
		this.remoteDirty.add(doc);
		if (this.remoteLooping || this.closing) return;
		this.remoteLooping = true;
		this.track(this.readRemoteRows().finally(() => (this.remoteLooping = false)));
	}

	/**
	 * Reads the rows notified for every loaded document in one query per round (many documents busy at once would
	 * otherwise cost a query per update), one round at a time; what is notified meanwhile goes in the next round.
	 */
	private async readRemoteRows() {
		let delay = 100;
		while (this.remoteDirty.size && !this.closing) {
			const batch = [...this.remoteDirty].map((doc) => ({ doc, ids: [...doc.remoteIds] }));
			this.remoteDirty.clear();
			for (const { doc } of batch) doc.remoteIds.clear();
			this.remoteReads++;
			try {
				const rows = await this.store.rowsById(batch.flatMap((b) => b.ids));
				const byDocument = new Map<string, Uint8Array[]>();
				for (const row of rows) byDocument.set(row.document, [...(byDocument.get(row.document) ?? []), row.update]);
				for (const { doc, ids } of batch) {
					if (this.documents.get(doc.name) !== doc) continue;
					const updates = byDocument.get(doc.name) ?? [];
					// Fewer rows than notified: a compaction merged them into the snapshot meanwhile.
					if (updates.length < ids.length) {
						doc.remoteReload = true;
						this.readRemote(doc);
					} else if (updates.length) this.applyRemote(doc, Y.mergeUpdates(updates));
				}
				delay = 100;
			} catch (err) {
				log.warn({ err }, 'kunne ikke læse ændringer fra en anden proces; prøver igen');
				for (const { doc, ids } of batch) {
					for (const id of ids) doc.remoteIds.add(id);
					this.remoteDirty.add(doc);
				}
				await new Promise((r) => setTimeout(r, delay));
				delay = Math.min(delay * 2, 5000);
			}
		}
	}

	/** The presence of this process's own editors on `name`, for a process that has just loaded it. */
	private sendOwnPresence(name: string) {
		const doc = this.documents.get(name);
		if (!doc || !this.fanout) return;
		const own = [...doc.connections].flatMap((c) => [...c.clients]).filter((id) => doc.awareness.getStates().has(id));
		if (own.length) this.fanout.awareness(name, awarenessProtocol.encodeAwarenessUpdate(doc.awareness, own));
	}

	private onRemoteAwareness(name: string, update: Uint8Array) {
		const doc = this.documents.get(name);
		if (!doc) return;
		try {
			awarenessProtocol.applyAwarenessUpdate(doc.awareness, update, REMOTE);
		} catch (err) {
			log.warn({ err, document: name }, 'ugyldig tilstedeværelse fra en anden proces');
		}
	}

	/** The listener (re)connected: every loaded document reads what it may have missed. */
	private catchUp() {
		for (const doc of this.documents.values()) {
			doc.remoteReload = true;
			this.readRemote(doc);
		}
	}

	/**
	 * Reloads the whole stored document (after a reconnect of the listener, or a gap) and applies it, one reload at a
	 * time per document. A reconnect reloads snapshot + rows rather than "rows after the last id seen": ids are
	 * taken at insert and committed in another order across processes, so a lower id can commit after a higher one.
	 * Yjs skips what the document already holds.
	 */
	private readRemote(doc: LoadedDocument) {
		if (doc.remoteReading || this.closing) return;
		doc.remoteReading = true;
		const run = async () => {
			let delay = 100;
			while (doc.remoteReload && !this.closing && this.documents.get(doc.name) === doc) {
				doc.remoteReload = false;
				try {
					const stored = await this.store.load(doc.name);
					this.applyRemote(doc, Y.mergeUpdates(stored.updates));
					delay = 100;
				} catch (err) {
					log.warn({ err, document: doc.name }, 'kunne ikke genindlæse ændringer fra andre processer; prøver igen');
					doc.remoteReload = true;
					await new Promise((r) => setTimeout(r, delay));
					delay = Math.min(delay * 2, 5000);
				}
			}
		};
		this.track(run().finally(() => (doc.remoteReading = false)));
	}

	private applyRemote(doc: LoadedDocument, update: Uint8Array) {
		if (doc.ydoc.isDestroyed) return;
		const pending = doc.ydoc.store.pendingStructs || doc.ydoc.store.pendingDs;
		Y.applyUpdate(doc.ydoc, update, pending ? REMOTE_RESOLVING : REMOTE);
	}

	private async compact(doc: LoadedDocument) {
		if (doc.compacting) return;
		doc.compacting = true;
		try {
			const merged = await this.store.compact(doc.name);
			doc.storedRows = Math.max(0, doc.storedRows - merged);
		} catch (err) {
			log.error({ err, document: doc.name }, 'komprimering fejlede');
		} finally {
			doc.compacting = false;
		}
	}

	private track(promise: Promise<unknown>) {
		this.background.add(promise);
		void promise.finally(() => this.background.delete(promise));
	}

	private scheduleUnload(doc: LoadedDocument) {
		if (this.closing) return;
		if (doc.unloadTimer) clearTimeout(doc.unloadTimer);
		doc.unloadTimer = setTimeout(() => this.track(this.unload(doc)), this.limits.unloadAfterMs);
		doc.unloadTimer.unref();
	}

	/** Drops an unused document from memory, only once everything it holds is stored. */
	private async unload(doc: LoadedDocument) {
		doc.unloadTimer = null;
		if (doc.connections.size > 0 || this.documents.get(doc.name) !== doc) return;
		await this.store.flushed();
		if (doc.connections.size > 0) return;
		if (doc.storedRows > 0) await this.compact(doc);
		if (doc.connections.size > 0) return;
		this.documents.delete(doc.name);
		doc.awareness.destroy();
		doc.ydoc.destroy();
	}

	/**
	 * Runs a change on the server (seeding an item from "send on", lifecycle marks) in one transaction, relayed to
	 * open editors and stored; resolves once it is stored.
	 */
	async change(name: string, fn: (doc: Y.Doc) => void): Promise<void> {
		const doc = await this.load(name);
		Y.transact(doc.ydoc, () => fn(doc.ydoc), 'server');
		await this.store.flushed();
		if (doc.connections.size === 0) this.scheduleUnload(doc);
	}

	/** The document as it is now (live if loaded, else from the database), for writing rows or exports. */
	async read<T>(name: string, fn: (doc: Y.Doc) => T): Promise<T> {
		const doc = await this.load(name);
		try {
			return fn(doc.ydoc);
		} finally {
			if (doc.connections.size === 0) this.scheduleUnload(doc);
		}
	}

	/** Closes the sockets of a session (signed out). */
	closeSession(sessionId: string) {
		this.closeWhere((c) => c.auth.sessionId === sessionId, CloseCode.unauthorized, 'session ended');
	}

	/** Closes every socket of a user (disabled). */
	closeUser(userId: number) {
		this.closeWhere((c) => c.auth.user.id === userId, CloseCode.unauthorized, 'user disabled');
	}

	/**
	 * Asks the policy again for open connections (a role changed, an agenda was published): a reader who lost
	 * access is closed, a writer who became a reader is read-only from the next message on.
	 */
	async reauthorize(filter: { userId?: number; document?: string }) {
		for (const doc of this.documents.values()) {
			if (filter.document && doc.name !== filter.document) continue;
			for (const conn of [...doc.connections]) {
				if (filter.userId !== undefined && conn.auth.user.id !== filter.userId) continue;
				const user = await conn.auth.stillValid();
				if (!user) {
					conn.ws.close(CloseCode.unauthorized, 'session ended');
					continue;
				}
				conn.auth.user = user;
				const access = await this.options.documents.access(user, doc.name);
				if (access === 'write' || access === 'read') conn.access = access;
				else conn.ws.close(CloseCode.forbidden, 'access revoked');
			}
		}
	}

	private closeWhere(match: (c: Connection) => boolean, code: number, reason: string) {
		for (const doc of this.documents.values()) {
			for (const conn of doc.connections) if (match(conn)) conn.ws.close(code, reason);
		}
	}

	private pingAll() {
		for (const doc of this.documents.values()) {
			for (const conn of doc.connections) {
				if (!conn.alive) {
					conn.ws.terminate();
					this.disconnect(conn);
					continue;
				}
				conn.alive = false;
				conn.ws.ping();
			}
		}
	}

	private async revalidateAll() {
		try {
			await this.reauthorize({});
		} catch (err) {
			log.error({ err }, 'genkontrol af forbindelser fejlede');
		}
	}

	/** Resolves when every update received so far is stored and the compactions and unloads under way are done. */
	async settled(): Promise<void> {
		await this.store.flushed();
		while (this.background.size) await Promise.allSettled([...this.background]);
	}

	stats() {
		let connections = 0;
		for (const doc of this.documents.values()) connections += doc.connections.size;
		return {
			documents: this.documents.size,
			connections,
			pendingWrites: this.store.pendingCount,
			listening: this.fanout?.listening ?? false,
			remoteReads: this.remoteReads
		};
	}

	/**
	 * Shutdown: no new sockets, everything stored, sockets closed with "going away" so clients reconnect (to another
	 * process, through the proxy). Called twice (server/index.js on SIGTERM, then the app's shutdown hook): once.
	 */
	close(): Promise<void> {
		this.closed ??= this.closeOnce();
		return this.closed;
	}

	private async closeOnce() {
		this.closing = true;
		for (const timer of this.timers) clearInterval(timer);
		for (const doc of this.documents.values()) {
			if (doc.unloadTimer) clearTimeout(doc.unloadTimer);
			// The editors' presence goes at once, here and (notified) at the other processes.
			const clients = [...doc.connections].flatMap((conn) => [...conn.clients]);
			if (clients.length) awarenessProtocol.removeAwarenessStates(doc.awareness, clients, null);
			for (const conn of doc.connections) conn.ws.close(CloseCode.goingAway, 'server shutting down');
		}
		await this.store.flushed();
		await this.fanout?.stop();
		await Promise.allSettled([...this.background, ...this.loading.values()]);
		// Each document's Awareness runs an interval of its own: without this the process would not exit.
		for (const doc of this.documents.values()) {
			doc.awareness.destroy();
			doc.ydoc.destroy();
		}
		this.documents.clear();
		this.wss.close();
	}
}

type AwarenessChanges = { added: number[]; updated: number[]; removed: number[] };

function send(conn: Connection, message: Uint8Array) {
	if (conn.ws.readyState !== WebSocket.OPEN) return;
	conn.ws.send(message, (err) => {
		if (err) conn.ws.terminate();
	});
}
