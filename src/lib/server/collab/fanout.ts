// Co-editing across app processes with PostgreSQL as the only shared engine (LISTEN/NOTIFY), the way Hocuspocus
// scales out with Redis. Updates are never sent through NOTIFY (its payload is limited to 8,000 bytes): the
// statement that stores a batch also notifies "<origin> <document> <row id>" per row, in the same transaction, so
// a notification exists exactly for each committed row and arrives after its commit. Other processes read those
// rows. Awareness is small and passes in the payload itself (base64), oversized ones are dropped.
import { randomUUID } from 'node:crypto';
import type postgres from 'postgres';
import { logger } from '../log';

const log = logger.child({ part: 'collab-fanout' });

export const UPDATES_CHANNEL = 'collab_updates';
export const AWARENESS_CHANNEL = 'collab_awareness';
/** PostgreSQL refuses payloads of 8,000 bytes or more; a little room for the origin and the document name. */
export const MAX_PAYLOAD_BYTES = 7900;
/** In place of an awareness update ("?" is never base64): who is on this document at your end? */
const PRESENCE_WANTED = '?';

export interface FanoutHandlers {
	/** Rows another process stored for `document` (ids in no particular order). */
	updates(document: string, ids: number[]): void;
	/** An awareness update from another process's clients. */
	awareness(document: string, update: Uint8Array): void;
	/** Another process has just loaded `document` and asks who is already there. */
	presenceWanted(document: string): void;
	/** The listener is (re)connected: notifications may have been missed meanwhile, so catch up. */
	listening(): void;
}

export class Fanout {
	/** This process's mark on its notifications, so it skips its own. */
	readonly origin = randomUUID().slice(0, 8);
	private handles: { unlisten(): Promise<void> }[] = [];
	private heartbeat: NodeJS.Timeout | null = null;
	private lastBeat = Date.now();
	private stopped = false;
	private relistening = false;
	/** Whether the listener has connected at least once. */
	listening = false;

	constructor(
		private readonly sql: postgres.Sql,
		private readonly handlers: FanoutHandlers,
		/** How often the listener checks that it still hears its own heartbeat. */
		private readonly heartbeatMs = 1000
	) {}

	async start() {
		await this.listen();
		// postgres.js re-listens by itself when the listening connection closes, but if the database is still down
		// at that moment the attempt fails silently and the listener is gone. A heartbeat through our own channel
		// finds that out: no beat heard for three periods while notifying works → listen again (and catch up).
		this.heartbeat = setInterval(() => void this.beat(), this.heartbeatMs);
		this.heartbeat.unref();
	}

	private async listen() {
		const onUpdate = (payload: string) => this.onUpdate(payload);
		const onAwareness = (payload: string) => this.onAwareness(payload);
		const onListen = () => {
			this.lastBeat = Date.now();
			this.listening = true;
			if (!this.stopped) this.handlers.listening();
		};
		// The catch-up runs once per (re)connect: the awareness channel shares the connection and needs none.
		const updates = await this.sql.listen(UPDATES_CHANNEL, onUpdate, onListen);
		const awareness = await this.sql.listen(AWARENESS_CHANNEL, onAwareness);
		this.handles = [updates, awareness];
	}

	private async beat() {
		if (this.stopped) return;
		try {
			await this.sql.notify(UPDATES_CHANNEL, `${this.origin} beat`);
		} catch {
			return; // the database is away: nothing to conclude about the listener yet
		}
		if (Date.now() - this.lastBeat < 3 * this.heartbeatMs || this.relistening || this.stopped) return;
		this.relistening = true;
		try {
			log.warn('lytteren på samredigering hører ikke sig selv; lytter igen');
			await Promise.allSettled(this.handles.map((h) => h.unlisten()));
			await this.listen();
		} catch (err) {
			log.warn({ err }, 'kunne ikke lytte igen; prøver ved næste hjerteslag');
		} finally {
			this.relistening = false;
		}
	}

	private onUpdate(payload: string) {
		const [origin, document, id] = payload.split(' ');
		if (origin === this.origin) {
			if (document === 'beat') this.lastBeat = Date.now();
			return;
		}
		if (this.stopped || !document || !id) return;
		this.handlers.updates(document, [Number(id)]);
	}

	private onAwareness(payload: string) {
		const [origin, document, data] = payload.split(' ');
		if (origin === this.origin || this.stopped || !document || !data) return;
		if (data === PRESENCE_WANTED) this.handlers.presenceWanted(document);
		else this.handlers.awareness(document, new Uint8Array(Buffer.from(data, 'base64')));
	}

	/**
	 * Asks the other processes for the presence of their editors on `document`, just loaded here. Without it an
	 * editor arriving on this process would see those already working elsewhere only when their browsers renew their
	 * presence (every 15 s).
	 */
	askPresence(document: string) {
		if (this.stopped) return;
		this.sql.notify(AWARENESS_CHANNEL, `${this.origin} ${document} ${PRESENCE_WANTED}`).catch((err) => log.debug({ err }, 'NOTIFY fejlede'));
	}

	/** Sends an awareness update to the other processes; one too big for a notification is dropped. */
	awareness(document: string, update: Uint8Array) {
		if (this.stopped) return;
		const payload = `${this.origin} ${document} ${Buffer.from(update).toString('base64')}`;
		if (Buffer.byteLength(payload) > MAX_PAYLOAD_BYTES) {
			log.debug({ document, bytes: payload.length }, 'tilstedeværelse for stor til NOTIFY; ikke delt');
			return;
		}
		this.sql.notify(AWARENESS_CHANNEL, payload).catch((err) => log.debug({ err }, 'NOTIFY fejlede'));
	}

	async stop() {
		this.stopped = true;
		if (this.heartbeat) clearInterval(this.heartbeat);
		await Promise.allSettled(this.handles.map((h) => h.unlisten()));
	}
}
