// "Saved" means stored. The client counts the edit messages it sends on a connection (each local update while
// connected, and the sync step 2 it answers the server's step 1 with, which carries everything typed offline); the
// server counts the same messages and, once what they carried is committed, sends the count back
// (MessageType.saved). Everything is saved when the server's count has caught up with ours and nothing typed
// offline waits for the next connection. Deletions count like insertions (a state vector would miss them).
// Used by the editor and by the Node test clients.
import * as decoding from 'lib0/decoding';
import type { WebsocketProvider } from 'y-websocket';
import { MessageType } from './protocol';

export type SaveStatus = 'saved' | 'saving' | 'offline';

export interface SaveTracker {
	readonly status: SaveStatus;
	/** Resolves when everything this client has typed so far is stored. */
	whenSaved(): Promise<void>;
	destroy(): void;
}

const SYNC_STEP_1 = 0;

export function trackSaveStatus(
	provider: WebsocketProvider,
	{ onChange, onRefused }: { onChange?: (status: SaveStatus) => void; onRefused?: (reason: string) => void } = {}
): SaveTracker {
	const doc = provider.doc;
	/** Edit messages sent on the current connection, and how many of them the server has stored. */
	let sent = 0;
	let stored = 0;
	/** Typed while not connected (or sent on a connection that closed before it was confirmed). */
	let unsent = false;
	let status: SaveStatus = 'saved';
	let waiters: (() => void)[] = [];

	const connected = () => provider.wsconnected && provider.ws !== null && provider.ws.readyState === 1;
	const compute = (): SaveStatus => {
		if (!unsent && stored >= sent) return 'saved';
		return connected() ? 'saving' : 'offline';
	};
	const refresh = () => {
		const next = compute();
		if (next === 'saved' && waiters.length) {
			const done = waiters;
			waiters = [];
			for (const w of done) w();
		}
		if (next !== status) {
			status = next;
			onChange?.(status);
		}
	};

	const syncHandler = provider.messageHandlers[MessageType.sync];
	provider.messageHandlers[MessageType.sync] = (encoder, decoder, p, emitSynced, type) => {
		const step = decoding.peekVarUint(decoder);
		syncHandler(encoder, decoder, p, emitSynced, type);
		// The provider answers the server's step 1 with a step 2: everything the server lacks, offline edits too.
		if (step === SYNC_STEP_1) {
			sent++;
			unsent = false;
		}
		refresh();
	};
	provider.messageHandlers[MessageType.saved] = (_encoder, decoder) => {
		stored = Math.max(stored, decoding.readVarUint(decoder));
		refresh();
	};
	provider.messageHandlers[MessageType.refused] = (_encoder, decoder) => {
		onRefused?.(decoding.readVarString(decoder));
	};
	// Registered after the provider's own handler, so it sees the same connection state the provider sent under.
	const onUpdate = (_update: Uint8Array, origin: unknown) => {
		if (origin === provider) return;
		if (connected()) sent++;
		else unsent = true;
		refresh();
	};
	const onStatus = ({ status: s }: { status: string }) => {
		if (s === 'connected') {
			sent = 0;
			stored = 0;
		} else if (s === 'disconnected' && stored < sent) {
			// Not confirmed on the closed connection: the next connection's step 2 carries it again.
			unsent = true;
		}
		refresh();
	};
	doc.on('update', onUpdate);
	provider.on('status', onStatus);
	refresh();

	return {
		get status() {
			return status;
		},
		whenSaved() {
			if (compute() === 'saved') return Promise.resolve();
			return new Promise((resolve) => waiters.push(resolve));
		},
		destroy() {
			doc.off('update', onUpdate);
			provider.off('status', onStatus);
			provider.messageHandlers[MessageType.sync] = syncHandler;
		}
	};
}
